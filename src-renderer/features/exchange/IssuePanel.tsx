import { Button, Group, NumberInput, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { WrittenPackageRow } from '../../../src-shared/api';
import { invoke } from '../../api';
import { notifyError, notifySuccess } from '../../app/notify';
import { OutDirInput } from './OutDirInput';
import { useOutDir } from './useOutDir';
import { WrittenFiles } from './WrittenFiles';

type What = 'trustList.issue' | 'reference.issue';
const WHAT: Record<What, string> = { 'trustList.issue': 'danh sách khóa', 'reference.issue': 'danh mục đơn vị' };

/** Province mode: sign and write the trust list and the unit directory for every unit. */
export function IssuePanel() {
  const [outDir, setOutDir] = useOutDir();
  const [days, setDays] = useState<number | string>(365);
  const [busy, setBusy] = useState<What | null>(null);
  const [issued, setIssued] = useState<{ what: What; version: number; files: WrittenPackageRow[] } | null>(null);

  const issue = async (what: What) => {
    setBusy(what);
    try {
      const r = await invoke(what, { outDir: outDir.trim(), expiresDays: Number(days) || 365 });
      setIssued({ what, ...r });
      notifySuccess(`Đã phát hành ${WHAT[what]} phiên bản ${r.version}`);
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Paper withBorder p="md">
      <Text fw={600}>Phát hành cho các đơn vị (cấp tỉnh)</Text>
      <Text size="sm" c="dimmed" mb="xs">
        Danh sách khóa giúp các đơn vị tin cậy lẫn nhau qua xác nhận của tỉnh; danh mục đơn vị giữ mã và tên đơn vị thống
        nhất. Gửi các tệp này cho mọi đơn vị.
      </Text>
      <Stack gap="sm">
        <Group align="flex-end" wrap="nowrap">
          <OutDirInput value={outDir} onChange={setOutDir} />
          <NumberInput
            label="Số ngày hiệu lực"
            value={days}
            onChange={setDays}
            min={1}
            max={3650}
            allowDecimal={false}
            w={150}
          />
          <Button onClick={() => void issue('trustList.issue')} loading={busy === 'trustList.issue'} disabled={!!busy && busy !== 'trustList.issue'}>
            Phát hành danh sách khóa
          </Button>
          <Button
            variant="default"
            onClick={() => void issue('reference.issue')}
            loading={busy === 'reference.issue'}
            disabled={!!busy && busy !== 'reference.issue'}
          >
            Phát hành danh mục đơn vị
          </Button>
        </Group>
        {issued && (
          <>
            <Text size="sm">
              Đã phát hành {WHAT[issued.what]} phiên bản {issued.version}:
            </Text>
            <WrittenFiles files={issued.files} label="Tệp đã phát hành" />
          </>
        )}
      </Stack>
    </Paper>
  );
}
