import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { ApiError, invoke } from '../api';
import { notifyError, notifySuccess } from './notify';
import { useAppStore } from './store';
import { T } from './strings';

/** Changes the clerk's name written in the audit log (setup.setClerk). */
export function ClerkModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const installation = useAppStore((s) => s.installation);
  const setInstallation = useAppStore((s) => s.setInstallation);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (opened) {
      setName(installation?.clerkName ?? '');
      setError(null);
    }
  }, [opened, installation]);

  const save = async () => {
    if (!name.trim()) return setError('Vui lòng nhập họ tên cán bộ.');
    setBusy(true);
    try {
      setInstallation(await invoke('setup.setClerk', { clerkName: name }));
      notifySuccess(T.saved);
      onClose();
    } catch (e) {
      if (e instanceof ApiError) setError(e.fieldMessages().clerkName ?? e.message);
      else notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Cán bộ đang làm việc">
      <Stack>
        <Text size="sm" c="dimmed">
          Họ tên này được ghi vào nhật ký của mọi thay đổi từ nay về sau.
        </Text>
        <TextInput
          label="Họ tên cán bộ"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={error}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {T.cancel}
          </Button>
          <Button onClick={save} loading={busy}>
            {T.save}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
