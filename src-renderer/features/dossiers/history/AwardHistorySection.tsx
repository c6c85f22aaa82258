import { Autocomplete, Button, CloseButton, Group, NumberInput, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import type { AwardHistoryRow } from '../../../../src-shared/api';
import { AWARD_CATEGORY_LABELS, type AwardCategory } from '../../../../src-shared/rules/vocab';
import { formatDate, parseDate } from '../../../../src-shared/text';
import { ApiError, invoke } from '../../../api';
import { notifyError, notifySuccess } from '../../../app/notify';
import { foldFilter } from '../../../app/selectFilter';
import { useAppStore } from '../../../app/store';
import { todayText } from '../../registrations/labels';
import { capitalize, CATEGORY_OPTIONS } from '../labels';
import { useCatalogue } from '../useCatalogue';
import { useList } from './useList';

type Errors = Record<string, string>;
const SOURCE_LABELS: Record<AwardHistoryRow['source'], string> = { manual: 'Nhập tay', import: 'Nhập từ tệp', decision: 'Theo quyết định' };

function decisionText(r: AwardHistoryRow): string {
  return [r.decisionNumber && `Số ${r.decisionNumber}`, r.decisionDate && `ngày ${formatDate(r.decisionDate)}`, r.issuer].filter(Boolean).join(', ');
}

/**
 * "Khen thưởng đã có" of a person or a collective: what the eligibility engine reads (a title
 * picked from the catalogue is recognised by its code; another name is kept as typed).
 */
export function AwardHistorySection(props: { subjectType: 'person' | 'collective'; subjectId: string }) {
  const { subjectType, subjectId } = props;
  const me = useAppStore((s) => s.installation?.unitCode ?? null);
  const load = useCallback(() => invoke('awards.history', { subjectType, subjectId }), [subjectType, subjectId]);
  const { rows, error, reload } = useList(load);
  const { catalogue } = useCatalogue(parseDate(todayText()));
  const awards = (catalogue?.awards ?? []).filter((a) => (subjectType === 'person' ? a.subject === 'individual' : a.subject !== 'individual'));
  const [year, setYear] = useState<number | string>(new Date().getFullYear() - 1);
  const [awardName, setAwardName] = useState('');
  const [category, setCategory] = useState<AwardCategory>('cong-trang');
  const [number, setNumber] = useState('');
  const [dateText, setDateText] = useState('');
  const [issuer, setIssuer] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  const pickName = (name: string) => {
    setAwardName(name);
    setErrors({});
    const a = awards.find((x) => x.name === name);
    if (a && (CATEGORY_OPTIONS as { value: string }[]).some((o) => o.value === a.category)) setCategory(a.category as AwardCategory);
  };

  const add = async () => {
    const errs: Errors = {};
    if (typeof year !== 'number') errs.year = 'Nhập năm.';
    if (!awardName.trim()) errs.awardName = 'Chọn hoặc gõ tên danh hiệu, hình thức.';
    const decisionDate = dateText.trim() ? parseDate(dateText) : null;
    if (dateText.trim() && !decisionDate) errs.decisionDate = 'Ngày không hợp lệ (dd/mm/yyyy).';
    setErrors(errs);
    if (Object.keys(errs).length || typeof year !== 'number') return;
    setBusy(true);
    try {
      const code = awards.find((a) => a.name === awardName.trim())?.code ?? '';
      await invoke('awards.addHistory', { subjectType, subjectId, year, awardCode: code, awardName, category, decisionNumber: number, decisionDate, issuer });
      notifySuccess(`Đã thêm ${awardName.trim()} năm ${year}`);
      setAwardName('');
      setNumber('');
      setDateText('');
      reload();
    } catch (e) {
      if (e instanceof ApiError) setErrors(e.fieldMessages());
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (r: AwardHistoryRow) => {
    try {
      await invoke('awards.removeHistory', { id: r.id });
      notifySuccess(`Đã xóa ${r.awardName} năm ${r.year}`);
      reload();
    } catch (e) {
      notifyError(e);
    }
  };

  return (
    <Paper withBorder p="sm" component="section" aria-label="Khen thưởng đã có">
      <Stack gap="xs">
        <Title order={3} size="h5">
          Khen thưởng đã có
        </Title>
        {error && (
          <Text size="sm" c="red">
            {error}
          </Text>
        )}
        {rows?.length === 0 && (
          <Text size="sm" c="dimmed">
            Chưa ghi nhận khen thưởng nào.
          </Text>
        )}
        {!!rows?.length && (
          <Table layout="fixed" verticalSpacing={4} striped withTableBorder aria-label="Khen thưởng đã có">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={64}>Năm</Table.Th>
                <Table.Th>Danh hiệu, hình thức</Table.Th>
                <Table.Th w={240}>Loại hình</Table.Th>
                <Table.Th>Quyết định</Table.Th>
                <Table.Th w={96}>Nguồn</Table.Th>
                <Table.Th w={40} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id} data-testid="history-row">
                  <Table.Td>{r.year}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500} truncate="end" title={r.awardName}>
                      {r.awardName}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" truncate="end" title={AWARD_CATEGORY_LABELS[r.category]}>
                      {capitalize(AWARD_CATEGORY_LABELS[r.category])}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={2} title={decisionText(r)}>
                      {decisionText(r)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{SOURCE_LABELS[r.source]}</Table.Td>
                  <Table.Td>
                    {r.origin === me && <CloseButton size="sm" aria-label={`Xóa ${r.awardName} năm ${r.year}`} title="Xóa" onClick={() => void remove(r)} />}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group gap="xs" align="flex-start" wrap="nowrap" role="group" aria-label="Thêm khen thưởng đã có">
          <NumberInput
            label="Năm"
            value={year}
            onChange={setYear}
            error={errors.year}
            allowDecimal={false}
            thousandSeparator=""
            hideControls
            w={80}
            style={{ flex: 'none' }}
          />
          <Autocomplete
            label="Danh hiệu, hình thức"
            placeholder="Chọn trong danh mục hoặc gõ tên"
            data={awards.map((a) => a.name)}
            filter={foldFilter}
            value={awardName}
            onChange={pickName}
            error={errors.awardName}
            style={{ flex: 1, minWidth: 0 }}
          />
          <Select
            label="Loại hình"
            data={CATEGORY_OPTIONS}
            value={category}
            onChange={(v) => v && setCategory(v as AwardCategory)}
            error={errors.category}
            allowDeselect={false}
            w={250}
            style={{ flex: 'none' }}
            comboboxProps={{ width: 340, position: 'bottom-end' }}
          />
        </Group>
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <TextInput label="Số quyết định" value={number} onChange={(e) => setNumber(e.currentTarget.value)} error={errors.decisionNumber} w={150} autoComplete="off" style={{ flex: 'none' }} />
          <TextInput
            label="Ngày quyết định"
            placeholder="dd/mm/yyyy"
            value={dateText}
            onChange={(e) => setDateText(e.currentTarget.value)}
            error={errors.decisionDate}
            w={140}
            autoComplete="off"
            style={{ flex: 'none' }}
          />
          <TextInput label="Cơ quan ban hành" placeholder="Ví dụ: UBND xã Tân Phong" value={issuer} onChange={(e) => setIssuer(e.currentTarget.value)} error={errors.issuer} style={{ flex: 1 }} autoComplete="off" />
          <Button mt={25} variant="light" onClick={() => void add()} loading={busy} style={{ flex: 'none' }}>
            Thêm khen thưởng
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
