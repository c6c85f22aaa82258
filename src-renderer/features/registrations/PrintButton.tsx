import { Button, type ButtonProps } from '@mantine/core';
import { useState } from 'react';
import { invoke } from '../../api';
import { notifyError, notifyProblem } from '../../app/notify';
import { DOCX_MIME, downloadBase64 } from '../exchange/download';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A button that asks the main process for a printed document (DOCX or XLSX) and saves it. */
export function PrintButton(
  props: { kind: string; id: string; label: string; ariaLabel?: string; disabled?: boolean } & Pick<ButtonProps, 'variant' | 'size'>,
) {
  const [busy, setBusy] = useState(false);
  const print = async () => {
    setBusy(true);
    try {
      const doc = await invoke('print.document', { kind: props.kind, id: props.id });
      downloadBase64(doc.fileName, doc.contentBase64, doc.fileName.endsWith('.xlsx') ? XLSX_MIME : DOCX_MIME);
      // Printed all the same (a báo cáo longer than its form allows): said, not refused.
      if (doc.warning) notifyProblem(doc.warning, 'Đã in, nhưng cần lưu ý');
    } catch (e) {
      notifyError(e, 'Chưa in được');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      variant={props.variant ?? 'default'}
      size={props.size}
      onClick={() => void print()}
      loading={busy}
      disabled={props.disabled}
      aria-label={props.ariaLabel}
      title={props.ariaLabel}
    >
      {props.label}
    </Button>
  );
}
