import { Button, CloseButton, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { HOLD_LEVEL_LABELS, type HoldLevel } from '../../../../src-shared/rules/vocab';
import { formatDate, parseDate } from '../../../../src-shared/text';
import { ApiError, invoke } from '../../../api';
import { notifyError, notifySuccess } from '../../../app/notify';
import { capitalize, HOLD_KIND_LABELS, HOLD_LEVEL_OPTIONS } from '../labels';
import { useList } from './useList';

type Kind = keyof typeof HOLD_KIND_LABELS;
const KIND_OPTIONS = (Object.keys(HOLD_KIND_LABELS) as Kind[]).map((k) => ({ value: k, label: HOLD_KIND_LABELS[k] }));

/**
 * "Kỷ luật, đang bị xem xét": a discipline (with its level and period) or an investigation still
 * open; while one runs, no award is considered (NĐ 152/2025, Điều 4).
 */
export function HoldsSection({ personId }: { personId: string }) {
  const load = useCallback(() => invoke('holds.list', { personId }), [personId]);
  const { rows, reload } = useList(load);
  const [kind, setKind] = useState<Kind | null>(null);
  const [level, setLevel] = useState<HoldLevel | null>(null);
  const [fromText, setFromText] = useState('');
  const [toText, setToText] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const add = async () => {
    const errs: Record<string, string> = {};
    const fromDate = parseDate(fromText);
    const toDate = toText.trim() ? parseDate(toText) : null;
    if (!kind) errs.kind = 'Chọn loại.';
    if (kind === 'discipline' && !level) errs.level = 'Chọn hình thức kỷ luật.';
    if (!fromDate) errs.fromDate = 'Ngày không hợp lệ (dd/mm/yyyy).';
    if (toText.trim() && !toDate) errs.toDate = 'Ngày không hợp lệ (dd/mm/yyyy).';
    setErrors(errs);
    if (Object.keys(errs).length || !kind || !fromDate) return;
    setBusy(true);
    try {
      await invoke('holds.add', { personId, kind, level: kind === 'discipline' ? level : null, fromDate, toDate, note });
      notifySuccess(`Đã ghi nhận: ${HOLD_KIND_LABELS[kind].toLowerCase()}`);
      setKind(null);
      setLevel(null);
      setFromText('');
      setToText('');
      setNote('');
      reload();
    } catch (e) {
      if (e instanceof ApiError) setErrors(e.fieldMessages());
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (id: string) => {
    try {
      await invoke('holds.remove', { id });
      notifySuccess('Đã xóa');
      reload();
    } catch (e) {
      notifyError(e);
    }
  };

  return (
    <Paper withBorder p="sm" component="section" aria-label="Kỷ luật, đang bị xem xét">
      <Stack gap="xs">
        <Title order={3} size="h5">
          Kỷ luật, đang bị xem xét
        </Title>
        {rows?.length === 0 && (
          <Text size="sm" c="dimmed">
            Không có.
          </Text>
        )}
        {!!rows?.length && (
          <Table layout="fixed" verticalSpacing={4} withTableBorder aria-label="Kỷ luật, đang bị xem xét">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Loại</Table.Th>
                <Table.Th w={130}>Hình thức</Table.Th>
                <Table.Th w={190}>Thời gian</Table.Th>
                <Table.Th>Ghi chú</Table.Th>
                <Table.Th w={40} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((h) => (
                <Table.Tr key={h.id} data-testid="hold-row">
                  <Table.Td>
                    <Text size="sm" truncate="end" title={HOLD_KIND_LABELS[h.kind]}>
                      {HOLD_KIND_LABELS[h.kind]}
                    </Text>
                  </Table.Td>
                  <Table.Td>{h.level ? capitalize(HOLD_LEVEL_LABELS[h.level as HoldLevel] ?? h.level) : '—'}</Table.Td>
                  <Table.Td>
                    {formatDate(h.fromDate)} – {h.toDate ? formatDate(h.toDate) : 'nay'}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" truncate="end" title={h.note}>
                      {h.note}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <CloseButton size="sm" aria-label={`Xóa ${HOLD_KIND_LABELS[h.kind].toLowerCase()} từ ${formatDate(h.fromDate)}`} title="Xóa" onClick={() => void remove(h.id)} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group gap="xs" align="flex-start" wrap="nowrap" role="group" aria-label="Thêm kỷ luật, xem xét">
          <Select
            label="Loại"
            placeholder="Chọn"
            data={KIND_OPTIONS}
            value={kind}
            onChange={(v) => setKind(v as Kind | null)}
            error={errors.kind}
            allowDeselect={false}
            w={230}
            style={{ flex: 'none' }}
            comboboxProps={{ width: 330, position: 'bottom-start' }}
          />
          <Select
            label="Hình thức"
            placeholder={kind === 'discipline' ? 'Chọn' : '—'}
            data={HOLD_LEVEL_OPTIONS}
            value={level}
            onChange={(v) => setLevel(v as HoldLevel | null)}
            error={errors.level}
            disabled={kind !== 'discipline'}
            w={140}
            style={{ flex: 'none' }}
          />
          <TextInput label="Từ ngày" placeholder="dd/mm/yyyy" value={fromText} onChange={(e) => setFromText(e.currentTarget.value)} error={errors.fromDate} w={120} autoComplete="off" style={{ flex: 'none' }} />
          <TextInput label="Đến ngày" placeholder="(đang còn)" value={toText} onChange={(e) => setToText(e.currentTarget.value)} error={errors.toDate} w={120} autoComplete="off" style={{ flex: 'none' }} />
          <TextInput label="Ghi chú" value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} style={{ flex: 1, minWidth: 0 }} autoComplete="off" />
          <Button mt={25} variant="light" onClick={() => void add()} loading={busy} style={{ flex: 'none' }}>
            Thêm
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
