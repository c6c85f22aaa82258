import { Alert, Badge, Button, Select, Stack, Table, Tabs, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import type { TypicalExample } from '../../../src-shared/api';
import { EXAMPLE_KIND_LABELS, EXAMPLE_STAGES, EXAMPLE_STAGE_LABELS, type ExampleStage } from '../../../src-shared/rules/examples';
import { formatDate } from '../../../src-shared/text';
import { errorMessage, invoke } from '../../api';
import { notifySuccess } from '../../app/notify';
import { PageFrame } from '../../app/PageFrame';
import { T } from '../../app/strings';
import { ConferencesPanel } from './ConferencesPanel';
import { ExampleForm } from './ExampleForm';

const STAGE_COLOR: Record<ExampleStage, string> = { 'phat-hien': 'gray', 'boi-duong': 'blue', 'tong-ket': 'teal', 'nhan-rong': 'green' };
const flags = (x: TypicalExample) => [x.women && 'Nữ', x.ethnicMinority && 'DTTS', x.directWorker && 'LĐTT'].filter(Boolean).join(', ');

/**
 * Điển hình tiên tiến: the register (who or what, field, stage reached, media, awards, flags,
 * review date) and the Hội nghị điển hình tiên tiến with its printed list.
 */
export function ExamplesPage() {
  const [tab, setTab] = useState<string | null>('register');
  const [stage, setStage] = useState<ExampleStage | null>(null);
  const [list, setList] = useState<TypicalExample[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<TypicalExample | 'new' | null>(null);

  const load = useCallback(() => {
    invoke('examples.list', { year: null, stage }).then(setList, (e: unknown) => setError(errorMessage(e)));
  }, [stage]);
  useEffect(load, [load]);

  return (
    <PageFrame title={T.nav.examples} actions={<Button onClick={() => setEditing('new')}>Thêm điển hình</Button>}>
      <Text size="sm" c="dimmed">
        Phát hiện, bồi dưỡng, tổng kết và nhân rộng điển hình tiên tiến; Hội nghị điển hình tiên tiến tổ chức 5 năm một lần, trước Đại hội thi đua yêu nước.
        Điển hình của đơn vị được gửi lên cấp trên cùng gói dữ liệu.
      </Text>
      <Tabs value={tab} onChange={setTab}>
        <Tabs.List>
          <Tabs.Tab value="register">Sổ điển hình</Tabs.Tab>
          <Tabs.Tab value="conferences">Hội nghị điển hình tiên tiến</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="register" pt="sm">
          <Stack gap="sm">
            <Select w={240} size="xs" aria-label="Lọc theo bước" placeholder="Mọi bước" clearable value={stage} onChange={(s) => setStage(s as ExampleStage | null)}
              data={EXAMPLE_STAGES.map((s) => ({ value: s, label: `Đang ở bước ${EXAMPLE_STAGE_LABELS[s].toLowerCase()}` }))} />
            {error && <Alert color="red" title={T.loadFailed}>{error}</Alert>}
            {list && list.length === 0 && <Text c="dimmed">Chưa có điển hình nào{stage ? ' ở bước này' : ''}.</Text>}
            {list && list.length > 0 && (
              <Table striped highlightOnHover verticalSpacing={6} aria-label="Sổ điển hình tiên tiến" data-testid="examples-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Điển hình</Table.Th>
                    <Table.Th w={190}>Đơn vị, lĩnh vực</Table.Th>
                    <Table.Th w={110}>Bước</Table.Th>
                    <Table.Th w={90}>Báo chí</Table.Th>
                    <Table.Th w={190}>Khen thưởng</Table.Th>
                    <Table.Th w={120}>Ghi chú</Table.Th>
                    <Table.Th w={100}>Rà soát</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((x) => (
                    <Table.Tr key={x.id} data-testid="example-row" style={{ cursor: 'pointer' }} onClick={() => setEditing(x)}>
                      <Table.Td>
                        <Text size="sm" fw={500}>{x.name}</Text>
                        <Text size="xs" c="dimmed">{EXAMPLE_KIND_LABELS[x.kind]}{x.readOnly ? ` · nhận từ ${x.origin}` : ''}</Text>
                      </Table.Td>
                      <Table.Td><Text size="sm">{x.unitName}</Text><Text size="xs" c="dimmed">{x.field}</Text></Table.Td>
                      <Table.Td>
                        <Badge color={STAGE_COLOR[x.stage]} variant="light" tt="none">{EXAMPLE_STAGE_LABELS[x.stage]}</Badge>
                        <Text size="xs" c="dimmed">{formatDate(x.stages[x.stages.length - 1]?.on)}</Text>
                      </Table.Td>
                      <Table.Td>{x.media.length ? `${x.media.length} bài` : '—'}</Table.Td>
                      <Table.Td><Text size="xs">{x.awards.map((a) => `${a.awardName} (${a.year})`).join('; ') || '—'}</Text></Table.Td>
                      <Table.Td><Text size="xs">{flags(x)}</Text></Table.Td>
                      <Table.Td>{x.reviewOn ? formatDate(x.reviewOn) : '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="conferences" pt="sm">
          {tab === 'conferences' && <ConferencesPanel />}
        </Tabs.Panel>
      </Tabs>
      <ExampleForm opened={editing !== null} example={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onSaved={(x) => {
        setEditing(null);
        notifySuccess(`Đã lưu điển hình “${x.name}”`);
        load();
      }} onDeleted={() => {
        setEditing(null);
        notifySuccess('Đã xóa điển hình khỏi sổ');
        load();
      }} />
    </PageFrame>
  );
}
