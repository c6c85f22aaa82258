import { Alert, Button, Group, Loader, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { renderAsync } from 'docx-preview';
import { useEffect, useRef, useState } from 'react';
import { errorMessage, invoke } from '../api';
import { DOCX_MIME, downloadBase64 } from '../features/exchange/download';
import classes from './DocumentPreview.module.css';

/** A printed document the main process builds: `print.document` with this kind and id. */
export interface PrintedDocument {
  kind: string;
  id: string;
  /** Shown as the dialog's title ("Tờ trình đề nghị khen thưởng"). */
  title: string;
}

function base64Bytes(base64: string): Uint8Array {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/**
 * "Xem trước": the DOCX the print buttons save, drawn inside the app. The page's CSP allows no
 * blob:/data: frames (and a DOCX is no page anyway), so docx-preview turns the bytes into
 * HTML in a div: <style> elements, which style-src 'unsafe-inline' already allows for Mantine,
 * and images as data: URLs, which img-src allows. Nothing is widened. The same bytes are what
 * "Tải về / Mở bằng Word" saves, so the clerk previews exactly the file they get.
 */
export function DocumentPreview(props: { doc: PrintedDocument; onClose: () => void }) {
  const { kind, id, title } = props.doc;
  const [file, setFile] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [rendered, setRendered] = useState(false);
  const body = useRef<HTMLDivElement | null>(null);
  const styles = useRef<HTMLDivElement | null>(null);
  const viewport = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    let alive = true;
    setFile(null);
    setProblem(null);
    setRendered(false);
    invoke('print.document', { kind, id })
      .then((doc) => {
        if (!alive) return;
        if (!doc.fileName.toLowerCase().endsWith('.docx')) {
          setProblem('Tài liệu này không xem trước được trong phần mềm; hãy bấm “Tải về / Mở bằng Word”.');
        }
        setFile(doc);
      })
      .catch((e: unknown) => alive && setProblem(errorMessage(e)));
    return () => {
      alive = false;
    };
  }, [kind, id]);

  useEffect(() => {
    const target = body.current;
    if (!file || !target || !styles.current || !file.fileName.toLowerCase().endsWith('.docx')) return;
    let alive = true;
    renderAsync(base64Bytes(file.contentBase64), target, styles.current, {
      className: 'docx',
      inWrapper: true,
      breakPages: true,
      // Our documents embed no fonts; an embedded one would be a blob: font the CSP refuses.
      ignoreFonts: true,
      // Images as data: URLs (img-src allows them); alt-chunks would need a frame.
      useBase64URL: true,
      renderAltChunks: false,
      renderComments: false,
      renderChanges: false,
    })
      .then(() => alive && setRendered(true))
      .catch(() => alive && setProblem('Không hiển thị được bản xem trước; hãy bấm “Tải về / Mở bằng Word” để xem bằng Word.'));
    return () => {
      alive = false;
      target.replaceChildren();
    };
  }, [file]);

  // A landscape page (29.7 cm, ~1123 px) is wider than the dialog at 1366×768: the pages are
  // zoomed down to the room there is (CSS zoom shrinks the layout too, so nothing scrolls
  // sideways), and again when the window is resized. Portrait A4 fits and keeps its size.
  useEffect(() => {
    const wrapper = body.current?.querySelector<HTMLElement>('.docx-wrapper');
    const view = viewport.current;
    if (!rendered || !wrapper || !view) return;
    const fit = () => {
      wrapper.style.zoom = '1';
      const pages = [...wrapper.querySelectorAll<HTMLElement>(':scope > section.docx')];
      const widest = Math.max(0, ...pages.map((s) => s.offsetWidth));
      const room = view.clientWidth - 32;
      const zoom = widest > room && room > 0 ? room / widest : 1;
      wrapper.style.zoom = String(zoom);
      body.current?.setAttribute('data-zoom', zoom.toFixed(2));
    };
    fit();
    const watch = new ResizeObserver(fit);
    watch.observe(view);
    return () => watch.disconnect();
  }, [rendered]);

  const download = () => file && downloadBase64(file.fileName, file.contentBase64, file.fileName.endsWith('.docx') ? DOCX_MIME : 'application/octet-stream');

  return (
    <Modal
      opened
      onClose={props.onClose}
      title={`Xem trước: ${title}`}
      size="calc(min(100vw - 32px, 1000px))"
      styles={{
        content: { height: 'calc(100dvh - 2 * var(--modal-y-offset))', display: 'flex', flexDirection: 'column' },
        body: { flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', gap: 'var(--mantine-spacing-sm)' },
      }}
      aria-label={`Xem trước ${title}`}
    >
      {problem && (
        <Alert color="red" role="alert" py={8}>
          {problem}
        </Alert>
      )}
      <ScrollArea type="auto" className={classes.frame} viewportRef={viewport} data-testid="document-preview" aria-busy={!rendered && !problem}>
        {!rendered && !problem && (
          <Stack align="center" py="xl" gap="xs">
            <Loader size="sm" />
            <Text size="sm" c="dimmed">
              Đang tạo bản xem trước…
            </Text>
          </Stack>
        )}
        <div ref={styles} />
        <div ref={body} className={classes.pages} lang="vi" />
      </ScrollArea>
      <Group justify="space-between" wrap="nowrap">
        <Text size="xs" c="dimmed" truncate="end">
          {file ? `${file.fileName} · bản in có thể lệch đôi chút so với Word` : ''}
        </Text>
        <Group gap="xs" wrap="nowrap" style={{ flex: 'none' }}>
          <Button variant="light" onClick={download} disabled={!file}>
            Tải về / Mở bằng Word
          </Button>
          <Button variant="default" onClick={props.onClose}>
            Đóng
          </Button>
        </Group>
      </Group>
    </Modal>
  );
}

/** "Xem trước" for one printed document: opens the preview dialog. */
export function PreviewButton(props: { doc: PrintedDocument; label?: string; size?: 'xs' | 'sm' }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="subtle" size={props.size} onClick={() => setOpen(true)} aria-label={`Xem trước ${props.doc.title}`}>
        {props.label ?? 'Xem trước'}
      </Button>
      {open && <DocumentPreview doc={props.doc} onClose={() => setOpen(false)} />}
    </>
  );
}
