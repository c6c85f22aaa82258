import { Alert, Badge, Button, Group, Paper, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ApiOutput, HistoryEntry } from '../../src-shared/api';
import { errorMessage, invoke } from '../api';
import { useUnitOptions } from '../features/units/useUnitOptions';
import { ConfirmDialog } from './ConfirmDialog';
import { formatDateTime } from './format';
import { actionLabel, fieldLabel, formatValue } from './historyLabels';
import { notifyError, notifySuccess } from './notify';
import { T } from './strings';

/**
 * "Lịch sử thay đổi" of one record: who changed what and when, field by field (from the audit
 * trail), with "Khôi phục phiên bản này" on earlier versions: a new version, recorded in the
 * history too. A copy received from another unit shows its history without the button.
 */
export function HistoryPanel(props: { type: string; id: string; names?: Record<string, string>; onRestored: () => void }) {
  const [data, setData] = useState<ApiOutput<'history.list'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState<HistoryEntry | null>(null);
  const [busy, setBusy] = useState(false);
  // Units are named wherever an id of one was changed (a person's unit, a unit's parent…).
  const { units } = useUnitOptions();
  const names = useMemo(() => ({ ...Object.fromEntries(units.map((u) => [u.id, u.name])), ...props.names }), [units, props.names]);

  const load = useCallback(() => {
    invoke('history.list', { type: props.type, id: props.id })
      .then(setData)
      .catch((e: unknown) => setError(errorMessage(e)));
  }, [props.type, props.id]);
  useEffect(load, [load]);

  const restore = async (e: HistoryEntry) => {
    setBusy(true);
    try {
      await invoke('history.restore', { type: props.type, id: props.id, seq: e.seq });
      notifySuccess(`Đã khôi phục phiên bản lúc ${formatDateTime(e.at)}`);
      setAsking(null);
      props.onRestored();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  if (error) return <Alert color="red" title={T.loadFailed}>{error}</Alert>;
  if (!data) return <Text c="dimmed">{T.loading}</Text>;
  return (
    <Stack gap="sm">
      {data.reason && (
        <Text size="sm" c="dimmed">
          {data.reason}
        </Text>
      )}
      <ScrollArea.Autosize mah={460} type="auto" offsetScrollbars="present">
        <Stack gap="xs">
          {data.entries.map((e, i) => (
            <Paper key={e.seq} withBorder p="xs" data-testid="history-entry">
              <Group justify="space-between" wrap="nowrap" mb={e.changes.length ? 4 : 0}>
                <Group gap="xs" wrap="nowrap">
                  <Badge variant="light" color={e.action === 'delete' ? 'red' : e.restoredFrom ? 'grape' : 'blue'}>
                    {actionLabel(e.action, e.note)}
                  </Badge>
                  <Text size="sm">
                    {formatDateTime(e.at)} · {e.actor}
                    {e.rev !== null && <Text span c="dimmed"> · phiên bản {e.rev}</Text>}
                  </Text>
                  {i === 0 && <Badge variant="outline" color="gray">Hiện tại</Badge>}
                </Group>
                {i > 0 && e.restorable && data.canRestore && (
                  <Button size="compact-sm" variant="light" onClick={() => setAsking(e)}>
                    Khôi phục phiên bản này
                  </Button>
                )}
              </Group>
              {e.changes.length > 0 && (
                <Table withRowBorders={false} verticalSpacing={2} fz="sm">
                  <Table.Tbody>
                    {e.changes.map((c) => (
                      <Table.Tr key={c.field}>
                        <Table.Td w={200} c="dimmed">{fieldLabel(c.field)}</Table.Td>
                        <Table.Td>
                          {e.action !== 'create' && (
                            <>
                              <Text span td="line-through" c="dimmed">{formatValue(c.field, c.before, names)}</Text>
                              {' → '}
                            </>
                          )}
                          {formatValue(c.field, c.after, names)}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Paper>
          ))}
          {!data.entries.length && <Text c="dimmed">Chưa có thay đổi nào được ghi lại.</Text>}
        </Stack>
      </ScrollArea.Autosize>
      <ConfirmDialog
        opened={!!asking}
        title="Khôi phục phiên bản này?"
        message={`Các thông tin của bản ghi sẽ trở lại như sau lần thay đổi lúc ${asking ? formatDateTime(asking.at) : ''}. Việc khôi phục được ghi thành một phiên bản mới trong lịch sử, có thể khôi phục lại.`}
        confirmLabel="Khôi phục"
        busy={busy}
        onConfirm={() => asking && void restore(asking)}
        onCancel={() => setAsking(null)}
      />
    </Stack>
  );
}
