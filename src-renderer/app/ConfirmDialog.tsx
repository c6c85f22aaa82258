import { Button, Group, Modal, Text } from '@mantine/core';
import { T } from './strings';

/** A yes/no question before a destructive action ("Xóa cá nhân này?"). */
export function ConfirmDialog(props: {
  opened: boolean;
  title: string;
  message: string;
  confirmLabel?: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <Modal opened={props.opened} onClose={props.onCancel} title={props.title} centered size="sm">
      <Text size="sm">{props.message}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={props.onCancel} data-autofocus>
          {T.cancel}
        </Button>
        <Button color="red" onClick={props.onConfirm} loading={props.busy}>
          {props.confirmLabel ?? T.delete}
        </Button>
      </Group>
    </Modal>
  );
}
