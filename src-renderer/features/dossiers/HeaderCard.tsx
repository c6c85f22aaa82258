import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Dossier } from '../../../src-shared/api';
import { formatDate } from '../../../src-shared/text';
import { ROUND_LABELS } from './labels';
import { PrintRow } from './PrintRow';
import type { NomineeRow } from './useDossier';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0} style={{ minWidth: 0 }}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} truncate="end" title={value}>
        {value}
      </Text>
    </Stack>
  );
}

/** The dossier at a glance: its name, what is proposed, for which year and round, its status and printing. */
export function HeaderCard(props: { dossier: Dossier; nominees: NomineeRow[]; status: ReactNode; compact?: boolean; onEdit: () => void }) {
  const { dossier: d } = props;
  return (
    <Paper withBorder p="sm" component="section" aria-label="Thông tin hồ sơ">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={3} size="h4" data-testid="dossier-title" style={{ minWidth: 0 }}>
            {d.title}
          </Title>
          {d.editable && (
            <Button size="xs" variant="light" onClick={props.onEdit} style={{ flex: 'none' }}>
              Sửa thông tin
            </Button>
          )}
        </Group>
        <SimpleGrid cols={props.compact ? 3 : 5} spacing="sm" verticalSpacing={6}>
          <Fact label="Danh hiệu, hình thức đề nghị" value={d.awardName} />
          <Fact label="Đợt xét" value={ROUND_LABELS[d.round]} />
          <Fact label="Năm thành tích" value={String(d.year)} />
          <Fact label="Ngày xét" value={formatDate(d.referenceDate)} />
          <Fact label="Đơn vị đề nghị" value={d.proposingUnitName ?? d.origin} />
        </SimpleGrid>
        {props.status}
        {d.overrideReason && (
          <Alert color="orange" py={6} title="Gửi khi chưa đủ điều kiện, lý do" data-testid="override-reason">
            <Text size="sm">{d.overrideReason}</Text>
          </Alert>
        )}
        <PrintRow dossier={d} nominees={props.nominees} />
      </Stack>
    </Paper>
  );
}
