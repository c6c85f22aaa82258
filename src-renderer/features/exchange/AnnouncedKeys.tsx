import { Alert, Button, Group, Modal, Paper, Stack, Table, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import type { KeyAnnouncementRow } from '../../../src-shared/api';
import { ApiError, errorMessage, invoke } from '../../api';
import { formatTimestampDate } from '../../app/format';
import { notifyError, notifySuccess } from '../../app/notify';
import { T } from '../../app/strings';
import { unitLabel } from './labels';
import { FingerprintConfirm } from './FingerprintConfirm';

const NO_TICKS = Array<boolean>(8).fill(false);

/**
 * "Khóa mới chờ xác nhận": new keys that units announced in a package signed with their old
 * key. The announcement only fills in the key: the clerk still compares the fingerprint with
 * the unit's new paper form before trusting it; the old key is revoked at that moment.
 */
export function AnnouncedKeys({ onChanged }: { onChanged: () => void }) {
  const [rows, setRows] = useState<KeyAnnouncementRow[]>([]);
  const [confirming, setConfirming] = useState<KeyAnnouncementRow | null>(null);

  const load = useCallback(() => {
    invoke('trust.announcements', {})
      .then(setRows)
      .catch((e: unknown) => notifyError(e, T.loadFailed));
  }, []);
  useEffect(load, [load]);

  if (!rows.length) return null;
  return (
    <Paper withBorder p="md" data-testid="announced-keys">
      <Text fw={600}>Khóa mới chờ xác nhận</Text>
      <Text size="sm" c="dimmed" mb="xs">
        Các đơn vị đã đổi khóa và gửi thông báo ký bằng khóa cũ. Chỉ tin cậy khóa mới sau khi đối chiếu dấu vân tay với phiếu
        đăng ký khóa mới có chữ ký, dấu của đơn vị.
      </Text>
      <Table withTableBorder layout="fixed" verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Đơn vị</Table.Th>
            <Table.Th w={320}>Khóa mới</Table.Th>
            <Table.Th w={110}>Ngày nhận</Table.Th>
            <Table.Th w={170} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((a) => (
            <Table.Tr key={a.id} data-testid="announced-key-row">
              <Table.Td>
                <Text size="sm" fw={600} truncate="end">
                  {a.unitName}
                </Text>
                <Text size="xs" c="dimmed" truncate="end">
                  {a.unitCode} · thay khóa {a.previousFingerprint}
                </Text>
              </Table.Td>
              {/* Not its fingerprint: that is read from the paper form when confirming, not copied from here. */}
              <Table.Td fz="sm">Tạo ngày {formatTimestampDate(a.keyCreatedAt)}; chờ đối chiếu với phiếu đăng ký khóa mới</Table.Td>
              <Table.Td>{formatTimestampDate(a.receivedAt)}</Table.Td>
              <Table.Td>
                <Button size="compact-sm" onClick={() => setConfirming(a)}>
                  Xác nhận khóa mới
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {confirming && (
        <ConfirmAnnouncedKey
          row={confirming}
          onClose={() => setConfirming(null)}
          onDone={() => {
            setConfirming(null);
            load();
            onChanged();
          }}
        />
      )}
    </Paper>
  );
}

function ConfirmAnnouncedKey({ row, onClose, onDone }: { row: KeyAnnouncementRow; onClose: () => void; onDone: () => void }) {
  const [ticks, setTicks] = useState<boolean[]>(NO_TICKS);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ready = typed.trim() !== '' || ticks.every(Boolean);

  const accept = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await invoke('trust.acceptAnnounced', { id: row.id, fingerprint: typed.trim() || row.fingerprint });
      notifySuccess(`Đã tin cậy khóa mới của ${r.key.unitName}; khóa cũ đã bị thu hồi.`);
      onDone();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title="Xác nhận khóa mới" size={720} closeOnClickOutside={false}>
      <Stack gap="sm">
        <Text data-testid="key-unit">
          Đơn vị: <b>{unitLabel(row.unitName, row.unitCode)}</b> · Khóa cũ: <Text span ff="monospace">{row.previousFingerprint}</Text>
        </Text>
        <FingerprintConfirm
          keyId={row.keyId}
          ticks={ticks}
          onTicks={setTicks}
          typed={typed}
          onTyped={(v) => {
            setTyped(v);
            setError(null);
          }}
          title="Dấu vân tay khóa mới"
          hint="Cầm phiếu đăng ký khóa mới có chữ ký, dấu của đơn vị (hoặc nghe đơn vị đọc qua điện thoại) và gõ dấu vân tay ghi trên phiếu: máy so từng nhóm với khóa mới. Khi xác nhận, khóa cũ của đơn vị bị thu hồi."
          typedLabel="Dấu vân tay đọc từ phiếu đăng ký khóa mới"
        />
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {T.cancel}
          </Button>
          <Button onClick={() => void accept()} disabled={!ready} loading={busy}>
            Tin cậy khóa mới
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
