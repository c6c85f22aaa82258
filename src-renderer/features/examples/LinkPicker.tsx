import { Badge, CloseButton, Group, Paper, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useSubjectSearch } from '../people/useSubjectSearch';

export interface Linked {
  id: string;
  name: string;
}

/** The person (or collective) a typical example is: search the registry by name, click to choose; the chip removes it. */
export function LinkPicker(props: { type: 'person' | 'collective'; value: Linked | null; onChange: (v: Linked | null) => void; error?: string }) {
  const [typed, setTyped] = useState('');
  const { found, problem } = useSubjectSearch(props.type, typed);
  const label = props.type === 'person' ? 'Cá nhân' : 'Tập thể';

  if (props.value) {
    return (
      <Stack gap={4}>
        <Text size="sm" fw={500}>{label}</Text>
        <Group>
          <Badge variant="light" size="lg" tt="none" data-testid="linked-subject"
            rightSection={<CloseButton size="xs" aria-label={`Bỏ chọn ${props.value.name}`} onClick={() => props.onChange(null)} />}>
            {props.value.name}
          </Badge>
        </Group>
        {props.error && <Text size="xs" c="red">{props.error}</Text>}
      </Stack>
    );
  }
  return (
    <Stack gap={4}>
      <TextInput label={label} withAsterisk type="search" placeholder={`Gõ tên ${label.toLowerCase()}, có dấu hoặc không dấu`} aria-label={`Tìm ${label.toLowerCase()} theo tên`}
        value={typed} onChange={(e) => setTyped(e.currentTarget.value)} error={problem ?? props.error} />
      {found.length > 0 && (
        <Paper withBorder radius="sm" p={4}>
          {found.map((x) => (
            <UnstyledButton key={x.id} onClick={() => (props.onChange({ id: x.id, name: x.name }), setTyped(''))} style={{ display: 'block', width: '100%', padding: '4px 8px' }} aria-label={`Chọn ${x.name}`}>
              <Text size="sm" span fw={500}>{x.name}</Text>
              {x.detail && <Text size="xs" c="dimmed" span>{` — ${x.detail}`}</Text>}
            </UnstyledButton>
          ))}
        </Paper>
      )}
    </Stack>
  );
}
