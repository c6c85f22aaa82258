import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import type { ApiOutput } from '../../../src-shared/api';
import { formatCount, formatDateTime } from '../../app/format';
import { T } from '../../app/strings';

type Preview = ApiOutput<'backup.preview'>;

/** What a restore brings back next to what is there now; nothing has changed yet. */
export function RestorePreview(props: { preview: Preview | null; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const p = props.preview;
  const rows: [string, keyof Preview['counts']][] = [
    ['Cá nhân', 'people'],
    ['Hồ sơ khen thưởng', 'dossiers'],
    ['Gói đã gửi, nhận', 'packages'],
  ];
  return (
    <Modal opened={!!p} onClose={props.onCancel} title="Xem trước khi khôi phục" centered size="lg">
      {p && (
        <Stack gap="sm">
          <Text size="sm">
            Bản sao lưu <b>{p.fileName}</b> lúc <b>{formatDateTime(p.createdAt)}</b>, của <b>{p.unitName ?? p.unitCode}</b>
            {p.unitCode ? ` (${p.unitCode})` : ''}.
          </Text>
          <Table withTableBorder aria-label="So sánh số liệu" verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th />
                <Table.Th ta="right">Hiện có</Table.Th>
                <Table.Th ta="right">Sau khi khôi phục</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(([label, k]) => (
                <Table.Tr key={k}>
                  <Table.Td>{label}</Table.Td>
                  <Table.Td ta="right">{formatCount(p.current[k])}</Table.Td>
                  <Table.Td ta="right" fw={600}>
                    {formatCount(p.counts[k])}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Alert color="yellow" title="Dữ liệu nhập sau thời điểm sao lưu sẽ không còn">
            Trước khi khôi phục, dữ liệu hiện tại được tự động sao lưu (loại “Trước khi khôi phục”) để có thể quay lại nếu cần.
            {p.keyIncluded && ' Tệp này có khóa ký của đơn vị; khóa được đặt lại nếu máy này chưa có.'}
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onCancel} data-autofocus>
              {T.cancel}
            </Button>
            <Button color="red" onClick={props.onConfirm} loading={props.busy}>
              Khôi phục bản này
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
