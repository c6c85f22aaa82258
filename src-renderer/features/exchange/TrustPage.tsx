import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import type { TrustedKeyRow } from '../../../src-shared/api';
import { invoke } from '../../api';
import { notifyError } from '../../app/notify';
import { PageFrame } from '../../app/PageFrame';
import { useAppStore } from '../../app/store';
import { T } from '../../app/strings';
import { AddKeyModal } from './AddKeyModal';
import { AnnouncedKeys } from './AnnouncedKeys';
import { IssuePanel } from './IssuePanel';
import { OwnKeyPanel } from './OwnKeyPanel';
import { TrustedKeysTable } from './TrustedKeysTable';

/** "Khóa và tin cậy": this unit's key, the keys it trusts, and (province) the lists it issues. */
export function TrustPage() {
  const isProvince = useAppStore((s) => s.installation?.level === 'province');
  const [rows, setRows] = useState<TrustedKeyRow[] | null>(null);
  const [adding, setAdding] = useState(false);

  const load = useCallback(() => {
    invoke('trust.list', {})
      .then(setRows)
      .catch((e: unknown) => notifyError(e, T.loadFailed));
  }, []);
  useEffect(load, [load]);

  return (
    <PageFrame title="Khóa và tin cậy">
      <Stack gap="md" style={{ overflowY: 'auto', flex: 1, minHeight: 0 }} pb="md">
        <OwnKeyPanel />
        <AnnouncedKeys onChanged={load} />
        <Paper withBorder p="md">
          <Group justify="space-between" mb="xs">
            <div>
              <Text fw={600}>Khóa tin cậy</Text>
              <Text size="sm" c="dimmed">
                Chỉ nhận gói có chữ ký của các khóa dưới đây.
              </Text>
            </div>
            <Button onClick={() => setAdding(true)}>Thêm khóa tin cậy</Button>
          </Group>
          <TrustedKeysTable rows={rows} onChanged={load} />
        </Paper>
        {isProvince && <IssuePanel />}
      </Stack>
      {adding && (
        <AddKeyModal
          trusted={rows ?? []}
          onClose={() => setAdding(false)}
          onAdded={() => {
            setAdding(false);
            load();
          }}
        />
      )}
    </PageFrame>
  );
}
