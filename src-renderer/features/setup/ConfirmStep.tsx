import { Table, Text } from '@mantine/core';
import { UNIT_LEVEL_LABELS } from '../../../src-shared/catalog/levels';
import { T } from '../../app/strings';
import { canHaveParent, hasParent, type SetupDraft } from './setupForm';

/** Step 3: what will be saved, to read over before the key is created. */
export function ConfirmStep({ draft }: { draft: SetupDraft }) {
  const rows: [string, string][] = [
    ['Tên đơn vị', draft.unit.name.trim()],
    ['Mã đơn vị', draft.unit.code.trim()],
    ['Cấp', UNIT_LEVEL_LABELS[draft.unit.level]],
    ...(canHaveParent(draft)
      ? [[
          'Đơn vị cấp trên',
          hasParent(draft) ? `${draft.parent.name.trim()} (${draft.parent.code.trim()}, ${UNIT_LEVEL_LABELS[draft.parent.level]})` : T.none,
        ] as [string, string]]
      : []),
    ['Cán bộ', draft.clerkName.trim()],
  ];
  return (
    <>
      <Table withTableBorder variant="vertical" layout="fixed" data-testid="setup-summary">
        <Table.Tbody>
          {rows.map(([k, v]) => (
            <Table.Tr key={k}>
              <Table.Th w={200}>{k}</Table.Th>
              <Table.Td>{v}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" c="dimmed" mt="sm">
        Khi bấm “Hoàn tất”, chương trình tạo khóa ký riêng của đơn vị. Mã đơn vị sẽ đi kèm mọi dữ liệu đơn vị gửi đi.
      </Text>
    </>
  );
}
