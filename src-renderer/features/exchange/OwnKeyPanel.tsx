import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import type { KeyInfo } from '../../../src-shared/api';
import { formatFingerprint } from '../../../src-shared/exchange/fingerprint';
import { errorMessage, invoke } from '../../api';
import { formatTimestampDate } from '../../app/format';
import { notifyError, notifySuccess } from '../../app/notify';
import { T } from '../../app/strings';
import { Fingerprint } from '../keys/Fingerprint';
import { RotateKeyModal } from '../keys/RotateKeyModal';
import { DOCX_MIME, downloadBase64, downloadText } from './download';

const PROTECTION: Record<KeyInfo['protection'], string> = {
  safeStorage: 'Bảo vệ bởi hệ điều hành',
  file: 'Tệp chỉ người dùng này đọc được',
};

/** This installation's key: the fingerprint to read aloud, the key file and the paper form. */
export function OwnKeyPanel() {
  const [key, setKey] = useState<KeyInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'key' | 'form' | null>(null);
  const [rotating, setRotating] = useState(false);

  const load = useCallback(() => {
    invoke('keys.show', {})
      .then(setKey)
      .catch((e: unknown) => setError(errorMessage(e)));
  }, []);
  useEffect(load, [load]);

  const exportKey = async () => {
    setBusy('key');
    try {
      const f = await invoke('keys.exportPublic', {});
      downloadText(f.fileName, f.content);
      notifySuccess(`Đã xuất tệp ${f.fileName}`);
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(null);
    }
  };

  const printForm = async () => {
    setBusy('form');
    try {
      const doc = await invoke('print.document', { kind: 'key-registration', id: 'self' });
      downloadBase64(doc.fileName, doc.contentBase64, DOCX_MIME);
      notifySuccess(`Đã tạo ${doc.fileName}`);
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(null);
    }
  };

  if (error)
    return (
      <Alert color="red" title={T.loadFailed}>
        {error}
      </Alert>
    );
  if (!key) return <Text c="dimmed">{T.loading}</Text>;
  return (
    <Paper withBorder p="md">
      {key.problem && (
        <Alert color="red" title="Khóa ký của cài đặt này có vấn đề" mb="sm" role="alert" data-testid="key-problem">
          {key.problem.message}
        </Alert>
      )}
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="lg">
        <Stack gap={6} style={{ minWidth: 0 }}>
          <Text fw={600}>Dấu vân tay khóa của đơn vị này</Text>
          <Fingerprint keyId={key.keyId} />
          <Text size="sm" c="dimmed">
            Gửi tệp khóa công khai cho đơn vị nhận gói, kèm phiếu đăng ký khóa có chữ ký, dấu (hoặc đọc dấu vân tay qua
            điện thoại) để họ đối chiếu.
          </Text>
        </Stack>
        <Stack gap="xs" miw={220}>
          <Button onClick={() => void exportKey()} loading={busy === 'key'}>
            Xuất khóa công khai
          </Button>
          <Button variant="default" onClick={() => void printForm()} loading={busy === 'form'}>
            In phiếu đăng ký khóa
          </Button>
          <Button variant="subtle" color="orange" onClick={() => setRotating(true)}>
            Đổi khóa
          </Button>
        </Stack>
      </Group>
      <Text size="sm" mt="sm" data-testid="own-key-details">
        Mã khóa <Text span ff="monospace">{key.keyId}</Text> · Tạo ngày {formatTimestampDate(key.createdAt)} · Khóa bí mật:{' '}
        {PROTECTION[key.protection]}
        {key.previousKeyId && (
          <>
            {' '}
            · Thay khóa <Text span ff="monospace">{formatFingerprint(key.previousKeyId)}</Text>
          </>
        )}
      </Text>
      {rotating && (
        <RotateKeyModal
          lost={!!key.problem}
          onClose={() => setRotating(false)}
          onRotated={load}
          onPrint={() => void printForm()}
        />
      )}
    </Paper>
  );
}
