import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { T } from './strings';

/**
 * The foot of every record form: "Xóa" on the left for an existing record, "Hủy" and "Lưu" on
 * the right (Lưu submits the form); a read-only copy gets only "Đóng".
 */
export function FormButtons(props: {
  readOnly: boolean;
  canDelete: boolean;
  busy: boolean;
  onDelete: () => void;
  onClose: () => void;
  /** More actions on the left, after "Xóa" (e.g. "Lịch sử thay đổi"). */
  extra?: ReactNode;
}) {
  const { readOnly, canDelete, busy, onDelete, onClose, extra } = props;
  if (readOnly) {
    return (
      <Group justify="flex-end" mt="sm">
        <Button variant="default" onClick={onClose}>
          {T.close}
        </Button>
      </Group>
    );
  }
  return (
    <Group justify="space-between" mt="sm">
      <Group gap="xs">
        {canDelete && (
          <Button color="red" variant="light" onClick={onDelete} disabled={busy}>
            {T.delete}
          </Button>
        )}
        {extra}
      </Group>
      <Group gap="xs">
        <Button variant="default" onClick={onClose} disabled={busy}>
          {T.cancel}
        </Button>
        <Button type="submit" loading={busy}>
          {T.save}
        </Button>
      </Group>
    </Group>
  );
}
