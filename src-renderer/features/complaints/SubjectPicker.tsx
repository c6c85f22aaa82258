import { Badge, CloseButton, Group, Paper, SegmentedControl, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useSubjectSearch } from '../people/useSubjectSearch';

export interface PickedSubject {
  type: 'person' | 'collective';
  id: string;
  name: string;
}

/** Who the letter is about: search people or collectives of the registry, click to add; chips to remove. */
export function SubjectPicker(props: { value: PickedSubject[]; onChange: (v: PickedSubject[]) => void; error?: string }) {
  const [type, setType] = useState<'person' | 'collective'>('person');
  const [typed, setTyped] = useState('');
  const { found, problem } = useSubjectSearch(type, typed);

  const picked = new Set(props.value.map((s) => s.id));
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        Cá nhân, tập thể bị khiếu nại, tố cáo <span style={{ color: 'var(--mantine-color-red-6)' }}>*</span>
      </Text>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <SegmentedControl size="xs" value={type} onChange={(v) => setType(v as 'person' | 'collective')} data={[{ value: 'person', label: 'Cá nhân' }, { value: 'collective', label: 'Tập thể' }]} />
        <TextInput
          style={{ flex: 1 }}
          size="xs"
          type="search"
          aria-label={type === 'person' ? 'Tìm cá nhân theo tên' : 'Tìm tập thể theo tên'}
          placeholder={type === 'person' ? 'Gõ tên cá nhân, có dấu hoặc không dấu' : 'Gõ tên tập thể'}
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          error={problem ?? props.error}
        />
      </Group>
      {found.length > 0 && (
        <Paper withBorder radius="sm" p={4} data-testid="subject-results">
          {found.map((x) => (
            <UnstyledButton
              key={x.id}
              disabled={picked.has(x.id)}
              onClick={() => {
                props.onChange([...props.value, { type, id: x.id, name: x.name }]);
                setTyped('');
              }}
              style={{ display: 'block', width: '100%', padding: '4px 8px', opacity: picked.has(x.id) ? 0.5 : 1 }}
              aria-label={`Chọn ${x.name}`}
            >
              <Text size="sm" span fw={500}>{x.name}</Text>
              {x.detail && <Text size="xs" c="dimmed" span>{` — ${x.detail}`}</Text>}
            </UnstyledButton>
          ))}
        </Paper>
      )}
      <Group gap={6}>
        {props.value.map((s) => (
          <Badge key={s.id} variant="light" size="lg" tt="none" data-testid="picked-subject"
            rightSection={<CloseButton size="xs" aria-label={`Bỏ ${s.name}`} onClick={() => props.onChange(props.value.filter((x) => x.id !== s.id))} />}>
            {s.type === 'collective' ? 'Tập thể: ' : ''}{s.name}
          </Badge>
        ))}
      </Group>
    </Stack>
  );
}
