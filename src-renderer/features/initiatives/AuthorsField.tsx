import { ActionIcon, Group, NumberInput, Select, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { Person } from '../../../src-shared/api';
import { shareProblems } from '../../../src-shared/rules/initiatives';
import { nfc } from '../../../src-shared/text';
import { invoke } from '../../api';

export interface AuthorRow {
  personId: string;
  name: string;
  detail: string;
  share: number | string;
}

const shareOf = (a: AuthorRow) => (typeof a.share === 'number' ? a.share : Number.NaN);

/** Problems with the shares as the service will judge them (must add up to 100 %). */
export const authorProblems = (authors: AuthorRow[]) => shareProblems(authors.map((a) => ({ name: a.name, share: shareOf(a) })));

const detailOf = (p: Person) => [p.birthYear ?? (p.birthDate ? p.birthDate.slice(0, 4) : null), p.position].filter(Boolean).join(' · ');

/**
 * "Tác giả": people picked from the registry (searched without diacritics), each with their
 * contribution share; the problems with the shares are shown as they are typed.
 */
export function AuthorsField(props: { authors: AuthorRow[]; onChange: (a: AuthorRow[]) => void; readOnly: boolean; error?: string; showAll?: boolean }) {
  const { authors, onChange, readOnly } = props;
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(nfc(search.trim()), 150);
  const [found, setFound] = useState<Person[]>([]);

  useEffect(() => {
    if (readOnly) return;
    let alive = true;
    invoke('people.search', { query, offset: 0, limit: 30 })
      .then((r) => alive && setFound(r.items))
      .catch(() => alive && setFound([]));
    return () => {
      alive = false;
    };
  }, [query, readOnly]);

  const add = (id: string | null) => {
    const p = found.find((x) => x.id === id);
    if (!p || authors.some((a) => a.personId === p.id)) return;
    // The first author takes 100 %; later ones start empty for the clerk to share out.
    onChange([...authors, { personId: p.id, name: p.fullName, detail: detailOf(p), share: authors.length ? '' : 100 }]);
    setSearch('');
  };
  const set = (i: number, share: number | string) => onChange(authors.map((a, k) => (k === i ? { ...a, share } : a)));
  // Before a save is tried, nothing is red until every author's share is filled in: an empty form
  // or a just-added co-author (share still blank) is not an error yet.
  const pending = authors.length === 0 || authors.some((a) => a.share === '');
  const problems = props.showAll || !pending ? authorProblems(authors) : [];
  const total = authors.reduce((t, a) => t + (Number.isFinite(shareOf(a)) ? shareOf(a) : 0), 0);

  return (
    <Stack gap={4} role="group" aria-label="Tác giả sáng kiến">
      <Text size="sm" fw={500}>
        Tác giả và tỷ lệ đóng góp <span style={{ color: 'var(--mantine-color-red-6)' }}>*</span>
      </Text>
      {authors.length > 0 && (
        <Table layout="fixed" verticalSpacing={2} withTableBorder aria-label="Danh sách tác giả">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={36}>TT</Table.Th>
              <Table.Th>Họ và tên</Table.Th>
              <Table.Th w={170}>Tỷ lệ đóng góp (%)</Table.Th>
              {!readOnly && <Table.Th w={44} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {authors.map((a, i) => (
              <Table.Tr key={a.personId} data-testid="author-row">
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td>
                  <Text size="sm" truncate="end">
                    {a.name}
                    {a.detail && (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        · {a.detail}
                      </Text>
                    )}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={`Tỷ lệ đóng góp của ${a.name}`}
                    value={a.share}
                    onChange={(v) => set(i, v)}
                    min={0}
                    max={100}
                    decimalScale={2}
                    decimalSeparator=","
                    hideControls
                    readOnly={readOnly}
                    size="xs"
                  />
                </Table.Td>
                {!readOnly && (
                  <Table.Td>
                    <ActionIcon variant="subtle" color="red" aria-label={`Bỏ tác giả ${a.name}`} onClick={() => onChange(authors.filter((_, k) => k !== i))}>
                      ✕
                    </ActionIcon>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        {!readOnly ? (
          <Select
            aria-label="Thêm tác giả"
            placeholder="Thêm tác giả: gõ họ tên để tìm trong danh sách cá nhân"
            data={found.filter((p) => !authors.some((a) => a.personId === p.id)).map((p) => ({ value: p.id, label: p.fullName + (detailOf(p) ? ` (${detailOf(p)})` : '') }))}
            value={null}
            onChange={add}
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            filter={({ options }) => options}
            nothingFoundMessage="Không tìm thấy; hãy thêm người này ở mục Cá nhân trước."
            style={{ flex: 1, minWidth: 0 }}
            maxDropdownHeight={260}
          />
        ) : (
          <span />
        )}
        <Text size="sm" c={problems.length ? 'red' : pending ? 'dimmed' : 'teal'} fw={600} style={{ flex: 'none' }} data-testid="share-total">
          Tổng: {String(Math.round(total * 100) / 100).replace('.', ',')}%
        </Text>
      </Group>
      {(problems.length > 0 || props.error) && (
        <Text size="sm" c="red" data-testid="share-problems" role="alert">
          {problems.length ? problems.join(' ') : props.error}
        </Text>
      )}
    </Stack>
  );
}
