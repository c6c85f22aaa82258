import { Alert, Button, Group, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Dossier, DossierDecision } from '../../../src-shared/api';
import { NOMINEE_OUTCOME_LABELS, NOMINEE_OUTCOMES, type NomineeOutcome } from '../../../src-shared/exchange/nomineeOutcomes';
import { formatDate, parseDate } from '../../../src-shared/text';
import { ApiError, invoke } from '../../api';
import { notifyError, notifySuccess } from '../../app/notify';
import type { NomineeRow } from './useDossier';

const OPTIONS = NOMINEE_OUTCOMES.map((s) => ({ value: s, label: NOMINEE_OUTCOME_LABELS[s] }));

type Errors = Record<string, string>;
type Row = { status: NomineeOutcome | null; reason: string };

/**
 * The upper level's decision on a received dossier, nominee by nominee: an outcome per row
 * (Khen thưởng / Trả lại / Không đủ điều kiện), a reason where not awarded, and the decision's
 * number, date and issuer when anyone is awarded. One save makes one decision record, which goes
 * down to the unit in the next feedback package.
 */
export function OutcomeForm(props: { dossier: Dossier; nominees: NomineeRow[]; previous: DossierDecision | null; onCancel: (() => void) | null; onSaved: () => void }) {
  const { dossier, nominees, previous } = props;
  const [rows, setRows] = useState<Record<string, Row>>(() =>
    Object.fromEntries(nominees.map((n) => {
      const was = previous?.nominees.find((p) => p.nomineeId === n.id);
      return [n.id, { status: was?.status ?? null, reason: was?.reasons.join('; ') ?? '' }];
    })),
  );
  const [number, setNumber] = useState(previous?.decision?.number ?? '');
  const [date, setDate] = useState(previous?.decision ? formatDate(previous.decision.date) : '');
  const [issuer, setIssuer] = useState(previous?.decision?.issuer ?? '');
  const [award, setAward] = useState(previous?.decision?.award || dossier.awardName);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const anyAwarded = Object.values(rows).some((r) => r.status === 'decided');
  // A message goes as soon as the clerk touches what it is about.
  const clear = (...keys: string[]) => setErrors((es) => Object.fromEntries(Object.entries(es).filter(([k]) => !keys.includes(k))));
  const set = (i: number, id: string, patch: Partial<Row>) => {
    setRows((rs) => ({ ...rs, [id]: { ...rs[id]!, ...patch } }));
    clear(`nominees.${i}.status`, `nominees.${i}.reasons`, 'nominees');
  };
  const input = (key: string, setter: (v: string) => void) => (e: { currentTarget: { value: string } }) => {
    setter(e.currentTarget.value);
    clear(key, 'decision');
  };

  const save = async () => {
    const errs: Errors = {};
    nominees.forEach((n, i) => {
      const r = rows[n.id]!;
      if (!r.status) errs[`nominees.${i}.status`] = 'Chọn kết quả.';
      else if (r.status !== 'decided' && !r.reason.trim()) errs[`nominees.${i}.reasons`] = 'Vui lòng ghi lý do.';
    });
    const isoDate = parseDate(date);
    if (anyAwarded) {
      if (!number.trim()) errs['decision.number'] = 'Vui lòng nhập số quyết định.';
      if (!isoDate) errs['decision.date'] = 'Ngày không hợp lệ; hãy nhập dd/mm/yyyy.';
      if (!issuer.trim()) errs['decision.issuer'] = 'Vui lòng nhập cơ quan ban hành.';
    }
    setErrors(errs);
    if (Object.keys(errs).length) return;
    setBusy(true);
    try {
      const r = await invoke('exchange.decideDossier', {
        dossierId: dossier.id,
        nominees: nominees.map((n) => {
          const row = rows[n.id]!;
          return { nomineeId: n.id, status: row.status!, reasons: row.status === 'decided' ? [] : row.reason.split('\n').map((l) => l.trim()).filter(Boolean) };
        }),
        decision: anyAwarded && isoDate ? { number: number.trim(), date: isoDate, issuer: issuer.trim(), award: award.trim() } : null,
        note: note.trim(),
      });
      const awarded = Object.values(rows).filter((x) => x.status === 'decided').length;
      notifySuccess(`Đã lưu quyết định (${r.status === 'decided' ? `${awarded}/${nominees.length} được khen thưởng` : 'không ai được khen thưởng'}); kết quả đi theo gói phản hồi tiếp theo.`);
      props.onSaved();
    } catch (e) {
      if (e instanceof ApiError) setErrors(e.fieldMessages());
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs" data-testid="outcome-form">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" c="dimmed">
          Mỗi người một kết quả; ghi lý do khi không khen thưởng.
        </Text>
        <Button size="compact-sm" variant="subtle" onClick={() => {
            setRows((rs) => Object.fromEntries(Object.entries(rs).map(([id, r]) => [id, { ...r, status: 'decided' as const }])));
            setErrors({});
          }}>
          Khen thưởng tất cả
        </Button>
      </Group>
      <Table layout="fixed" verticalSpacing={4} withTableBorder aria-label="Kết quả từng người">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={50}>STT</Table.Th>
            <Table.Th>Họ và tên</Table.Th>
            <Table.Th w={200}>Kết quả</Table.Th>
            <Table.Th w="40%">Lý do</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {nominees.map((n, i) => {
            const r = rows[n.id]!;
            return (
              <Table.Tr key={n.id} data-testid="outcome-row">
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600} truncate="end" title={n.name}>
                    {n.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Select
                    size="xs"
                    aria-label={`Kết quả: ${n.name}`}
                    placeholder="Chọn kết quả"
                    data={OPTIONS}
                    value={r.status}
                    onChange={(v) => set(i, n.id, { status: v as NomineeOutcome | null })}
                    error={errors[`nominees.${i}.status`]}
                    allowDeselect={false}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    size="xs"
                    aria-label={`Lý do: ${n.name}`}
                    value={r.reason}
                    onChange={(e) => set(i, n.id, { reason: e.currentTarget.value })}
                    disabled={!r.status || r.status === 'decided'}
                    placeholder={r.status && r.status !== 'decided' ? 'Bắt buộc' : ''}
                    error={errors[`nominees.${i}.reasons`]}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {errors.nominees && (
        <Alert color="red" py={6}>
          {errors.nominees}
        </Alert>
      )}
      {anyAwarded && (
        <SimpleGrid cols={4} spacing="xs" verticalSpacing="xs">
          <TextInput label="Số quyết định" value={number} onChange={input('decision.number', setNumber)} error={errors['decision.number']} withAsterisk />
          <TextInput label="Ngày quyết định" placeholder="dd/mm/yyyy" value={date} onChange={input('decision.date', setDate)} error={errors['decision.date']} withAsterisk />
          <TextInput label="Cơ quan ban hành" value={issuer} onChange={input('decision.issuer', setIssuer)} error={errors['decision.issuer'] ?? errors.decision} withAsterisk style={{ gridColumn: 'span 2' }} />
          <TextInput label="Hình thức khen thưởng" value={award} onChange={input('decision.award', setAward)} error={errors['decision.award']} style={{ gridColumn: 'span 4' }} />
        </SimpleGrid>
      )}
      <Textarea label="Ghi chú" value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={1} maxRows={3} />
      <Group justify="flex-end" gap="xs">
        {props.onCancel && (
          <Button variant="default" onClick={props.onCancel} disabled={busy}>
            Hủy
          </Button>
        )}
        <Button onClick={() => void save()} loading={busy}>
          Lưu quyết định
        </Button>
      </Group>
    </Stack>
  );
}
