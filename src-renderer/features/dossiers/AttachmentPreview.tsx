import { Alert, Button, Center, Group, Image, Loader, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ApiOutput } from '../../../src-shared/api';
import { errorMessage, invoke } from '../../api';
import { T } from '../../app/strings';
import { downloadBlob } from '../exchange/download';

type Attachment = ApiOutput<'dossiers.attachment'>;

function toBlob(a: Attachment): Blob {
  const bin = atob(a.contentBase64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type: a.mime });
}

/**
 * A scan opened from the checklist. Photos (JPEG, PNG) are shown here; a PDF is saved and opened
 * with the computer's PDF reader, because the app's security policy lets no embedded viewer in.
 */
export function AttachmentPreview(props: { documentId: string; onClose: () => void }) {
  const [file, setFile] = useState<{ a: Attachment; blob: Blob; url: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let url: string | null = null;
    let alive = true;
    invoke('dossiers.attachment', { documentId: props.documentId })
      .then((a) => {
        if (!alive) return;
        const blob = toBlob(a);
        url = URL.createObjectURL(blob);
        setFile({ a, blob, url });
      })
      .catch((e: unknown) => alive && setError(errorMessage(e)));
    return () => {
      alive = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [props.documentId]);

  const image = file?.a.mime.startsWith('image/');
  return (
    <Modal opened onClose={props.onClose} title={file?.a.fileName ?? 'Xem tệp đính kèm'} size={image ? 900 : 520} centered>
      <Stack gap="sm">
        {error && <Alert color="red">{error}</Alert>}
        {!file && !error && (
          <Center py="xl">
            <Loader />
          </Center>
        )}
        {file && image && <Image src={file.url} alt={file.a.fileName} fit="contain" mah="65vh" data-testid="attachment-image" />}
        {file && !image && (
          <Alert color="blue" data-testid="attachment-pdf-note">
            <Text size="sm">
              Tệp PDF không xem trực tiếp trong chương trình được (chính sách an toàn không cho nhúng trình đọc PDF). Bấm “Tải về để xem” rồi mở
              bằng trình đọc PDF của máy.
            </Text>
          </Alert>
        )}
        <Group justify="flex-end" gap="xs">
          {file && (
            <Button variant={image ? 'default' : 'filled'} onClick={() => downloadBlob(file.a.fileName, file.blob)}>
              {image ? 'Tải về' : 'Tải về để xem'}
            </Button>
          )}
          <Button variant="default" onClick={props.onClose}>
            {T.close}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
