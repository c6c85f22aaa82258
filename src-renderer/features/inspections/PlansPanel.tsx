import { Badge, Center, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { InspectionPlanListItem } from '../../../src-shared/api';
import { formatDate } from '../../../src-shared/text';
import { invoke } from '../../api';
import { type Column, DataTable } from '../../app/DataTable';
import { notifyError } from '../../app/notify';
import { T } from '../../app/strings';
import { PlanDueBadge } from './PlanDueBadge';
import { ProgressCell } from './ProgressCell';

const COLUMNS: Column<InspectionPlanListItem>[] = [
  {
    title: 'Kế hoạch',
    render: (p) =>
      p.originName === null ? (
        p.title
      ) : (
        // A copy received from a unit (its results travel up): read-only, named by its sender.
        <Stack gap={2} align="flex-start">
          <Text size="sm" truncate="end" title={p.title} maw="100%">
            {p.title}
          </Text>
          <Badge variant="light" color="grape" size="sm" tt="none" data-testid="received-from">
            Nhận từ đơn vị: {p.originName}
          </Badge>
        </Stack>
      ),
  },
  // Wide enough for "12/KH-UBND ngày 01/10/2026" at 1366px; the progress bar gives up the room.
  { title: 'Số, ngày', width: 250, render: (p) => [p.planNumber, formatDate(p.planDate)].filter(Boolean).join(' ngày ') || '—' },
  {
    title: 'Hạn hoàn thành',
    width: 150,
    render: (p) => (
      <Stack gap={2} align="flex-start">
        <span>{formatDate(p.deadline)}</span>
        <PlanDueBadge due={p.due} />
      </Stack>
    ),
  },
  { title: 'Mẫu phiếu', width: 110, render: (p) => `Phiên bản ${p.templateVersion}` },
  { title: 'Đơn vị được kiểm tra', width: 200, render: (p) => <ProgressCell answered={p.finished} total={p.units} label="Số đơn vị đã kiểm tra xong" /> },
];

/** The year's inspection plans; one opens over the list. */
export function PlansPanel(props: { year: number; onOpen: (id: string) => void }) {
  const [plans, setPlans] = useState<InspectionPlanListItem[] | null>(null);
  useEffect(() => {
    let alive = true;
    setPlans(null);
    invoke('inspections.plans', { year: props.year })
      .then((p) => alive && setPlans(p))
      .catch((e: unknown) => alive && notifyError(e, T.loadFailed));
    return () => {
      alive = false;
    };
  }, [props.year]);

  if (plans?.length === 0) {
    return (
      <Center style={{ flex: 1, border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-sm)' }}>
        <Text c="dimmed" data-testid="plans-empty">
          Chưa có kế hoạch kiểm tra nào của năm {props.year}. Bấm “Kế hoạch mới” để lập kế hoạch.
        </Text>
      </Center>
    );
  }
  return <DataTable rows={plans} columns={COLUMNS} onOpen={(p) => props.onOpen(p.id)} label={`Kế hoạch kiểm tra năm ${props.year}`} rowTestId="plan-row" />;
}
