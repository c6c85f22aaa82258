import { Alert, Button, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { invoke } from '../../api';
import { notifyError } from '../../app/notify';

/**
 * After setup: "Tạo dữ liệu mẫu để dùng thử" — the demo (a province, ten communes, people,
 * a year of work), clearly marked as sample data for trying the app on a practice installation.
 */
export function DemoOffer() {
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<string | null>(null);
  const create = async () => {
    setBusy(true);
    try {
      setSummary((await invoke('demo.create', { people: 300 })).summary);
    } catch (e) {
      notifyError(e, 'Không tạo được dữ liệu mẫu');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper withBorder p="md" radius="sm" bg="yellow.0" aria-label="Dữ liệu mẫu để dùng thử">
      <Stack gap="xs">
        <Text fw={600}>Dùng thử với dữ liệu mẫu (không bắt buộc)</Text>
        <Text size="sm">
          Tạo sẵn DỮ LIỆU MẪU — tên người, đơn vị, hồ sơ đều là giả định — để tập làm quen các màn hình. Chỉ dùng trên máy hoặc thư mục dữ liệu
          để tập; không gửi dữ liệu mẫu lên cấp trên. Làm việc thật thì bỏ qua bước này.
        </Text>
        {summary ? (
          <Alert color="green" title="Đã tạo dữ liệu mẫu" data-testid="demo-done">
            {summary}
          </Alert>
        ) : (
          <Button variant="light" color="yellow.8" w="fit-content" loading={busy} onClick={() => void create()}>
            Tạo dữ liệu mẫu để dùng thử
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
