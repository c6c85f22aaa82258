import { ActionIcon, Badge, Group, Select, Stack, Table, Text } from '@mantine/core';
import { PLAN_TASK_STATUS_LABELS, PLAN_TASK_STATUSES, type PlanTask, type PlanTaskStatus } from '../../../src-shared/api';

const STATUS_OPTIONS = PLAN_TASK_STATUSES.map((s) => ({ value: s, label: PLAN_TASK_STATUS_LABELS[s] }));
const STATUS_COLOR: Record<PlanTaskStatus, string> = { todo: 'gray', doing: 'blue', done: 'green', dropped: 'dark' };

/** The plan's tasks as its appendix lists them; the status is changed in place when the plan is this unit's. */
export function TaskTable(props: {
  tasks: PlanTask[];
  editable: boolean;
  onStatus?: (t: PlanTask, s: PlanTaskStatus) => void;
  onEdit?: (t: PlanTask) => void;
  onDelete?: (t: PlanTask) => void;
  label: string;
}) {
  return (
    <Table striped withTableBorder verticalSpacing={4} aria-label={props.label} stickyHeader>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={44}>STT</Table.Th>
          <Table.Th>Nội dung công việc</Table.Th>
          <Table.Th w={190}>Đơn vị chủ trì</Table.Th>
          <Table.Th w={170}>Đơn vị phối hợp</Table.Th>
          <Table.Th w={120}>Thời hạn</Table.Th>
          <Table.Th w={170}>Tình hình thực hiện</Table.Th>
          {props.editable && <Table.Th w={70} />}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {props.tasks.map((t, i) => (
          <Table.Tr key={t.id} data-testid="plan-task" data-overdue={t.overdue ? 'true' : 'false'} data-status={t.status}>
            <Table.Td>{i + 1}</Table.Td>
            <Table.Td>
              <Text size="sm">{t.content}</Text>
              {t.followsContent && (
                <Text size="xs" c="dimmed" fs="italic">
                  Thực hiện nhiệm vụ của cấp trên: {t.followsContent}
                </Text>
              )}
              {t.result && (
                <Text size="xs" c="teal.8">
                  Kết quả: {t.result}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Text size="sm">{t.leadUnit}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{t.coordinatingUnits}</Text>
            </Table.Td>
            <Table.Td>
              <Stack gap={2}>
                <Text size="sm" c={t.overdue ? 'red.8' : undefined} fw={t.overdue ? 600 : undefined}>
                  {t.deadlineLabel}
                </Text>
                {t.overdue && (
                  <Badge color="red" size="xs" variant="filled">
                    Quá hạn
                  </Badge>
                )}
              </Stack>
            </Table.Td>
            <Table.Td>
              {props.editable && props.onStatus ? (
                <Select
                  size="xs"
                  aria-label={`Tình hình thực hiện: ${t.content}`}
                  data={STATUS_OPTIONS}
                  value={t.status}
                  allowDeselect={false}
                  onChange={(s) => s && s !== t.status && props.onStatus!(t, s as PlanTaskStatus)}
                />
              ) : (
                <Badge color={STATUS_COLOR[t.status]} variant="light" tt="none">
                  {PLAN_TASK_STATUS_LABELS[t.status]}
                </Badge>
              )}
            </Table.Td>
            {props.editable && (
              <Table.Td>
                <Group gap={2} wrap="nowrap">
                  <ActionIcon variant="subtle" aria-label={`Sửa: ${t.content}`} title="Sửa" onClick={() => props.onEdit?.(t)}>
                    ✎
                  </ActionIcon>
                  <ActionIcon variant="subtle" color="red" aria-label={`Xóa: ${t.content}`} title="Xóa" onClick={() => props.onDelete?.(t)}>
                    ✕
                  </ActionIcon>
                </Group>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
