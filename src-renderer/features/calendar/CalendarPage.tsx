import { Badge, Button, Group, ScrollArea, SegmentedControl, Select, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { CalendarItem } from '../../../src-shared/api';
import { formatDate } from '../../../src-shared/text';
import { invoke } from '../../api';
import { notifyError } from '../../app/notify';
import { PageFrame } from '../../app/PageFrame';
import { T } from '../../app/strings';
import { downloadText } from '../exchange/download';
import { usePlansStore } from '../plans/store';
import { YearSelect } from '../registrations/YearSelect';
import { MonthGrid, STATE_COLOR, STATE_LABEL } from './MonthGrid';

const MONTHS = Array.from({ length: 12 }, (_x, i) => ({ value: String(i + 1), label: `Tháng ${i + 1}` }));

/**
 * Lịch công việc: every dated obligation of the year (plan tasks, the registration deadline,
 * initiative answers and rounds, inspection deadlines) by month or as a list, overdue in red;
 * "Tải tệp lịch (.ics)" for the clerk's phone calendar.
 */
export function CalendarPage() {
  const { year, setYear } = usePlansStore();
  const [data, setData] = useState<{ today: string; items: CalendarItem[] } | null>(null);
  const [view, setView] = useState<'month' | 'list'>('month');
  const [month, setMonth] = useState(() => new Date().getMonth() + 1);
  useEffect(() => {
    let alive = true;
    setData(null);
    invoke('calendar.year', { year })
      .then((r) => alive && setData(r))
      .catch((e: unknown) => alive && notifyError(e, T.loadFailed));
    return () => {
      alive = false;
    };
  }, [year]);

  const exportIcs = async () => {
    try {
      const r = await invoke('calendar.ics', { year });
      downloadText(r.fileName, r.content, 'text/calendar');
    } catch (e) {
      notifyError(e, 'Chưa tạo được tệp lịch');
    }
  };
  const overdue = data?.items.filter((i) => i.state === 'overdue').length ?? 0;

  return (
    <PageFrame
      title={T.nav.calendar}
      actions={
        <>
          <SegmentedControl size="xs" aria-label="Cách xem" value={view} onChange={(v) => setView(v as 'month' | 'list')} data={[{ value: 'month', label: 'Theo tháng' }, { value: 'list', label: 'Danh sách' }]} />
          {view === 'month' && (
            <Group gap={4} wrap="nowrap">
              <Button size="xs" variant="default" aria-label="Tháng trước" onClick={() => setMonth((m) => Math.max(1, m - 1))} disabled={month === 1}>
                ‹
              </Button>
              <Select aria-label="Tháng" size="xs" w={110} data={MONTHS} value={String(month)} onChange={(v) => v && setMonth(Number(v))} allowDeselect={false} />
              <Button size="xs" variant="default" aria-label="Tháng sau" onClick={() => setMonth((m) => Math.min(12, m + 1))} disabled={month === 12}>
                ›
              </Button>
            </Group>
          )}
          <YearSelect value={year} onChange={(y) => y && setYear(y)} />
          <Button size="sm" variant="light" onClick={() => void exportIcs()}>
            Tải tệp lịch (.ics)
          </Button>
        </>
      }
    >
      {data && (
        <Text size="sm" c={overdue ? 'red.8' : 'dimmed'} data-testid="cal-summary">
          {data.items.length} việc có thời hạn trong năm {year}
          {overdue ? `, ${overdue} việc quá hạn (tô đỏ)` : ''}.
        </Text>
      )}
      <ScrollArea style={{ flex: 1 }} offsetScrollbars>
        {data && view === 'month' && <MonthGrid year={year} month={month} items={data.items.filter((i) => Number(i.date.slice(5, 7)) === month)} today={data.today} />}
        {data && view === 'list' && (
          <Table striped withTableBorder verticalSpacing={4} aria-label={`Lịch công việc năm ${year}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={110}>Hạn</Table.Th>
                <Table.Th>Công việc</Table.Th>
                <Table.Th w={220}>Nguồn</Table.Th>
                <Table.Th w={130}>Tình trạng</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((i) => (
                <Table.Tr key={i.uid} data-testid="cal-row" data-state={i.state}>
                  <Table.Td>
                    <Text size="sm" c={i.state === 'overdue' ? 'red.8' : undefined} fw={i.state === 'overdue' ? 700 : undefined}>
                      {formatDate(i.date)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={i.state === 'overdue' ? 'red.8' : undefined}>
                      {i.title}
                    </Text>
                    {i.detail && (
                      <Text size="xs" c="dimmed">
                        {i.detail}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{i.sourceLabel}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATE_COLOR[i.state]} variant={i.state === 'overdue' ? 'filled' : 'light'} tt="none">
                      {STATE_LABEL[i.state]}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </ScrollArea>
    </PageFrame>
  );
}
