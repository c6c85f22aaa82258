import { Button, FileButton } from '@mantine/core';
import { useRef, useState } from 'react';
import { ATTACHMENT_MAX_BYTES } from '../../../src-shared/api';
import { ApiError, errorMessage, invoke } from '../../api';
import { formatBytes } from '../../app/format';
import { notifySuccess } from '../../app/notify';
import { readBase64 } from '../registrations/sheetApi';

const ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';
const MAX_MB = ATTACHMENT_MAX_BYTES / 1048576;

/**
 * "Tải lên…" for one required document (of one nominee when it is per person): the scan is
 * read here and checked by the main process by its bytes (PDF, JPEG, PNG) and size.
 */
export function UploadButton(props: {
  dossierId: string;
  docCode: string;
  nomineeId: string | null;
  /** The file input's accessible name: "Tải lên: Biên bản họp…" or "… — Nguyễn Văn An". */
  label: string;
  onDone: () => void;
  onError: (message: string | null) => void;
}) {
  const [busy, setBusy] = useState(false);
  const reset = useRef<() => void>(null);

  const upload = async (file: File | null) => {
    if (!file) return;
    props.onError(null);
    if (file.size > ATTACHMENT_MAX_BYTES) {
      props.onError(`Tệp “${file.name}” quá lớn (${formatBytes(file.size)}): mỗi tệp đính kèm tối đa ${MAX_MB} MB; hãy quét ở độ phân giải 200 dpi hoặc chia nhỏ tệp.`);
      reset.current?.();
      return;
    }
    setBusy(true);
    try {
      const contentBase64 = await readBase64(file);
      await invoke('dossiers.attach', { dossierId: props.dossierId, nomineeId: props.nomineeId, docCode: props.docCode, fileName: file.name, contentBase64 });
      notifySuccess(`Đã đính kèm “${file.name}”`);
      props.onDone();
    } catch (e) {
      props.onError(e instanceof ApiError ? (e.fieldMessages().contentBase64 ?? e.message) : errorMessage(e));
    } finally {
      setBusy(false);
      reset.current?.();
    }
  };

  return (
    <FileButton onChange={(f) => void upload(f)} accept={ACCEPT} resetRef={reset} inputProps={{ 'aria-label': props.label }}>
      {(p) => (
        <Button {...p} size="compact-sm" variant="light" loading={busy} title={props.label} style={{ flex: 'none' }}>
          Tải lên…
        </Button>
      )}
    </FileButton>
  );
}
