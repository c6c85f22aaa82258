import { Badge, CloseButton, Group, Paper, SegmentedControl, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { nfc } from '../../../src-shared/text';
import { errorMessage, invoke } from '../../api';

export interface PickedSubject {
  type: 'person' | 'collective';
  id: string;
  name: string;
}

/** Who the letter is about: search people or collectives of the registry, click to add; chips to remove. */
export function SubjectPicker(props: { value: PickedSubject[]; onChange: (v: PickedSubject[]) => void; error?: string }) {
  const [type, setType] = useState<'person' | 'collective'>('person');
  const [typed, setTyped] = useState('');
  const [debounced] = useDebouncedValue(typed, 150);
  const [found, setFound] = useState<{ id: string; name: string; detail: string }[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    const query = nfc(debounced.trim());
    if (!query) {
      setFound([]);
      return;
    }
    const run = type === 'person'
      ? invoke('people.search', { query, offset: 0, limit: 8 }).then((r) => r.items.map((p) => ({ id: p.id, name: p.fullName, detail: [p.position, p.unitName].filter(Boolean).join(', ') })))
      : invoke('collectives.list', { query, offset: 0, limit: 8 }).then((r) => r.items.map((c) => ({ id: c.id, name: c.name, detail: c.unitName ?? '' })));
    run.then((items) => alive && (setFound(items), setProblem(null))).catch((e: unknown) => alive && setProblem(errorMessage(e)));
    return () => {
      alive = false;
    };
  }, [debounced, type]);

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
