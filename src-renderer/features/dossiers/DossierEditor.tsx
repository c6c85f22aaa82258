import { Alert, Button, Center, Group, Loader, Paper, ScrollArea, Stack } from '@mantine/core';
import { useState } from 'react';
import { ApiError, invoke } from '../../api';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { notifyError, notifySuccess } from '../../app/notify';
import { PageFrame } from '../../app/PageFrame';
import { T } from '../../app/strings';
import { useRecordActions } from '../../app/useRecordActions';
import { ReceivedCopyNote, RecordAside } from '../exchange/RecordAside';
import { StatusLine, StatusReasons } from '../exchange/RecordStatusView';
import { useRecordStatus } from '../exchange/useRecordStatus';
import { DocumentsSection } from './DocumentsSection';
import { NoticeSection } from '../notices/NoticeSection';
import { DossierForm } from './DossierForm';
import { EligibilityPanel } from './EligibilityPanel';
import { HeaderCard } from './HeaderCard';
import { MeetingSection } from './MeetingSection';
import { NomineeOutcomes } from './NomineeOutcomes';
import { NomineesSection } from './NomineesSection';
import { READY_TEXT, ReadyDialog, readyProblems } from './ReadyDialog';
import { useDossier } from './useDossier';
import { useDossierDecision } from './useDossierDecision';
import { useLeaveGuard } from '../../app/unsaved';
import { HistoryButton } from '../../app/HistoryButton';
import { DossierComplaints } from '../complaints/DossierComplaints';

/**
 * One dossier (a page over the list): what is proposed, the council meeting, the nominees with
 * their light, the engine's reasons per criterion, the documents checklist with the scans, and
 * "Sẵn sàng gửi". A dossier received from a unit below is read-only and can be answered.
 */
export function DossierEditor(props: { id: string; onBack: () => void }) {
  const { data, eligibility, documents, error, reload } = useDossier(props.id);
  const dossier = data?.dossier ?? null;
  const { received, status, reload: reloadStatus } = useRecordStatus('dossier', dossier);
  const { decision, reload: reloadDecision } = useDossierDecision(props.id);
  // Outcomes per nominee show in their own section; the dossier-level reasons would repeat them.
  const outcomesShown = !!decision?.perNominee && decision.status === status?.status;
  const [editing, setEditing] = useState(false);
  const [refusal, setRefusal] = useState<{ message: string; problems: string[] } | null>(null);
  const { busy: deleting, confirming, setConfirming, remove: removeRecord } = useRecordActions({ onDone: props.onBack });
  const leaveGuard = useLeaveGuard();
  // "Sẵn sàng gửi" is not a save-and-close, so it keeps its own flag; either one holds both buttons.
  const [readying, setReadying] = useState(false);
  const busy = deleting || readying;
  const editable = !!dossier?.editable;
  // Ready again only from a draft or a return; once sent, a change makes it a draft first.
  const canReady = !status?.status || status.status === 'draft' || status.status === 'returned';

  const changed = async () => {
    await reload();
    reloadStatus();
    reloadDecision();
  };

  const markReady = async () => {
    setReadying(true);
    try {
      await invoke('dossiers.markReady', { id: props.id, overrideReason: null });
      notifySuccess(`${READY_TEXT}.`);
      await changed();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'NOT_READY') setRefusal({ message: e.message, problems: readyProblems(documents, eligibility) });
      else notifyError(e);
    } finally {
      setReadying(false);
    }
  };

  const remove = () => removeRecord(() => invoke('dossiers.delete', { id: props.id }));

  const actions = (
    <>
      <Button variant="default" onClick={leaveGuard(props.onBack)}>
        ← Danh sách hồ sơ
      </Button>
      {dossier && <HistoryButton type="dossier" id={dossier.id} title={dossier.title} onRestored={() => void changed()} />}
      {editable && (
        <>
          <Button color="red" variant="light" onClick={() => setConfirming(true)} disabled={busy}>
            {T.delete}
          </Button>
          <Button color="teal" onClick={() => void markReady()} loading={busy} disabled={!data || !canReady}>
            Sẵn sàng gửi
          </Button>
        </>
      )}
    </>
  );

  return (
    <PageFrame title={dossier ? `Hồ sơ đề nghị khen thưởng năm ${dossier.year}` : 'Hồ sơ đề nghị khen thưởng'} actions={actions}>
      {error && (
        <Alert color="red" title={T.loadFailed}>
          {error}
        </Alert>
      )}
      {!data || !dossier ? (
        !error && (
          <Center style={{ flex: 1 }}>
            <Loader />
          </Center>
        )
      ) : (
        <ScrollArea style={{ flex: 1, minHeight: 0 }} type="auto" offsetScrollbars="present">
          <Group align="flex-start" wrap="nowrap" gap="sm" pb="md">
            <Stack gap="sm" style={{ flex: 1, minWidth: 0 }}>
              {received && <ReceivedCopyNote origin={dossier.origin} />}
              {!received && !outcomesShown && status?.reasons.length ? (
                <Paper withBorder p="sm" bg="red.0">
                  <StatusReasons status={status} />
                </Paper>
              ) : null}
              <HeaderCard
                dossier={dossier}
                nominees={data.nominees}
                status={received ? null : <StatusLine status={status} />}
                compact={received}
                onEdit={() => setEditing(true)}
              />
              <MeetingSection dossier={dossier} nominees={data.nominees} onSaved={changed} />
              <NomineesSection dossier={dossier} nominees={data.nominees} eligibility={eligibility} compact={received} onChanged={changed} />
              <NomineeOutcomes dossier={dossier} nominees={data.nominees} received={received} decision={decision} onSaved={() => void changed()} />
              <EligibilityPanel eligibility={eligibility} referenceDate={dossier.referenceDate} editable={editable && !received} onChanged={changed} />
              <DossierComplaints dossierId={dossier.id} version={eligibility} />
              <DocumentsSection dossier={dossier} nominees={data.nominees} documents={documents} onChanged={changed} />
              {!received && <NoticeSection dossierId={dossier.id} />}
            </Stack>
            {received && (
              // The upper level's answer stays in sight while the dossier scrolls beside it.
              <div style={{ position: 'sticky', top: 0, flex: 'none' }}>
                <RecordAside type="dossier" record={dossier} received status={outcomesShown ? { ...status!, reasons: [] } : status} onChanged={() => void changed()} />
              </div>
            )}
          </Group>
        </ScrollArea>
      )}
      {editing && dossier && (
        <DossierForm
          dossier={dossier}
          year={dossier.year}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            void changed();
          }}
        />
      )}
      {refusal && dossier && (
        <ReadyDialog
          dossier={dossier}
          refusal={refusal.message}
          problems={refusal.problems}
          onClose={() => setRefusal(null)}
          onDone={() => {
            setRefusal(null);
            void changed();
          }}
        />
      )}
      <ConfirmDialog
        opened={confirming}
        title="Xóa hồ sơ này?"
        message={`Hồ sơ “${dossier?.title ?? ''}” cùng danh sách đề nghị và các tệp đính kèm sẽ bị xóa.`}
        busy={busy}
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
      />
    </PageFrame>
  );
}
