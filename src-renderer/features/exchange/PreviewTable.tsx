import { ActionIcon, Badge, Group, ScrollArea, Table, Text } from '@mantine/core';
import { Fragment, useMemo, useState } from 'react';
import type { ImportResultRow } from '../../../src-shared/api';
import { groupByType, type TypeGroup } from '../../../src-shared/exchange/groups';
import { formatCount } from '../../app/format';
import { ACTION_META, ACTIONS } from './labels';

type Row = ImportResultRow['rows'][number];

/** Records shown per group before "… và n bản ghi khác" (a first package can hold thousands of people). */
const SHOWN = 200;

/**
 * The list takes the height the window leaves it rather than a fixed few rows. What sits
 * around it (app header, page title, drop zone, the card's name, sender and counts, the
 * margins below) is about 365px at 1366×768, so one package fits without the list of
 * packages scrolling too; the rows scroll inside. Never less than a handful of rows.
 */
const LIST_HEIGHT = 'max(210px, calc(100dvh - 365px))';
const ONE_LINE = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

/**
 * Record by record, grouped by record type (the work first, the people and collectives behind
 * it, folded when long): what importing does (or did) and why.
 */
export function PreviewTable({ rows }: { rows: ImportResultRow['rows'] }) {
  const groups = useMemo(() => groupByType(rows), [rows]);
  const [flipped, setFlipped] = useState<Set<string>>(new Set());
  if (!rows.length) return null;
  const flip = (type: string) =>
    setFlipped((s) => {
      const next = new Set(s);
      if (!next.delete(type)) next.add(type);
      return next;
    });
  return (
    <ScrollArea.Autosize mah={LIST_HEIGHT} type="auto" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-sm)' }}>
      <Table stickyHeader layout="fixed" verticalSpacing={4} fz="sm" aria-label="Các bản ghi trong gói">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={240}>Loại</Table.Th>
            <Table.Th>Tên</Table.Th>
            <Table.Th w={120}>Kết quả</Table.Th>
            <Table.Th>Lý do</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((g) => {
            const open = g.folded === flipped.has(g.type);
            return (
              <Fragment key={g.type}>
                <GroupRow group={g} open={open} onFlip={() => flip(g.type)} />
                {open && g.items.slice(0, SHOWN).map((r) => <RecordRow key={r.index} r={r} />)}
                {open && g.items.length > SHOWN && (
                  <Table.Tr>
                    <Table.Td colSpan={4}>
                      <Text size="sm" c="dimmed">
                        … và {formatCount(g.items.length - SHOWN)} {g.label.toLowerCase()} khác.
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}

/** "▾ Cá nhân · 300 bản ghi: 298 Mới, 2 Cập nhật". */
function GroupRow({ group, open, onFlip }: { group: TypeGroup<Row>; open: boolean; onFlip: () => void }) {
  const byAction = ACTIONS.map((a) => ({ a, n: group.items.filter((r) => r.action === a.action).length })).filter((x) => x.n > 0);
  return (
    <Table.Tr data-testid="preview-group" data-type={group.type} bg="gray.0">
      <Table.Td colSpan={4}>
        <Group gap={8} wrap="nowrap">
          <ActionIcon variant="subtle" size="sm" aria-label={`${open ? 'Thu gọn' : 'Mở'} nhóm ${group.label}`} aria-expanded={open} onClick={onFlip}>
            {open ? '▾' : '▸'}
          </ActionIcon>
          <Text size="sm" fw={600} style={ONE_LINE}>
            {group.label} · {formatCount(group.items.length)} bản ghi
          </Text>
          {byAction.map(({ a, n }) => (
            <Badge key={a.action} color={a.color} variant="light" style={{ flex: 'none' }}>
              {formatCount(n)} {a.label}
            </Badge>
          ))}
          {!open && (
            <Text size="xs" c="dimmed" style={{ flex: 'none' }}>
              bấm ▸ để xem từng bản ghi
            </Text>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

function RecordRow({ r }: { r: Row }) {
  const a = ACTION_META[r.action];
  return (
    <Table.Tr data-testid="preview-row">
      {/* Long type names ("Kết quả kiểm tra công tác thi đua, khen thưởng") stay on one line; the tooltip has them whole. */}
      <Table.Td style={ONE_LINE} title={r.typeLabel} c="dimmed">
        {r.typeLabel}
      </Table.Td>
      <Table.Td style={ONE_LINE} title={r.title}>
        {r.title}
      </Table.Td>
      <Table.Td>
        <Badge color={a.color} variant="light">
          {a.label}
        </Badge>
      </Table.Td>
      <Table.Td c={r.action === 'rejected' ? 'red.8' : undefined}>{r.reason ?? ''}</Table.Td>
    </Table.Tr>
  );
}
