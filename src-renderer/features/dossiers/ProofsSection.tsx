import { Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { formatDate } from '../../../src-shared/text';
import { ApiError, errorMessage, invoke } from '../../api';
import { notifyError, notifySuccess } from '../../app/notify';
import type { Eligibility } from './useDossier';

type Proof = Eligibility['nominees'][number]['proofs'][number];

/** One criterion proven by a document: its confirmation (who, when, which document) or the form to give it. */
function ProofRow(props: { nomineeId: string; name: string; proof: Proof; editable: boolean; onChanged: () => Promise<void> | void }) {
  const { proof } = props;
  const c = proof.confirmation;
  const [editing, setEditing] = useState(false);
  const [document, setDocument] = useState(c?.document ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    try {
      await invoke('dossiers.confirmProof', { nomineeId: props.nomineeId, criterionId: proof.id, document });
      notifySuccess(`Đã xác nhận minh chứng cho ${props.name}`);
      setEditing(false);
      setError(null);
      await props.onChanged();
    } catch (e) {
      const fields = e instanceof ApiError ? e.fieldMessages() : {};
      setError(fields.document ?? fields.criterionId ?? errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const withdraw = async () => {
    setBusy(true);
    try {
      await invoke('dossiers.unconfirmProof', { nomineeId: props.nomineeId, criterionId: proof.id });
      notifySuccess(`Đã bỏ xác nhận minh chứng của ${props.name}`);
      setDocument('');
      await props.onChanged();
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap={4} data-testid="proof" data-criterion={proof.id} data-confirmed={!!c}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Badge size="sm" variant="light" color={c ? 'teal' : 'yellow'} style={{ flex: 'none' }} mt={2}>
          {c ? 'Đã xác nhận' : 'Chưa xác nhận minh chứng'}
        </Badge>
        <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
          <Text size="sm">{proof.text}</Text>
          <Text size="xs" c="dimmed">
            <i>{proof.citation}</i>
          </Text>
          {c && !editing && (
            <Text size="sm" data-testid="proof-confirmation">
              {c.document} — {c.confirmedBy} xác nhận ngày {formatDate(c.confirmedAt.slice(0, 10))}
            </Text>
          )}
        </Stack>
        {props.editable && !editing && (
          <Group gap={4} wrap="nowrap" style={{ flex: 'none' }}>
            <Button size="compact-sm" variant="light" onClick={() => { setDocument(c?.document ?? ''); setEditing(true); }}>
              {c ? 'Sửa' : 'Xác nhận minh chứng'}
            </Button>
            {c && (
              <Button size="compact-sm" variant="subtle" color="red" loading={busy} onClick={() => void withdraw()}>
                Bỏ xác nhận
              </Button>
            )}
          </Group>
        )}
      </Group>
      {editing && (
        <Group gap="xs" align="flex-start" wrap="nowrap" pl="xs">
          <TextInput
            label="Văn bản minh chứng"
            description="Số, ngày và cơ quan ban hành văn bản có trong hồ sơ"
            placeholder="Ví dụ: Giấy xác nhận số 12/XN-BCH ngày 05/3/2025 của Ban Chỉ huy quân sự xã"
            value={document}
            onChange={(e) => setDocument(e.currentTarget.value)}
            error={error}
            maxLength={500}
            style={{ flex: 1 }}
            data-autofocus
          />
          <Group gap={4} mt={48} wrap="nowrap">
            <Button size="sm" loading={busy} onClick={() => void save()}>
              Lưu xác nhận
            </Button>
            <Button size="sm" variant="default" onClick={() => { setEditing(false); setError(null); }}>
              Hủy
            </Button>
          </Group>
        </Group>
      )}
    </Stack>
  );
}

/**
 * "Minh chứng" of one nominee: the criteria of the award proven by a document (mưu trí, sáng tạo
 * trong chiến đấu; a household's contribution; a state-level award's criteria). Each passes only
 * once the clerk confirms the document is in the dossier.
 */
export function ProofsSection(props: { nomineeId: string; name: string; proofs: Proof[]; editable: boolean; onChanged: () => Promise<void> | void }) {
  if (!props.proofs.length) return null;
  return (
    <Stack gap={6} mt={4} pt={6} style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }} aria-label={`Minh chứng của ${props.name}`} component="section">
      <Text size="sm" fw={600}>
        Minh chứng
      </Text>
      {props.proofs.map((p) => (
        <ProofRow key={p.id} nomineeId={props.nomineeId} name={props.name} proof={p} editable={props.editable} onChanged={props.onChanged} />
      ))}
    </Stack>
  );
}
