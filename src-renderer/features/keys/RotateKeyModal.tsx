import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { ApiOutput } from '../../../src-shared/api';
import { ApiError, errorMessage, invoke } from '../../api';
import { T } from '../../app/strings';
import { OutDirInput } from '../exchange/OutDirInput';
import { useOutDir } from '../exchange/useOutDir';
import { Fingerprint } from './Fingerprint';

type Rotated = ApiOutput<'keys.rotate'>;

/**
 * "Đổi khóa": a new key for this installation. While the old key still works it signs an
 * announcement of the new one, written to the chosen folder (USB stick) for the upper level;
 * the upper level still confirms the new fingerprint from the paper form before trusting it.
 */
export function RotateKeyModal(props: { lost: boolean; onClose: () => void; onRotated: (r: Rotated) => void; onPrint: () => void }) {
  const [outDir, setOutDir] = useOutDir();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<Rotated | null>(null);

  const rotate = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await invoke('keys.rotate', { outDir: props.lost ? null : outDir.trim() || null });
      setDone(r);
      props.onRotated(r);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={props.onClose} title="Đổi khóa ký của đơn vị" size={780} closeOnClickOutside={false}>
      {done ? (
        <Stack gap="sm" data-testid="rotated">
          <Alert color="green">{done.message}</Alert>
          <Text size="sm" fw={600}>
            Dấu vân tay khóa mới
          </Text>
          <Fingerprint keyId={done.keyId} />
          {done.announcement && (
            <Text size="sm">
              Thông báo đổi khóa: <Text span ff="monospace">{done.announcement.file}</Text>
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              Đóng
            </Button>
            <Button onClick={props.onPrint}>In phiếu đăng ký khóa mới</Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="sm">
          {props.lost ? (
            <Alert color="orange" title="Khóa cũ không dùng được">
              Không thể ký thông báo đổi khóa bằng khóa cũ. Khóa mới chỉ được cấp trên tin cậy sau khi họ đối chiếu dấu vân
              tay trên phiếu đăng ký khóa mới có chữ ký, dấu của đơn vị.
            </Alert>
          ) : (
            <Text size="sm">
              Phần mềm tạo khóa mới và ghi một thông báo đổi khóa, ký bằng khóa cũ, vào thư mục dưới đây để gửi cấp trên.
            </Text>
          )}
          <List size="sm" spacing={2}>
            <List.Item>Từ nay các gói gửi đi được ký bằng khóa mới; khóa cũ không dùng được nữa.</List.Item>
            <List.Item>Cấp trên chỉ nhận gói ký bằng khóa mới sau khi xác nhận dấu vân tay mới trên phiếu đăng ký khóa.</List.Item>
            <List.Item>Sau khi đổi, hãy xuất khóa công khai mới và in phiếu đăng ký khóa mới.</List.Item>
          </List>
          {!props.lost && <OutDirInput value={outDir} onChange={setOutDir} />}
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose} disabled={busy}>
              {T.cancel}
            </Button>
            <Button color="orange" onClick={() => void rotate()} loading={busy} disabled={!props.lost && !outDir.trim()}>
              Tạo khóa mới
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
