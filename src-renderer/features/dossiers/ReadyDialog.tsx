import { Alert, Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { Dossier } from '../../../src-shared/api';
import { ApiError, invoke } from '../../api';
import { notifyError, notifySuccess } from '../../app/notify';
import type { Documents, Eligibility } from './useDossier';

/** What stops a dossier from being ready, as the main process counts it: missing papers, failed criteria. */
export function readyProblems(documents: Documents | null, eligibility: Eligibility | null): string[] {
  return [
    ...(documents?.problems ?? []),
    ...(eligibility?.nominees ?? []).flatMap((n) => n.criteria.filter((c) => c.result === 'fail').map((c) => `${n.name}: ${c.reason}`)),
  ];
}

export const READY_TEXT = 'Hồ sơ đã xét ở cơ sở, sẵn sàng gửi lên cấp trên';

/**
 * "Sẵn sàng gửi" was refused: the problems, one per line, and "Vẫn gửi, lý do:": a reason that is
 * recorded with the dossier (and printed with it) when the clerk sends it anyway.
 */
export function ReadyDialog(props: { dossier: Dossier; refusal: string; problems: string[]; onClose: () => void; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const override = async () => {
    if (!reason.trim()) return setError('Vui lòng ghi lý do vẫn gửi khi hồ sơ chưa đủ điều kiện.');
    setBusy(true);
    try {
      await invoke('dossiers.markReady', { id: props.dossier.id, overrideReason: reason });
      notifySuccess(`${READY_TEXT} (có ghi lý do).`);
      props.onDone();
    } catch (e) {
      if (e instanceof ApiError) setError(e.fieldMessages().overrideReason ?? e.message);
      else notifyError(e);
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={props.onClose} title="Hồ sơ chưa đủ điều kiện gửi" size={680} closeOnClickOutside={false}>
      <Stack gap="sm">
        <Alert color="red" py={8} data-testid="ready-problems">
          {props.problems.length ? (
            <List size="sm" spacing={4}>
              {props.problems.map((p) => (
                <List.Item key={p}>{p}</List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm">{props.refusal}</Text>
          )}
        </Alert>
        <Text size="sm">Hãy bổ sung rồi bấm “Sẵn sàng gửi” lại; hoặc, nếu vẫn gửi, ghi rõ lý do (lý do được lưu và in kèm hồ sơ).</Text>
        <Textarea
          label="Vẫn gửi, lý do:"
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setError(null);
          }}
          error={error}
          autosize
          minRows={2}
          maxRows={5}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={props.onClose} disabled={busy} data-autofocus>
            Quay lại bổ sung
          </Button>
          <Button color="orange" onClick={() => void override()} loading={busy}>
            Vẫn gửi
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
