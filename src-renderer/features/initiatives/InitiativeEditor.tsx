import { Alert, Button, Center, Group, Loader, Paper, ScrollArea, Stack } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import type { ApiOutput, InitiativeRound } from '../../../src-shared/api';
import { errorMessage, invoke } from '../../api';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { PageFrame } from '../../app/PageFrame';
import { T } from '../../app/strings';
import { useRecordActions } from '../../app/useRecordActions';
import { ReceivedCopyNote, RecordAside } from '../exchange/RecordAside';
import { StatusLine, StatusReasons } from '../exchange/RecordStatusView';
import { useRecordStatus } from '../exchange/useRecordStatus';
import { ApplicationForm } from './ApplicationForm';
import { DecisionSection } from './DecisionSection';
import { ScoresSection } from './ScoresSection';
import { StatusCard } from './StatusCard';
import { useLeaveGuard } from '../../app/unsaved';

type Detail = ApiOutput<'initiatives.get'>;

/** One application with what the council and the decision add to it; read again after every change. */
function useInitiative(id: string | null) {
  const [detail, setDetail] = useState<Detail | null>(null);
  const [rounds, setRounds] = useState<InitiativeRound[]>([]);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    if (!id) return;
    try {
      const d = await invoke('initiatives.get', { id });
      setRounds(await invoke('initiatives.rounds', { year: d.initiative.year }));
      setDetail(d);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [id]);
  useEffect(() => void reload(), [reload]);
  return { detail, rounds, error, reload };
}

/**
 * "Đơn yêu cầu công nhận sáng kiến" over the list: where it stands (receipt, limit, round,
 * documents), the council's sheets and summary, the decision, and the application itself.
 */
export function InitiativeEditor(props: { id: string | null; year: number; rounds: InitiativeRound[]; onOpen: (id: string) => void; onBack: () => void }) {
  const { detail, rounds, error, reload } = useInitiative(props.id);
  const { busy, confirming, setConfirming, remove: removeRecord } = useRecordActions({ onDone: props.onBack });
  const leaveGuard = useLeaveGuard();
  const i = detail?.initiative ?? null;
  const decided = i?.status === 'recognised' || i?.status === 'refused';
  const members = rounds.find((r) => r.id === i?.roundId)?.members ?? [];
  // Sent up for a wider scope: the upper level's answer; a copy received from below is answered here.
  const { received, status, reload: reloadStatus } = useRecordStatus('initiative', i);
  const changed = () => {
    void reload();
    reloadStatus();
  };

  const remove = async () => {
    if (!i) return;
    await removeRecord(() => invoke('initiatives.delete', { id: i.id }));
  };

  const actions = (
    <>
      <Button variant="default" onClick={leaveGuard(props.onBack)}>
        ← Danh sách sáng kiến
      </Button>
      {i?.editable && !decided && (
        <Button color="red" variant="light" onClick={() => setConfirming(true)} disabled={busy}>
          {T.delete}
        </Button>
      )}
    </>
  );

  if (!props.id) {
    return (
      <PageFrame title="Đơn yêu cầu công nhận sáng kiến mới" actions={actions}>
        <ScrollArea style={{ flex: 1, minHeight: 0 }} type="auto" offsetScrollbars="present">
          <ApplicationForm initiative={null} year={props.year} rounds={props.rounds} readOnly={false} onSaved={(s) => props.onOpen(s.id)} />
        </ScrollArea>
      </PageFrame>
    );
  }

  return (
    <PageFrame title={i ? `Sáng kiến năm ${i.year}` : 'Sáng kiến'} actions={actions}>
      {error && (
        <Alert color="red" title={T.loadFailed}>
          {error}
        </Alert>
      )}
      {!detail || !i ? (
        !error && (
          <Center style={{ flex: 1 }}>
            <Loader />
          </Center>
        )
      ) : (
        <ScrollArea style={{ flex: 1, minHeight: 0 }} type="auto" offsetScrollbars="present">
          <Group align="flex-start" wrap="nowrap" gap="sm" pb="md">
            <Stack gap="sm" style={{ flex: 1, minWidth: 0 }}>
              {received && <ReceivedCopyNote origin={i.origin} />}
              {!received && status?.reasons.length ? (
                <Paper withBorder p="sm" bg="red.0">
                  <StatusReasons status={status} />
                </Paper>
              ) : null}
              <StatusCard initiative={i} rounds={rounds} status={received ? null : <StatusLine status={status} />} onChanged={changed} />
              {i.status !== 'draft' && <ScoresSection detail={detail} members={members} onChanged={changed} />}
              <DecisionSection key={`${i.id}:${i.status}`} detail={detail} onChanged={changed} />
              <ApplicationForm key={i.id} initiative={i} year={i.year} rounds={rounds} readOnly={!i.editable || decided} onSaved={changed} />
            </Stack>
            {received && (
              <div style={{ position: 'sticky', top: 0, flex: 'none' }}>
                <RecordAside type="initiative" record={i} received status={status} onChanged={changed} />
              </div>
            )}
          </Group>
        </ScrollArea>
      )}
      <ConfirmDialog
        opened={confirming}
        title="Xóa đơn này?"
        message={`Đơn “${i?.title ?? ''}” cùng các phiếu chấm điểm sẽ bị xóa.`}
        busy={busy}
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
      />
    </PageFrame>
  );
}
