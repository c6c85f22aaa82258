import { Alert, Badge, Button, Center, Checkbox, Group, Modal, ScrollArea, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { nfc } from '../../../src-shared/text';
import { errorMessage, invoke } from '../../api';
import { formatBirth, formatCount } from '../../app/format';
import { notifySuccess } from '../../app/notify';
import { T } from '../../app/strings';

const LIMIT = 50;

interface Candidate {
  id: string;
  name: string;
  cells: string[];
}

const COLUMNS = {
  person: { title: 'Thêm cá nhân vào hồ sơ', name: 'Họ và tên', cells: ['Ngày sinh', 'Chức vụ', 'Đơn vị'], noun: 'người' },
  collective: { title: 'Thêm tập thể vào hồ sơ', name: 'Tên tập thể', cells: ['Số thành viên', 'Đơn vị'], noun: 'tập thể' },
} as const;

async function search(kind: 'person' | 'collective', query: string): Promise<{ total: number; items: Candidate[] }> {
  if (kind === 'person') {
    const r = await invoke('people.search', { query, offset: 0, limit: LIMIT });
    return { total: r.total, items: r.items.map((p) => ({ id: p.id, name: p.fullName, cells: [formatBirth(p.birthDate, p.birthYear), p.position, p.unitName ?? ''] })) };
  }
  const r = await invoke('collectives.list', { query, offset: 0, limit: LIMIT });
  return { total: r.total, items: r.items.map((c) => ({ id: c.id, name: c.name, cells: [formatCount(c.memberCount), c.unitName ?? ''] })) };
}

/**
 * "Thêm cá nhân" / "Thêm tập thể": instant search, ticks kept across searches; those already in
 * the dossier are marked and cannot be picked again.
 */
export function NomineePicker(props: { kind: 'person' | 'collective'; dossierId: string; listed: Set<string>; onClose: () => void; onAdded: () => void }) {
  const c = COLUMNS[props.kind];
  const [typed, setTyped] = useState('');
  const [debounced] = useDebouncedValue(typed, 120);
  const query = nfc(debounced.trim());
  const [found, setFound] = useState<{ total: number; items: Candidate[]; query: string } | null>(null);
  const [picked, setPicked] = useState<Map<string, Candidate>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let alive = true;
    search(props.kind, query)
      .then((r) => alive && setFound({ ...r, query }))
      .catch((e: unknown) => alive && setError(errorMessage(e)));
    return () => {
      alive = false;
    };
  }, [props.kind, query]);

  const toggle = (x: Candidate, on: boolean) => {
    if (props.listed.has(x.id)) return;
    setError(null);
    setPicked((m) => {
      const next = new Map(m);
      if (on) next.set(x.id, x);
      else next.delete(x.id);
      return next;
    });
  };

  const add = async () => {
    setBusy(true);
    setError(null);
    let added = 0;
    try {
      for (const x of picked.values()) {
        await invoke('dossiers.addNominee', { dossierId: props.dossierId, subjectType: props.kind, subjectId: x.id, summary: '' });
        added++;
      }
      notifySuccess(`Đã thêm ${formatCount(added)} ${c.noun} vào hồ sơ`);
      props.onAdded();
    } catch (e) {
      setError(`${added ? `Đã thêm ${added} ${c.noun}; ` : ''}${errorMessage(e)}`);
      setBusy(false);
      if (added) props.onAdded();
    }
  };

  return (
    <Modal opened onClose={props.onClose} title={c.title} size={880} closeOnClickOutside={false}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" wrap="nowrap">
          <TextInput
            label="Tìm theo tên"
            placeholder="Gõ tên, có dấu hoặc không dấu"
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            w={360}
            type="search"
            autoComplete="off"
            data-autofocus
          />
          <Text size="sm" c="dimmed" data-testid="picker-count" data-query={found?.query}>
            {found ? `${formatCount(found.total)} ${c.noun}` : T.loading}
            {found && found.total > LIMIT ? ` (hiện ${LIMIT} đầu tiên; gõ tên để thu hẹp)` : ''}
          </Text>
        </Group>
        <ScrollArea h={300} type="auto" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-sm)' }}>
          <Table stickyHeader layout="fixed" verticalSpacing={4} highlightOnHover aria-label={`Kết quả tìm ${c.noun}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={44} />
                <Table.Th>{c.name}</Table.Th>
                {c.cells.map((h) => (
                  <Table.Th key={h} w={h === 'Ngày sinh' || h === 'Số thành viên' ? 120 : undefined}>
                    {h}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {found?.items.map((x) => {
                const listed = props.listed.has(x.id);
                return (
                  <Table.Tr key={x.id} data-testid="picker-row" onClick={() => toggle(x, !picked.has(x.id))} style={{ cursor: listed ? 'default' : 'pointer' }}>
                    <Table.Td>
                      <Checkbox
                        aria-label={`Chọn ${x.name}`}
                        checked={listed || picked.has(x.id)}
                        disabled={listed}
                        onChange={(e) => toggle(x, e.currentTarget.checked)}
                        onClick={(e) => e.stopPropagation()}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm" fw={500} truncate="end" title={x.name}>
                          {x.name}
                        </Text>
                        {listed && (
                          <Badge size="sm" variant="light" color="gray" style={{ flex: 'none' }}>
                            Đã có trong hồ sơ
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    {x.cells.map((v, i) => (
                      <Table.Td key={i}>
                        <Text size="sm" truncate="end" title={v}>
                          {v}
                        </Text>
                      </Table.Td>
                    ))}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          {found?.items.length === 0 && (
            <Center py="xl">
              <Text c="dimmed">{T.noResults}</Text>
            </Center>
          )}
        </ScrollArea>
        <Text size="sm" lineClamp={1} data-testid="picked-count">
          Đã chọn <b>{formatCount(picked.size)}</b> {c.noun}
          {picked.size ? `: ${[...picked.values()].map((x) => x.name).join(', ')}` : ''}
        </Text>
        {error && (
          <Alert color="red" role="alert" py={8}>
            {error}
          </Alert>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={props.onClose} disabled={busy}>
            {T.cancel}
          </Button>
          <Button onClick={() => void add()} disabled={picked.size === 0} loading={busy}>
            Thêm {formatCount(picked.size)} {c.noun}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
