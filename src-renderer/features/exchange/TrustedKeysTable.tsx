import { Badge, Button, Center, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { TrustedKeyRow } from '../../../src-shared/api';
import { invoke } from '../../api';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { formatTimestampDate } from '../../app/format';
import { notifyError, notifySuccess } from '../../app/notify';
import { T } from '../../app/strings';
import { levelLabel } from '../units/levels';
import { SOURCE_LABELS } from './labels';

/** Keys this installation accepts packages from, with their source and a "Thu hồi" action. */
export function TrustedKeysTable({ rows, onChanged }: { rows: TrustedKeyRow[] | null; onChanged: () => void }) {
  const [revoking, setRevoking] = useState<TrustedKeyRow | null>(null);
  const [busy, setBusy] = useState(false);

  const revoke = async () => {
    if (!revoking) return;
    setBusy(true);
    try {
      await invoke('trust.revoke', { keyId: revoking.keyId });
      notifySuccess(`Đã thu hồi khóa của ${revoking.unitName}`);
      onChanged();
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
      setRevoking(null);
    }
  };

  return (
    <>
      <Table withTableBorder layout="fixed" verticalSpacing={6} aria-label="Khóa tin cậy" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Đơn vị</Table.Th>
            <Table.Th w={320}>Dấu vân tay</Table.Th>
            <Table.Th w={150}>Nguồn</Table.Th>
            <Table.Th w={190}>Trạng thái</Table.Th>
            <Table.Th w={110}>Ngày thêm</Table.Th>
            <Table.Th w={90} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows?.map((k) => (
            <Table.Tr key={k.keyId} data-testid="trusted-key-row">
              <Table.Td>
                <Text size="sm" fw={600} truncate="end" title={k.unitName}>
                  {k.unitName}
                </Text>
                <Text size="xs" c="dimmed" truncate="end">
                  {k.unitCode} · {levelLabel(k.level)}
                </Text>
              </Table.Td>
              <Table.Td ff="monospace" fz="xs" style={{ whiteSpace: 'nowrap' }}>
                {k.fingerprint}
              </Table.Td>
              <Table.Td>{SOURCE_LABELS[k.source]}</Table.Td>
              <Table.Td>
                {k.status === 'trusted' ? (
                  <Badge color="green" variant="light">
                    Đang tin cậy
                  </Badge>
                ) : (
                  <Badge color="red" variant="light">
                    Đã thu hồi {formatTimestampDate(k.revokedAt ?? '')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{formatTimestampDate(k.addedAt)}</Table.Td>
              <Table.Td>
                {k.status === 'trusted' && (
                  <Button size="compact-sm" color="red" variant="subtle" onClick={() => setRevoking(k)}>
                    Thu hồi
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows?.length === 0 && (
        <Center py="md">
          <Text c="dimmed" size="sm">
            Chưa tin cậy khóa nào. Bấm “Thêm khóa tin cậy” và chọn tệp khóa của đơn vị cấp trên hoặc cấp dưới.
          </Text>
        </Center>
      )}
      {rows === null && <Text c="dimmed">{T.loading}</Text>}
      <ConfirmDialog
        opened={!!revoking}
        title="Thu hồi khóa này?"
        message={`Từ nay các gói do khóa của “${revoking?.unitName ?? ''}” ký sẽ bị từ chối. Không thể tin cậy lại khóa đã thu hồi; đơn vị sẽ phải tạo khóa mới.`}
        confirmLabel="Thu hồi"
        busy={busy}
        onConfirm={() => void revoke()}
        onCancel={() => setRevoking(null)}
      />
    </>
  );
}
