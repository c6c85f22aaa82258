import { Alert, Badge, Button, Center, Checkbox, Group, Modal, ScrollArea, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { Person } from '../../../src-shared/api';
import { nfc } from '../../../src-shared/text';
import { errorMessage, invoke } from '../../api';
import { formatBirth, formatCount } from '../../app/format';
import { notifySuccess } from '../../app/notify';
import { T } from '../../app/strings';
import { DEFAULT_INDIVIDUAL_TITLE, INDIVIDUAL_TITLE_OPTIONS } from './labels';

const LIMIT = 50;

/**
 * "Thêm từ danh sách": instant search over the people of this installation, ticks kept across
 * searches, one title for everyone picked. All are added or none (a person already in the
 * list is refused with their name).
 */
export function PeoplePicker(props: { registrationId: string; listed: Set<string>; onClose: () => void; onAdded: () => void }) {
  const [typed, setTyped] = useState('');
  const [debounced] = useDebouncedValue(typed, 120);
  const query = nfc(debounced.trim());
  const [found, setFound] = useState<{ total: number; items: Person[]; query: string } | null>(null);
  const [picked, setPicked] = useState<Map<string, Person>>(new Map());
  const [title, setTitle] = useState<string>(DEFAULT_INDIVIDUAL_TITLE);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let alive = true;
    invoke('people.search', { query, offset: 0, limit: LIMIT })
      .then((r) => alive && setFound({ ...r, query }))
      .catch((e: unknown) => alive && setError(errorMessage(e)));
    return () => {
      alive = false;
    };
  }, [query]);

  const toggle = (p: Person, on: boolean) => {
    setError(null);
    setPicked((m) => {
      const next = new Map(m);
      if (on) next.set(p.id, p);
      else next.delete(p.id);
      return next;
    });
  };

  const alreadyListed = [...picked.keys()].filter((id) => props.listed.has(id));
  const dropListed = () => {
    setPicked((m) => new Map([...m].filter(([id]) => !props.listed.has(id))));
    setError(null);
  };

  const add = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await invoke('registrations.addEntries', {
        registrationId: props.registrationId,
        entries: [...picked.keys()].map((personId) => ({ personId, title, note: '' })),
      });
      notifySuccess(`Đã thêm ${formatCount(r.added)} người vào danh sách đăng ký`);
      props.onAdded();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={props.onClose} title="Thêm cá nhân từ danh sách" size={920} closeOnClickOutside={false}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" wrap="nowrap">
          <TextInput
            label={T.searchByName}
            placeholder="Gõ tên, có dấu hoặc không dấu"
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            w={360}
            type="search"
            autoComplete="off"
            data-autofocus
          />
          <Text size="sm" c="dimmed" data-testid="picker-count" data-query={found?.query}>
            {found ? `${formatCount(found.total)} người` : T.loading}
            {found && found.total > LIMIT ? ` (hiện ${LIMIT} người đầu; gõ tên để thu hẹp)` : ''}
          </Text>
        </Group>
        <ScrollArea h={300} type="auto" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-sm)' }}>
          <Table stickyHeader layout="fixed" verticalSpacing={4} highlightOnHover aria-label="Kết quả tìm cá nhân">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={44} />
                <Table.Th>Họ và tên</Table.Th>
                <Table.Th w={110}>Ngày sinh</Table.Th>
                <Table.Th>Chức vụ</Table.Th>
                <Table.Th>Đơn vị</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {found?.items.map((p) => (
                <Table.Tr key={p.id} data-testid="picker-row" onClick={() => toggle(p, !picked.has(p.id))} style={{ cursor: 'pointer' }}>
                  <Table.Td>
                    <Checkbox
                      aria-label={`Chọn ${p.fullName}`}
                      checked={picked.has(p.id)}
                      onChange={(e) => toggle(p, e.currentTarget.checked)}
                      onClick={(e) => e.stopPropagation()}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" fw={500} truncate="end" title={p.fullName}>
                        {p.fullName}
                      </Text>
                      {props.listed.has(p.id) && (
                        <Badge size="sm" variant="light" color="gray" style={{ flex: 'none' }}>
                          Đã có
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{formatBirth(p.birthDate, p.birthYear)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" truncate="end">
                      {p.position}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" truncate="end">
                      {p.unitName ?? ''}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {found?.items.length === 0 && (
            <Center py="xl">
              <Text c="dimmed">{T.noResults}</Text>
            </Center>
          )}
        </ScrollArea>
        <Text size="sm" lineClamp={1} data-testid="picked-count" title={[...picked.values()].map((p) => p.fullName).join(', ')}>
          Đã chọn <b>{formatCount(picked.size)}</b> người{picked.size ? `: ${[...picked.values()].map((p) => p.fullName).join(', ')}` : ''}
        </Text>
        {error && (
          <Alert color="red" role="alert" title="Chưa thêm được, danh sách không thay đổi" py={8}>
            <Text size="sm">{error}</Text>
            {alreadyListed.length > 0 && (
              <Button size="xs" mt={6} variant="white" color="red" onClick={dropListed}>
                Bỏ chọn {formatCount(alreadyListed.length)} người đã có trong danh sách
              </Button>
            )}
          </Alert>
        )}
        <Group justify="space-between" align="flex-end" wrap="nowrap">
          <Select
            label="Danh hiệu đăng ký cho người đã chọn"
            data={INDIVIDUAL_TITLE_OPTIONS}
            value={title}
            onChange={(v) => v && setTitle(v)}
            allowDeselect={false}
            w={360}
          />
          <Group gap="xs">
            <Button variant="default" onClick={props.onClose} disabled={busy}>
              {T.cancel}
            </Button>
            <Button onClick={() => void add()} disabled={picked.size === 0} loading={busy}>
              Thêm {formatCount(picked.size)} người
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
