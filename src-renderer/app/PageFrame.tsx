import { Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A screen: title and actions on one line, then content that fills the remaining height. */
export function PageFrame({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <Stack gap="sm" style={{ flex: 1, minHeight: 0, minWidth: 0 }}>
      <Group justify="space-between" wrap="nowrap">
        <Title order={2} size="h3">
          {title}
        </Title>
        {actions && (
          <Group gap="xs" wrap="nowrap">
            {actions}
          </Group>
        )}
      </Group>
      {children}
    </Stack>
  );
}
