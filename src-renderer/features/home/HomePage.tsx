import { Alert, Badge, Group, Paper, ScrollArea, Skeleton, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ApiOutput, HomeTask } from '../../../src-shared/api';
import { dueWords, type TaskState } from '../../../src-shared/rules/home';
import { formatDate } from '../../../src-shared/text';
import { invoke } from '../../api';
import { notifyError } from '../../app/notify';
import { PageFrame } from '../../app/PageFrame';
import { T } from '../../app/strings';
import { useOpenTask } from './useOpenTask';

type Home = ApiOutput<'home.tasks'>;

const STATE: Record<TaskState, { label: string; color: string }> = {
  overdue: { label: 'Quá hạn', color: 'red' },
  soon: { label: 'Sắp đến hạn', color: 'orange' },
  open: { label: 'Cần làm', color: 'blue' },
};

const KIND: Record<HomeTask['kind'], string> = {
  registration: 'Đăng ký thi đua',
  initiative: 'Sáng kiến',
  dossier: 'Hồ sơ khen thưởng',
  package: 'Trao đổi dữ liệu',
  inspection: 'Kiểm tra',
  plan: 'Kế hoạch TĐKT',
  backup: 'Sao lưu',
  complaint: 'Đơn thư',
  example: 'Điển hình',
};

function TaskRow({ task, onOpen }: { task: HomeTask; onOpen: () => void }) {
  const s = STATE[task.state];
  return (
    <Paper withBorder p="sm" radius="sm" data-testid="home-task" data-state={task.state} data-kind={task.kind}>
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="md">
        <Stack gap={2} miw={0}>
          <Group gap="xs" wrap="nowrap">
            <Badge color={s.color} variant={task.state === 'open' ? 'light' : 'filled'} style={{ flex: 'none' }}>
              {s.label}
            </Badge>
            <Text size="xs" c="dimmed">
              {KIND[task.kind]}
            </Text>
          </Group>
          <UnstyledButton onClick={onOpen} aria-label={task.title}>
            <Text fw={600} c="blue.8" td="underline">
              {task.title}
            </Text>
          </UnstyledButton>
          <Text size="sm">{task.detail}</Text>
        </Stack>
        {task.dueOn && (
          <Stack gap={0} align="flex-end" style={{ flex: 'none' }}>
            <Text size="sm" fw={600} c={task.state === 'overdue' ? 'red.8' : undefined}>
              {dueWords(task.daysLeft)}
            </Text>
            <Text size="xs" c="dimmed">
              Hạn {formatDate(task.dueOn)}
            </Text>
          </Stack>
        )}
      </Group>
    </Paper>
  );
}

/** "Việc cần làm": the first screen — what is due and overdue here, each a link to the screen that does it. */
export function HomePage() {
  const [home, setHome] = useState<Home | null>(null);
  const open = useOpenTask();

  useEffect(() => {
    invoke('home.tasks', {})
      .then(setHome)
      .catch((e: unknown) => notifyError(e, T.loadFailed));
  }, []);

  const overdue = home?.tasks.filter((t) => t.state === 'overdue').length ?? 0;
  return (
    <PageFrame title={T.nav.home}>
      <Text size="sm" c="dimmed" mt={-6}>
        {home ? `Hôm nay ${formatDate(home.today)}: ${home.tasks.length ? `${home.tasks.length} việc${overdue ? `, trong đó ${overdue} việc quá hạn` : ''}.` : 'không có việc nào đến hạn.'}` : T.loading}
        {' '}Bấm vào tên việc để mở màn hình làm việc đó.
      </Text>
      <ScrollArea style={{ flex: 1, minHeight: 0 }} type="auto">
        <Stack gap="xs" pr="sm">
          {!home && [1, 2, 3].map((k) => <Skeleton key={k} h={76} />)}
          {home && !home.tasks.length && (
            <Alert color="green" title="Không có việc nào đến hạn">
              Các hạn đăng ký thi đua, trả lời sáng kiến, hồ sơ bị trả lại và gói cần báo nhận sẽ hiện ở đây khi có.
            </Alert>
          )}
          {home?.tasks.map((t, i) => <TaskRow key={`${t.kind}-${t.recordId ?? i}-${t.title}`} task={t} onOpen={() => open(t)} />)}
          {home && home.units.length > 0 && (
            <Paper withBorder p="sm" radius="sm" mt="sm" aria-label="Đơn vị cấp dưới còn thiếu">
              <Text fw={600} mb="xs">
                Đơn vị cấp dưới còn thiếu ({home.units.length})
              </Text>
              <Table striped withRowBorders={false} verticalSpacing={4}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w="40%">Đơn vị</Table.Th>
                    <Table.Th>Chưa gửi</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {home.units.map((u) => (
                    <Table.Tr key={u.unitCode} data-testid="home-missing-unit">
                      <Table.Td>
                        {u.unitName} <Text span size="xs" c="dimmed">({u.unitCode})</Text>
                      </Table.Td>
                      <Table.Td>{u.missing.join('; ')}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
          )}
        </Stack>
      </ScrollArea>
    </PageFrame>
  );
}
