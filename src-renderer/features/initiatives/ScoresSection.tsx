import { Alert, Badge, Button, Group, NumberInput, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ApiOutput, CouncilMember, EvaluationSheet } from '../../../src-shared/api';
import { COUNCIL_ROLE_LABELS, sheetProblems } from '../../../src-shared/rules/initiatives';
import { nfc } from '../../../src-shared/text';
import { errorMessage, invoke } from '../../api';
import { notifySuccess } from '../../app/notify';
import { decimal } from './labels';

type Detail = ApiOutput<'initiatives.get'>;
type Values = Record<string, number | string>;

const PROPOSAL: Record<NonNullable<Detail['summary']>['proposal'], { label: string; color: string }> = {
  recognise: { label: 'Đề nghị công nhận', color: 'green' },
  refuse: { label: 'Đề nghị không công nhận', color: 'red' },
  incomplete: { label: 'Chưa đủ phiếu', color: 'gray' },
};

/** One member's sheet: a box per criterion of the round, the total, a comment, "Lưu phiếu". */
function SheetRow(props: { member: CouncilMember; sheet: EvaluationSheet | null; detail: Detail; readOnly: boolean; onSaved: () => void }) {
  const { member, sheet, detail } = props;
  const { criteria } = detail;
  const [values, setValues] = useState<Values>({});
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setValues(sheet ? { ...sheet.scores } : {});
    setComment(sheet?.comment ?? '');
    setError(null);
  }, [sheet]);

  const numbers = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== '').map(([k, v]) => [k, typeof v === 'number' ? v : Number(v)]));
  const touched = Object.keys(numbers).length > 0;
  const problems = touched ? sheetProblems(criteria, numbers) : [];
  const total = criteria.reduce((t, c) => t + (numbers[c.code] ?? 0), 0);
  const dirty = !sheet || JSON.stringify(numbers) !== JSON.stringify(sheet.scores) || comment !== sheet.comment;

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      if (sheet) await invoke('initiatives.updateScore', { sheetId: sheet.id, scores: numbers, comment: nfc(comment) });
      else await invoke('initiatives.score', { initiativeId: detail.initiative.id, memberId: member.id, scores: numbers, comment: nfc(comment) });
      notifySuccess(`Đã lưu phiếu của ${member.name}`);
      props.onSaved();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!sheet) return;
    setBusy(true);
    try {
      await invoke('initiatives.removeScore', { sheetId: sheet.id });
      notifySuccess(`Đã xóa phiếu của ${member.name}`);
      props.onSaved();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Table.Tr data-testid="sheet-row" data-member={member.name} data-scored={sheet ? 'true' : 'false'}>
        <Table.Td>
          <Text size="sm" fw={600} truncate="end" title={member.name}>
            {member.name}
          </Text>
          <Text size="xs" c="dimmed" truncate="end">
            {COUNCIL_ROLE_LABELS[member.role]}
          </Text>
        </Table.Td>
        {criteria.map((c) => (
          <Table.Td key={c.code}>
            <NumberInput
              aria-label={`${c.name} – ${member.name}`}
              value={values[c.code] ?? ''}
              onChange={(v) => setValues((x) => ({ ...x, [c.code]: v }))}
              min={0}
              max={c.max}
              clampBehavior="none"
              decimalScale={1}
              decimalSeparator=","
              hideControls
              readOnly={props.readOnly}
              size="xs"
              error={problems.some((p) => p.code === c.code)}
            />
          </Table.Td>
        ))}
        <Table.Td data-testid="sheet-total">
          <Text size="sm" fw={600}>
            {touched ? decimal(total) : '—'}
          </Text>
        </Table.Td>
        <Table.Td>
          <TextInput aria-label={`Nhận xét – ${member.name}`} value={comment} onChange={(e) => setComment(e.currentTarget.value)} readOnly={props.readOnly} size="xs" />
        </Table.Td>
        <Table.Td>
          {!props.readOnly && (
            <Group gap={4} wrap="nowrap">
              <Button size="compact-xs" onClick={() => void save()} loading={busy} disabled={!touched || !dirty} aria-label={`Lưu phiếu của ${member.name}`}>
                Lưu
              </Button>
              {sheet && (
                <Button size="compact-xs" variant="subtle" color="red" onClick={() => void remove()} disabled={busy} aria-label={`Xóa phiếu của ${member.name}`}>
                  Xóa
                </Button>
              )}
            </Group>
          )}
        </Table.Td>
      </Table.Tr>
      {(problems.length > 0 || error) && (
        <Table.Tr>
          <Table.Td colSpan={criteria.length + 4} pt={0}>
            <Text size="xs" c="red" role="alert" data-testid="sheet-problems">
              {error ?? problems.map((p) => p.message).join(' ')}
            </Text>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

/**
 * "Hội đồng chấm điểm": a row per council member with the round's criteria, then the council's
 * summary (average, per criterion, what it proposes).
 */
export function ScoresSection(props: { detail: Detail; members: CouncilMember[]; onChanged: () => void }) {
  const { detail, members } = props;
  const { initiative: i, criteria, summary, sheets } = detail;
  const readOnly = !i.editable || i.status !== 'received';
  return (
    <Paper withBorder p="sm" role="region" aria-label="Hội đồng chấm điểm">
      <Stack gap="xs">
        <Title order={3} size="h5">
          Hội đồng sáng kiến chấm điểm
        </Title>
        {i.status === 'draft' && <Text size="sm" c="dimmed">Hội đồng chấm điểm sau khi đơn được tiếp nhận.</Text>}
        {!i.roundId && <Text size="sm" c="dimmed">Đơn chưa thuộc đợt xét nào; hãy chọn đợt ở trên.</Text>}
        {i.roundId && members.length === 0 && (
          <Alert color="yellow" py={6}>
            Đợt xét chưa có Hội đồng sáng kiến; hãy lập Hội đồng ở trang danh sách (nút “Hội đồng” của đợt).
          </Alert>
        )}
        {i.roundId && members.length > 0 && i.status !== 'draft' && (
          <Table layout="fixed" verticalSpacing={4} aria-label="Phiếu đánh giá của thành viên Hội đồng">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={190}>Thành viên</Table.Th>
                {criteria.map((c) => (
                  <Table.Th key={c.code} title={c.name}>
                    <Text size="xs" fw={700} lineClamp={2}>
                      {c.name} ({c.max})
                    </Text>
                  </Table.Th>
                ))}
                <Table.Th w={60}>Tổng</Table.Th>
                <Table.Th>Nhận xét</Table.Th>
                <Table.Th w={120} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.map((m) => (
                <SheetRow key={m.id} member={m} sheet={sheets.find((s) => s.memberId === m.id) ?? null} detail={detail} readOnly={readOnly} onSaved={props.onChanged} />
              ))}
            </Table.Tbody>
            {summary && (
              <Table.Tfoot>
                <Table.Tr data-testid="summary-row">
                  <Table.Th>Trung bình</Table.Th>
                  {criteria.map((c) => (
                    <Table.Th key={c.code}>{decimal(summary.byCriterion[c.code] ?? null)}</Table.Th>
                  ))}
                  <Table.Th data-testid="summary-average">{decimal(summary.average)}</Table.Th>
                  <Table.Th colSpan={2} />
                </Table.Tr>
              </Table.Tfoot>
            )}
          </Table>
        )}
        {summary && i.status !== 'draft' && (
          <Group gap="sm" wrap="nowrap" data-testid="council-summary">
            <Badge color={PROPOSAL[summary.proposal].color} variant="light" style={{ flex: 'none' }}>
              {PROPOSAL[summary.proposal].label}
            </Badge>
            <Text size="sm">
              {summary.scored}/{summary.members} phiếu. {summary.explanation}
            </Text>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
