import { ActionIcon, Box, Button, FileButton, Group, Image, Modal, Stack, Text, UnstyledButton } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { EVIDENCE_MAX_BYTES, type EvidenceFile } from '../../../src-shared/api';
import { ApiError, errorMessage, invoke } from '../../api';
import { formatBytes } from '../../app/format';
import { T } from '../../app/strings';
import { downloadBlob } from '../exchange/download';
import { readBase64 } from '../registrations/sheetApi';

const ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

function toBlob(contentBase64: string, mime: string): Blob {
  const bin = atob(contentBase64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type: mime });
}

/** The file's bytes as a Blob and an object URL, read once per evidence id. */
function useEvidenceBlob(id: string) {
  const [file, setFile] = useState<{ blob: Blob; url: string } | null>(null);
  useEffect(() => {
    let url: string | null = null;
    let alive = true;
    invoke('inspections.evidence', { evidenceId: id })
      .then((f) => {
        if (!alive) return;
        const blob = toBlob(f.contentBase64, f.mime);
        url = URL.createObjectURL(blob);
        setFile({ blob, url });
      })
      .catch(() => undefined);
    return () => {
      alive = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [id]);
  return file;
}

/** One file: a thumbnail for a photo (opens large), a PDF tile (saved to open with the PDF reader). */
function EvidenceTile({ e, readOnly, onRemove }: { e: EvidenceFile; readOnly: boolean; onRemove: () => void }) {
  const file = useEvidenceBlob(e.id);
  const [open, setOpen] = useState(false);
  const image = e.mime.startsWith('image/');
  const show = () => {
    if (image) setOpen(true);
    else if (file) downloadBlob(e.name, file.blob);
  };
  return (
    <Box data-testid="evidence-file" data-mime={e.mime} w={112} style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4, padding: 4, position: 'relative' }}>
      <UnstyledButton onClick={show} aria-label={`Xem ${e.name}`} title={`${e.name} (${formatBytes(e.size)})`} style={{ display: 'block', width: '100%' }}>
        {image ? (
          <Image src={file?.url} alt={e.name} h={72} w="100%" fit="cover" radius={2} bg="gray.1" data-testid="evidence-thumb" />
        ) : (
          <Box h={72} bg="red.0" style={{ display: 'flex', alignItems: 'center', justifyContent: 'center', borderRadius: 2 }}>
            <Text fw={700} c="red.8">
              PDF
            </Text>
          </Box>
        )}
        <Text size="xs" truncate="end" mt={2}>
          {e.name}
        </Text>
      </UnstyledButton>
      {!readOnly && (
        <ActionIcon
          size="sm"
          color="red"
          variant="filled"
          aria-label={`Xóa ${e.name}`}
          onClick={onRemove}
          style={{ position: 'absolute', top: 2, right: 2 }}
        >
          ✕
        </ActionIcon>
      )}
      {open && file && (
        <Modal opened onClose={() => setOpen(false)} title={e.name} size={900} centered>
          <Stack gap="sm">
            <Image src={file.url} alt={e.name} fit="contain" mah="65vh" data-testid="evidence-image" />
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={() => downloadBlob(e.name, file.blob)}>
                Tải về
              </Button>
              <Button variant="default" onClick={() => setOpen(false)}>
                {T.close}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Box>
  );
}

/**
 * "Minh chứng" of one item: photos and scans the team took, checked by the main process by
 * their bytes (JPEG, PNG, PDF) and size; a wrong file is refused with its Vietnamese reason.
 */
export function EvidenceList(props: {
  inspectionId: string;
  itemCode: string;
  files: EvidenceFile[];
  readOnly: boolean;
  onChanged: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  const reset = useRef<() => void>(null);

  const upload = async (file: File | null) => {
    if (!file) return;
    setRefused(null);
    if (file.size > EVIDENCE_MAX_BYTES) {
      setRefused(`Tệp “${file.name}” quá lớn (${formatBytes(file.size)}): mỗi tệp minh chứng tối đa ${EVIDENCE_MAX_BYTES / 1048576} MB; hãy chụp hoặc quét ở độ phân giải thấp hơn.`);
      reset.current?.();
      return;
    }
    setBusy(true);
    try {
      const contentBase64 = await readBase64(file);
      await invoke('inspections.attach', { inspectionId: props.inspectionId, itemCode: props.itemCode, fileName: file.name, contentBase64 });
      props.onChanged();
    } catch (e) {
      setRefused(e instanceof ApiError ? (e.fieldMessages().contentBase64 ?? e.message) : errorMessage(e));
    } finally {
      setBusy(false);
      reset.current?.();
    }
  };

  const remove = async (e: EvidenceFile) => {
    try {
      await invoke('inspections.detach', { inspectionId: props.inspectionId, evidenceId: e.id });
      props.onChanged();
    } catch (err) {
      setRefused(errorMessage(err));
    }
  };

  if (props.readOnly && !props.files.length) return null;
  return (
    <Stack gap={4}>
      <Group gap="xs" align="flex-start">
        {props.files.map((f) => (
          <EvidenceTile key={f.id} e={f} readOnly={props.readOnly} onRemove={() => void remove(f)} />
        ))}
        {!props.readOnly && (
          <FileButton onChange={(f) => void upload(f)} accept={ACCEPT} resetRef={reset} inputProps={{ 'aria-label': `Thêm minh chứng cho nội dung ${props.itemCode}` }}>
            {(p) => (
              <Button {...p} size="compact-sm" variant="light" loading={busy}>
                + Ảnh, PDF minh chứng
              </Button>
            )}
          </FileButton>
        )}
      </Group>
      {refused && (
        <Text size="sm" c="red" data-testid="evidence-refused">
          {refused}
        </Text>
      )}
    </Stack>
  );
}
