import { Badge, Button, Group, Menu, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import type { Initiative, InitiativeRound } from '../../../src-shared/api';
import { intakeWarning, receiptCheck } from '../../../src-shared/rules/roundDeadline';
import { formatDate, parseDate } from '../../../src-shared/text';
import { ApiError, invoke } from '../../api';
import { DocumentPreview, type PrintedDocument } from '../../app/DocumentPreview';
import { notifyError, notifySuccess } from '../../app/notify';
import { PrintButton } from '../registrations/PrintButton';
import { todayText } from '../registrations/labels';
import { DueBadge } from './DueBadge';
import { clockOf, roundOption, roundTitle, STATUS_COLORS, statusLabel } from './labels';

/** The documents of one application, in the order they are made. */
export function documentsOf(i: Initiative): PrintedDocument[] {
  const out: PrintedDocument[] = [];
  if (i.receivedOn) out.push({ kind: 'initiative-receipt', id: i.id, title: 'Giấy biên nhận đơn yêu cầu công nhận sáng kiến' });
  if (i.roundId) {
    out.push({ kind: 'initiative-evaluation', id: i.id, title: 'Phiếu đánh giá sáng kiến' });
    out.push({ kind: 'initiative-minutes', id: i.roundId, title: 'Biên bản họp Hội đồng sáng kiến' });
    if (i.status === 'recognised' || i.status === 'refused') out.push({ kind: 'initiative-decision', id: i.roundId, title: 'Quyết định công nhận sáng kiến' });
  }
  if (i.status === 'recognised') out.push({ kind: 'initiative-certificate', id: i.id, title: 'Giấy chứng nhận sáng kiến' });
  return out;
}

/**
 * Where the application stands: status, "Tiếp nhận đơn" (receipt date and number, which start
 * the three-month limit), the round it is judged in, and its documents.
 */
export function StatusCard(props: { initiative: Initiative; rounds: InitiativeRound[]; status: ReactNode; onChanged: (i: Initiative) => void }) {
  const i = props.initiative;
  const [receivedOn, setReceivedOn] = useState(todayText());
  const [receiptNumber, setReceiptNumber] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [doc, setDoc] = useState<PrintedDocument | null>(null);
  const decided = i.status === 'recognised' || i.status === 'refused';
  const docs = documentsOf(i);
  // The round's deadline against the receipt date as typed: late and kept open → a warning; late
  // and not kept open → what to do (the save would be refused); said before the click, in words.
  const round = props.rounds.find((r) => r.id === i.roundId) ?? null;
  const typedIso = parseDate(receivedOn);
  const check = round && typedIso ? receiptCheck(clockOf(round), typedIso, roundTitle(round)) : null;
  // The round's state comes from the main process's clock; the note only words it.
  const roundNote = round && i.status === 'draft' && round.state === 'expired' ? intakeWarning(clockOf(round), parseDate(todayText()) ?? '', roundTitle(round)) : null;

  const receive = async () => {
    const iso = parseDate(receivedOn);
    if (!iso) return setError('Ngày không hợp lệ; hãy nhập dd/mm/yyyy.');
    // The refusal is already written out under the field; the field only points to it.
    if (check?.error) return setError('Sau hạn nhận hồ sơ của đợt (xem bên dưới).');
    setBusy(true);
    try {
      const r = await invoke('initiatives.receive', { id: i.id, receivedOn: iso, receiptNumber: receiptNumber.trim() });
      notifySuccess(`Đã tiếp nhận đơn${r.receivedLate ? ' (ghi là nhận sau hạn)' : ''}; hạn trả lời ${formatDate(r.dueOn)}`);
      props.onChanged(r);
    } catch (e) {
      if (e instanceof ApiError) setError(e.fieldMessages().receivedOn ?? e.message);
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  const assign = async (roundId: string | null) => {
    try {
      const r = await invoke('initiatives.assignRound', { id: i.id, roundId });
      notifySuccess(roundId ? `Đã đưa đơn vào ${r.roundName ?? ''}` : 'Đã đưa đơn ra khỏi đợt xét');
      props.onChanged(r);
    } catch (e) {
      notifyError(e);
    }
  };

  return (
    <Paper withBorder p="sm" role="region" aria-label="Tình trạng đơn">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text fw={700} data-testid="initiative-title" lineClamp={2}>
              {i.title}
            </Text>
            <Text size="sm" c="dimmed" truncate="end">
              {i.authors.map((a) => a.fullName).join(', ')}
            </Text>
          </Stack>
          <Badge color={STATUS_COLORS[i.status]} variant="light" size="lg" data-testid="initiative-status" style={{ flex: 'none' }}>
            {statusLabel(i.status)}
          </Badge>
        </Group>
        {props.status}
        {i.status === 'draft' && i.editable ? (
          <Group gap="sm" align="flex-end" wrap="nowrap" role="group" aria-label="Tiếp nhận đơn">
            <TextInput label="Ngày tiếp nhận" placeholder="dd/mm/yyyy" value={receivedOn} onChange={(e) => { setReceivedOn(e.currentTarget.value); setError(null); }} error={error} w={140} autoComplete="off" />
            <TextInput label="Số biên nhận" placeholder="Tự đánh số" value={receiptNumber} onChange={(e) => setReceiptNumber(e.currentTarget.value)} w={140} autoComplete="off" />
            <Button onClick={() => void receive()} loading={busy}>
              Tiếp nhận đơn
            </Button>
            <Text size="xs" c="dimmed" style={{ flex: 1 }}>
              Hạn trả lời người nộp đơn: 3 tháng kể từ ngày tiếp nhận.
            </Text>
          </Group>
        ) : null}
        {i.status === 'draft' && i.editable && check && (check.warning || check.error) && (
          <Text size="sm" c="orange.9" data-testid="receipt-deadline" role="status">
            {check.warning ?? check.error}
          </Text>
        )}
        {!(i.status === 'draft' && i.editable) && (
          i.receivedOn && (
            <Group gap="sm" wrap="wrap" data-testid="receipt-line">
              <Text size="sm">
                Tiếp nhận ngày <b>{formatDate(i.receivedOn)}</b>, số biên nhận <b>{i.receiptNumber}</b>
              </Text>
              {i.receivedLate && (
                <Badge color="orange" variant="light" data-testid="received-late">
                  Nhận sau hạn của đợt
                </Badge>
              )}
              {i.receivedLate && i.receivedLateReason && (
                <Text size="sm" c="dimmed" data-testid="received-late-reason">
                  (đợt vẫn nhận hồ sơ vì: {i.receivedLateReason})
                </Text>
              )}
              <Text size="sm">Hạn trả lời:</Text>
              <DueBadge item={i} />
            </Group>
          )
        )}
        <Group gap="sm" wrap="nowrap" align="flex-end">
          <Select
            label="Đợt xét"
            placeholder="Chưa thuộc đợt nào"
            data={props.rounds.filter((r) => r.year === i.year && (r.status === 'open' || r.id === i.roundId)).map((r) => roundOption(r, roundTitle(r)))}
            value={i.roundId}
            onChange={(v) => void assign(v)}
            clearable
            readOnly={decided || !i.editable}
            w={330}
          />
          <Group gap="xs" wrap="wrap" role="group" aria-label="In văn bản sáng kiến">
            {docs.length > 0 && (
              <Menu position="bottom-start" withinPortal>
                <Menu.Target>
                  <Button variant="default" size="sm">
                    Xem trước ▾
                  </Button>
                </Menu.Target>
                <Menu.Dropdown aria-label="Xem trước văn bản của sáng kiến">
                  {docs.map((d) => (
                    <Menu.Item key={d.kind} onClick={() => setDoc(d)}>
                      {d.title}
                    </Menu.Item>
                  ))}
                </Menu.Dropdown>
              </Menu>
            )}
            {i.receivedOn && <PrintButton kind="initiative-receipt" id={i.id} label="In giấy biên nhận" />}
            {i.status === 'recognised' && <PrintButton kind="initiative-certificate" id={i.id} label="In giấy chứng nhận" />}
          </Group>
        </Group>
        {roundNote && !check?.error && (
          <Text size="xs" c="orange.9" data-testid="round-deadline-note">
            {roundNote}
          </Text>
        )}
      </Stack>
      {doc && <DocumentPreview doc={doc} onClose={() => setDoc(null)} />}
    </Paper>
  );
}
