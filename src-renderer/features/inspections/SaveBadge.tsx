import { Text } from '@mantine/core';
import { SAVE_TEXT, type SaveState } from './useAutosave';

/** "Đang lưu…" / "Đã lưu" / "Chưa lưu được" beside what is being saved. */
export function SaveBadge({ state, error }: { state: SaveState; error?: string | null }) {
  if (state === 'idle') return null;
  const color = state === 'error' ? 'red' : state === 'saved' ? 'teal' : 'dimmed';
  return (
    <Text size="xs" c={color} fw={state === 'saved' ? 600 : 400} data-testid="save-state" data-state={state} title={error ?? undefined} style={{ flex: 'none' }}>
      {state === 'saved' ? '✓ ' : ''}
      {SAVE_TEXT[state]}
    </Text>
  );
}
