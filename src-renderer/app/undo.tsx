import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { notifyError, notifySuccess } from './notify';

/** How long "Hoàn tác" stays on screen after a removal. */
export const UNDO_MS = 10_000;

/**
 * "Đã bỏ … — Hoàn tác": the green notice after a removal, with a button that puts it back
 * through the service (one transaction, audited) for ten seconds.
 */
export function notifyUndo(message: string, undo: () => Promise<unknown>, onUndone: () => void): void {
  const id = notifications.show({
    color: 'green',
    autoClose: UNDO_MS,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm" data-testid="undo-notice">
        <Text size="sm">{message}</Text>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => {
            notifications.hide(id);
            undo()
              .then(() => {
                notifySuccess('Đã hoàn tác');
                onUndone();
              })
              .catch((e: unknown) => notifyError(e, 'Chưa hoàn tác được'));
          }}
        >
          Hoàn tác
        </Button>
      </Group>
    ),
  });
}
