import { Center, ScrollArea, Table, Text } from '@mantine/core';
import { type ReactNode, useRef } from 'react';
import { T } from './strings';

export interface Column<R> {
  title: string;
  width?: number | string;
  /** Long text (a title, a movement's name) wraps onto more lines instead of ending in "…". */
  wrap?: boolean;
  render: (row: R) => ReactNode;
}

/**
 * A plain table for short lists (units, collectives): sticky header, scrolls inside the space
 * the page leaves it, rows open on click or Enter.
 */
export function DataTable<R extends { id: string }>(props: {
  rows: R[] | null;
  columns: Column<R>[];
  onOpen: (row: R) => void;
  label: string;
  rowTestId: string;
  /** Scrolled to the last row: a keyset list appends its next page here (useKeysetList). */
  onEndReached?: () => void;
}) {
  const { rows, columns } = props;
  const viewport = useRef<HTMLDivElement>(null);
  return (
    <ScrollArea
      style={{ flex: 1, minHeight: 0, border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-sm)' }}
      type="auto"
      scrollbars="y"
      viewportRef={viewport}
      onScrollPositionChange={({ y }) => {
        const el = viewport.current;
        // Near the end (also after a jump there with End or the scrollbar): the next page.
        if (props.onEndReached && el && y >= el.scrollHeight - el.clientHeight - 200) props.onEndReached();
      }}
    >
      <Table stickyHeader highlightOnHover layout="fixed" aria-label={props.label} verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c.title} w={c.width}>
                {c.title}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows?.map((r) => (
            <Table.Tr
              key={r.id}
              data-testid={props.rowTestId}
              tabIndex={0}
              style={{ cursor: 'pointer' }}
              onClick={() => props.onOpen(r)}
              onKeyDown={(e) => e.key === 'Enter' && props.onOpen(r)}
            >
              {columns.map((c) => {
                const value = c.render(r);
                return (
                  <Table.Td
                    key={c.title}
                    title={typeof value === 'string' ? value : undefined}
                    style={c.wrap ? { overflowWrap: 'anywhere' } : { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
                  >
                    {value}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows?.length === 0 && (
        <Center py="xl">
          <Text c="dimmed">{T.noResults}</Text>
        </Center>
      )}
      {rows === null && (
        <Center py="xl">
          <Text c="dimmed">{T.loading}</Text>
        </Center>
      )}
    </ScrollArea>
  );
}
