import { ActionIcon, Button, Group, Modal, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { InitiativeRound } from '../../../src-shared/api';
import { criteriaProblems, DEFAULT_CRITERIA, DEFAULT_PASS_MARK, maxTotal, roundName } from '../../../src-shared/rules/initiatives';
import { foldTokens, formatDate, parseDate } from '../../../src-shared/text';
import { ApiError, invoke } from '../../api';
import { notifyError, notifySuccess } from '../../app/notify';
import { T } from '../../app/strings';

type Errors = Record<string, string>;
interface Row {
  code: string;
  name: string;
  max: number | string;
}

/** A code for a new criterion from its name ("Tính mới" → "tinh-moi"), unique in the sheet. */
function codeFor(name: string, taken: Set<string>, i: number): string {
  const base = foldTokens(name).join('-').slice(0, 36) || `tieu-chi-${i + 1}`;
  let code = base;
  for (let n = 2; taken.has(code); n++) code = `${base}-${n}`;
  taken.add(code);
  return code;
}

/**
 * "Đợt xét mới" / "Sửa đợt xét": the round's number and name, the deadline for applications,
 * the council's meeting day, and its own score sheet (criteria with their maxima, pass mark).
 */
export function RoundForm(props: { round: InitiativeRound | null; year: number; nextNumber: number; onClose: () => void; onSaved: (r: InitiativeRound) => void }) {
  const r = props.round;
  const [number, setNumber] = useState<number | string>(r?.number ?? props.nextNumber);
  const [name, setName] = useState(r?.name ?? '');
  const [deadline, setDeadline] = useState(formatDate(r?.deadline));
  const [meeting, setMeeting] = useState(formatDate(r?.meetingDate));
  const [rows, setRows] = useState<Row[]>(() => (r?.criteria ?? DEFAULT_CRITERIA).map((c) => ({ ...c })));
  const [passMark, setPassMark] = useState<number | string>(r?.passMark ?? DEFAULT_PASS_MARK);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const locked = !!r && !r.editable;

  const setRow = (i: number, patch: Partial<Row>) => setRows((rs) => rs.map((x, k) => (k === i ? { ...x, ...patch } : x)));
  const criteria = rows.map((x) => ({ code: x.code, name: x.name.trim(), max: typeof x.max === 'number' ? x.max : 0 }));
  const problems = criteriaProblems(criteria, typeof passMark === 'number' ? passMark : 0);

  const save = async () => {
    const errs: Errors = {};
    const dl = deadline.trim() ? parseDate(deadline) : null;
    const md = meeting.trim() ? parseDate(meeting) : null;
    if (typeof number !== 'number') errs.number = 'Nhập số thứ tự đợt, ví dụ 1.';
    if (deadline.trim() && !dl) errs.deadline = 'Ngày không hợp lệ; hãy nhập dd/mm/yyyy.';
    if (meeting.trim() && !md) errs.meetingDate = 'Ngày không hợp lệ; hãy nhập dd/mm/yyyy.';
    rows.forEach((x, i) => !x.name.trim() && (errs[`criteria.${i}.name`] = 'Nhập tên tiêu chí.'));
    setErrors(errs);
    if (Object.keys(errs).length || problems.length || typeof number !== 'number' || typeof passMark !== 'number') return;
    const taken = new Set(rows.map((x) => x.code).filter(Boolean));
    const withCodes = criteria.map((c, i) => ({ ...c, code: c.code || codeFor(c.name, taken, i) }));
    setBusy(true);
    try {
      const input = { year: r?.year ?? props.year, number, name: name.trim(), deadline: dl, meetingDate: md, criteria: withCodes, passMark };
      const saved = r ? await invoke('initiatives.updateRound', { ...input, id: r.id }) : await invoke('initiatives.createRound', input);
      notifySuccess(T.saved);
      props.onSaved(saved);
    } catch (e) {
      if (e instanceof ApiError) setErrors(e.fieldMessages());
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={props.onClose} title={r ? `Sửa ${r.name} năm ${r.year}` : 'Đợt xét sáng kiến mới'} size={720} closeOnClickOutside={false}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="sm">
          <Group gap="sm" align="flex-start" wrap="nowrap">
            <NumberInput
              label="Số thứ tự đợt"
              value={number}
              onChange={setNumber}
              error={errors.number}
              min={1}
              max={12}
              allowDecimal={false}
              withAsterisk
              w={130}
              style={{ flex: 'none' }}
            />
            <TextInput
              label="Tên đợt"
              placeholder={typeof number === 'number' ? roundName(number) : 'Đợt I'}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={errors.name}
              autoComplete="off"
              style={{ flex: 1 }}
            />
            <TextInput
              label="Hạn nhận đơn"
              placeholder="dd/mm/yyyy"
              value={deadline}
              onChange={(e) => setDeadline(e.currentTarget.value)}
              error={errors.deadline}
              autoComplete="off"
              w={130}
              style={{ flex: 'none' }}
            />
            <TextInput
              label="Ngày họp Hội đồng"
              placeholder="dd/mm/yyyy"
              value={meeting}
              onChange={(e) => setMeeting(e.currentTarget.value)}
              error={errors.meetingDate}
              autoComplete="off"
              w={150}
              style={{ flex: 'none' }}
            />
          </Group>
          <Text fw={600} size="sm">
            Phiếu đánh giá: tiêu chí và thang điểm
          </Text>
          <Table layout="fixed" verticalSpacing={4} aria-label="Tiêu chí chấm điểm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Tiêu chí</Table.Th>
                <Table.Th w={130}>Điểm tối đa</Table.Th>
                <Table.Th w={50} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((x, i) => (
                <Table.Tr key={i} data-testid="criterion-row">
                  <Table.Td>
                    <TextInput
                      aria-label={`Tên tiêu chí ${i + 1}`}
                      value={x.name}
                      onChange={(e) => setRow(i, { name: e.currentTarget.value })}
                      error={errors[`criteria.${i}.name`]}
                      disabled={locked}
                      autoComplete="off"
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput aria-label={`Điểm tối đa tiêu chí ${i + 1}`} value={x.max} onChange={(v) => setRow(i, { max: v })} min={0} max={1000} disabled={locked} />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon variant="subtle" color="red" aria-label={`Bỏ tiêu chí ${i + 1}`} onClick={() => setRows((rs) => rs.filter((_, k) => k !== i))} disabled={locked || rows.length <= 1}>
                      ✕
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group justify="space-between" align="flex-end">
            <Button variant="light" size="xs" onClick={() => setRows((rs) => [...rs, { code: '', name: '', max: 10 }])} disabled={locked || rows.length >= 20}>
              Thêm tiêu chí
            </Button>
            <Group gap="sm" align="flex-end">
              <Text size="sm" c="dimmed">
                Tổng điểm tối đa: {maxTotal(criteria)}
              </Text>
              <NumberInput label="Điểm đạt (trung bình từ)" value={passMark} onChange={setPassMark} min={0} decimalScale={2} w={190} withAsterisk />
            </Group>
          </Group>
          {(problems.length > 0 || errors.criteria || errors.passMark) && (
            <Text size="sm" c="red" role="alert" data-testid="criteria-problems">
              {[...problems, errors.criteria, errors.passMark].filter(Boolean).join(' ')}
            </Text>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={props.onClose} disabled={busy}>
              {T.cancel}
            </Button>
            <Button type="submit" loading={busy}>
              {r ? T.save : 'Tạo đợt'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
