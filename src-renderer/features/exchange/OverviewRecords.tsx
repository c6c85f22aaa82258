import { Badge, Drawer, Group, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ApiOutput } from '../../../src-shared/api';
import { invoke } from '../../api';
import { formatCount, formatDateTime } from '../../app/format';
import { notifyError } from '../../app/notify';
import { T } from '../../app/strings';
import { BUCKETS, bucketLabel, KIND_LABELS, type OverviewBucket, type OverviewKind } from './overviewLabels';
import { useOpenSubmission } from './useOpenSubmission';

export interface OverviewPick {
  unitCode: string;
  unitName: string;
  type: OverviewKind;
  bucket: OverviewBucket;
}

type Records = ApiOutput<'exchange.overviewRecords'>;
const meta = (bucket: string) => BUCKETS.find((b) => b.bucket === bucket);

/** The records behind one count of "Tổng hợp đơn vị"; each opens on its own screen. */
export function OverviewRecords({ pick, onClose }: { pick: OverviewPick | null; onClose: () => void }) {
  const [data, setData] = useState<Records | null>(null);
  const open = useOpenSubmission();

  useEffect(() => {
    setData(null);
    if (!pick) return;
    let alive = true;
    invoke('exchange.overviewRecords', { unitCode: pick.unitCode, type: pick.type, bucket: pick.bucket, limit: 200 })
      .then((r) => alive && setData(r))
      .catch((e: unknown) => alive && notifyError(e, T.loadFailed));
    return () => {
      alive = false;
    };
  }, [pick]);

  const title = pick ? `${KIND_LABELS[pick.type]} của ${pick.unitName}: ${bucketLabel(pick.bucket).toLowerCase()}` : '';
  return (
    <Drawer opened={!!pick} onClose={onClose} position="right" size={520} title={<Text fw={600}>{title}</Text>} scrollAreaComponent={ScrollArea.Autosize}>
      {!data ? (
        <Text c="dimmed">{T.loading}</Text>
      ) : (
        <Stack gap="xs" data-testid="overview-records">
          <Text size="sm" c="dimmed">
            {data.total > data.items.length ? `${formatCount(data.items.length)} trên ${formatCount(data.total)} bản, mới sửa trước` : `${formatCount(data.total)} bản`}. Bấm vào tên để mở.
          </Text>
          {data.items.map((r) => (
            <Group key={r.id} justify="space-between" wrap="nowrap" gap="sm" data-testid="overview-record">
              <Stack gap={0} miw={0}>
                <UnstyledButton onClick={() => open(r)} aria-label={`Mở ${r.title}`}>
                  <Text fw={600} c="blue.8" td="underline" size="sm">
                    {r.title}
                  </Text>
                </UnstyledButton>
                <Text size="xs" c="dimmed">
                  {r.year ? `Năm ${r.year} · ` : ''}Sửa lần cuối {formatDateTime(r.updatedAt)}
                </Text>
              </Stack>
              <Stack gap={2} align="flex-end" style={{ flex: 'none' }}>
                <Badge color={meta(r.bucket)?.color ?? 'gray'} variant="light">
                  {bucketLabel(r.bucket as OverviewBucket)}
                </Badge>
                {r.feedback && (
                  <Text size="xs" c="dimmed">
                    {bucketLabel(r.feedback as OverviewBucket)}
                  </Text>
                )}
              </Stack>
            </Group>
          ))}
        </Stack>
      )}
    </Drawer>
  );
}
