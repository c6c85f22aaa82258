import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ApiOutput } from '../../../src-shared/api';
import { formatCount, formatDateTime } from '../../app/format';
import { ApiError, errorMessage, invoke } from '../../api';
import { notifySuccess } from '../../app/notify';
import { useAppStore } from '../../app/store';

type DemoStatus = ApiOutput<'demo.status'>;

/**
 * "Đang dùng dữ liệu mẫu": shown on every screen while the wizard's sample data is in the
 * database, with "Xóa dữ liệu mẫu…" — what goes, what stays, confirmed before anything is removed.
 */
export function DemoBanner() {
  const page = useAppStore((s) => s.page);
  const setPage = useAppStore((s) => s.setPage);
  const [status, setStatus] = useState<DemoStatus | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = () => {
    invoke('demo.status', {}).then(setStatus, () => setStatus(null));
  };
  useEffect(load, [page]);

  if (!status?.active) return null;

  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await invoke('demo.remove', {});
      notifySuccess(`Đã xóa dữ liệu mẫu (${formatCount(r.removed)} bản ghi).`);
      setConfirming(false);
      setStatus(null);
      setPage('home');
      load();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Alert color="yellow" variant="filled" py={6} radius={0} data-testid="demo-banner" title={null}>
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Text size="sm" fw={600} c="dark.8">
            Đang dùng dữ liệu mẫu: các đơn vị, cá nhân, hồ sơ tạo lúc {formatDateTime(status.createdAt)} là giả định để dùng thử, không phải số
            liệu thật.
          </Text>
          <Button size="compact-sm" color="dark" variant="white" style={{ flex: 'none' }} onClick={() => { load(); setConfirming(true); }}>
            Xóa dữ liệu mẫu…
          </Button>
        </Group>
      </Alert>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="Xóa dữ liệu mẫu" size={620} closeOnClickOutside={false}>
        <Stack gap="sm">
          <List size="sm" spacing={4}>
            <List.Item>
              Sẽ xóa <b>{formatCount(status.sample)} bản ghi mẫu</b> (đơn vị, cá nhân, tập thể, đăng ký, hồ sơ, sáng kiến, kiểm tra mẫu và các dòng đi
              kèm) trong một lần: hoặc xóa hết, hoặc không xóa gì.
            </List.Item>
            <List.Item>
              {status.later
                ? `${formatCount(status.later)} bản ghi bạn nhập sau khi tạo dữ liệu mẫu được giữ nguyên.`
                : 'Bạn chưa nhập thêm bản ghi nào sau khi tạo dữ liệu mẫu.'}
            </List.Item>
            <List.Item>
              Người ký và hội đồng mẫu trong “Thiết lập văn bản” được trả lại như trước (nếu bạn chưa sửa). Đơn vị của bạn, khóa ký và lịch sử thao
              tác được giữ nguyên.
            </List.Item>
          </List>
          {status.tangled.length > 0 && (
            <Alert color="orange" data-testid="demo-tangled">
              Chưa xóa được: còn {status.tangled.join(', ')} do bạn nhập có dùng đến dữ liệu mẫu (ví dụ cá nhân thuộc một tập thể mẫu). Hãy sửa hoặc
              xóa các bản ghi đó trước.
            </Alert>
          )}
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)} disabled={busy}>
              Hủy
            </Button>
            <Button color="red" onClick={() => void remove()} loading={busy} disabled={status.tangled.length > 0}>
              Xóa {formatCount(status.sample)} bản ghi mẫu
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
