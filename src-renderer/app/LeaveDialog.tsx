import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useUnsavedStore } from './unsaved';

/**
 * The one question asked before unsaved changes are left behind (another screen, closing a
 * form): stay, leave keeping the draft (it comes back when the form is opened again), or
 * leave and throw the changes away. Mounted once, in the shell.
 */
export function LeaveDialog() {
  const leaving = useUnsavedStore((s) => s.leaving);
  const forms = useUnsavedStore((s) => s.forms);
  const cancel = useUnsavedStore((s) => s.cancelLeave);
  const [busy, setBusy] = useState(false);
  const dirty = (leaving?.keys ?? []).map((k) => forms[k]).filter((f) => !!f);

  const go = async (how: 'keep' | 'discard') => {
    if (!leaving) return;
    setBusy(true);
    try {
      await Promise.all(dirty.map((f) => (how === 'keep' ? f.flush() : f.discard())));
    } finally {
      setBusy(false);
      cancel();
      leaving.proceed();
    }
  };

  return (
    <Modal opened={!!leaving} onClose={cancel} title="Có thay đổi chưa lưu" centered size={560} zIndex={400}>
      <Stack gap="sm">
        <Text size="sm">Những biểu mẫu sau có thay đổi chưa được lưu:</Text>
        <List size="sm">
          {dirty.map((f) => (
            <List.Item key={f.label}>{f.label}</List.Item>
          ))}
        </List>
        <Text size="sm" c="dimmed">
          Nếu rời đi và giữ bản nháp, nội dung đã nhập sẽ hiện lại khi mở lại biểu mẫu; bản ghi chưa thay đổi cho đến khi bấm “Lưu”.
        </Text>
        <Group justify="flex-end" gap="xs" mt="xs">
          <Button color="red" variant="subtle" onClick={() => void go('discard')} disabled={busy}>
            Bỏ thay đổi
          </Button>
          <Button variant="default" onClick={() => void go('keep')} loading={busy}>
            Rời đi, giữ bản nháp
          </Button>
          <Button onClick={cancel} data-autofocus>
            Tiếp tục sửa
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
