import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Complaint } from '../../../src-shared/api';
import { COMPLAINT_KIND_LABELS } from '../../../src-shared/rules/complaints';
import { formatDate } from '../../../src-shared/text';
import { invoke } from '../../api';

/**
 * "Đơn thư liên quan" on a dossier: entries about the dossier or its nominees, those registered
 * here and those the proposing unit sent with it (read-only, marked as from that unit, content
 * only when it chose to send it). Nothing shows when there is none.
 */
export function DossierComplaints(props: { dossierId: string; version?: unknown }) {
  const [list, setList] = useState<Complaint[]>([]);
  useEffect(() => {
    let alive = true;
    invoke('complaints.forDossier', { dossierId: props.dossierId }).then((l) => alive && setList(l)).catch(() => alive && setList([]));
    return () => {
      alive = false;
    };
  }, [props.dossierId, props.version]);
  if (!list.length) return null;
  return (
    <Paper withBorder p="sm" data-testid="dossier-complaints">
      <Text fw={600} mb={4}>Đơn thư liên quan ({list.filter((c) => c.status === 'open').length} đang xác minh)</Text>
      <Stack gap={6}>
        {list.map((c) => (
          <Stack key={c.id} gap={0} data-testid="dossier-complaint" data-from={c.fromUnit ?? ''}>
            <Group gap="xs">
              <Text size="sm" fw={500}>{COMPLAINT_KIND_LABELS[c.kind]} nhận ngày {formatDate(c.receivedOn)}</Text>
              <Text size="sm">về {c.subjects.filter((s) => s.type !== 'dossier').map((s) => s.name).join(', ')}</Text>
              {c.status === 'open'
                ? <Badge color="red" variant="light" tt="none">Đang xác minh</Badge>
                : <Badge color="green" variant="light" tt="none">Đã kết luận {formatDate(c.closedOn)}</Badge>}
              {c.fromUnit
                ? <Badge color="gray" variant="outline" tt="none">Từ sổ đơn thư của {c.fromUnit} (chỉ xem)</Badge>
                : <Badge color="blue" variant="outline" tt="none">Sổ đơn thư của đơn vị</Badge>}
            </Group>
            <Text size="xs" c="dimmed">
              {c.fromUnit && !c.sendContent ? 'Đơn vị không gửi kèm nội dung đơn (dữ liệu cá nhân).' : c.content}
              {c.conclusion ? ` Kết luận: ${c.conclusion}` : ''}
            </Text>
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
