import { Alert, Button, Group, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { invoke } from '../../api';
import { useAppStore } from '../../app/store';

/** Shown above every screen when the database failed its integrity check and is open read-only. */
export function DamagedBanner() {
  const [message, setMessage] = useState<string | null>(null);
  const setPage = useAppStore((s) => s.setPage);
  useEffect(() => {
    invoke('backup.status', {})
      .then((s) => setMessage(s.damaged ? s.message : null))
      .catch(() => setMessage(null));
  }, []);
  if (!message) return null;
  return (
    <Alert color="red" title="Dữ liệu bị hỏng: chỉ xem, không ghi được" role="alert" mb="sm">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm">{message}</Text>
        <Button color="red" onClick={() => setPage('backup')} style={{ flexShrink: 0 }}>
          Mở Sao lưu và khôi phục
        </Button>
      </Group>
    </Alert>
  );
}
