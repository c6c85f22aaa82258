import { NumberInput, Table, Text } from '@mantine/core';
import { useRef, type KeyboardEvent } from 'react';
import type { VoteThreshold } from '../../../src-shared/api';
import { voteLine, type CouncilCounts, type VoteLine } from '../../../src-shared/rules/votes';
import type { NomineeRow } from './useDossier';

export type VoteValue = number | string;
export const voteNum = (v: VoteValue) => (typeof v === 'number' ? v : null);

const COLORS: Record<VoteLine['outcome'], string | undefined> = { empty: 'dimmed', invalid: 'red', pass: 'green.8', fail: 'red.8', counted: undefined };

/** Each nominee's line worked out from what is typed (shared with the save button's check). */
export const voteLines = (nominees: NomineeRow[], votes: Record<string, VoteValue>, counts: CouncilCounts, threshold: VoteThreshold | null) =>
  new Map(nominees.map((n) => [n.id, voteLine(voteNum(votes[n.id] ?? ''), counts, threshold?.share ?? null)]));

/**
 * Every nominee's yes votes in one table: the share of the total membership, the threshold and
 * the outcome in words beside each, worked out as the clerk types. Enter moves down a row (the
 * last row's Enter goes to the save button), as Tab does.
 */
export function VoteTable(props: {
  nominees: NomineeRow[];
  votes: Record<string, VoteValue>;
  lines: Map<string, VoteLine>;
  threshold: VoteThreshold | null;
  /** Errors the save came back with, by nominee id (they win over what is worked out here). */
  serverErrors: Record<string, string>;
  disabled: boolean;
  onChange: (nomineeId: string, value: VoteValue) => void;
  onLastEnter: () => void;
}) {
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const { threshold } = props;
  const enter = (i: number) => (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const next = inputs.current[i + 1];
    if (next) next.focus();
    else props.onLastEnter();
  };

  return (
    <Table layout="fixed" verticalSpacing={4} withTableBorder striped aria-label="Kết quả bỏ phiếu">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={50}>STT</Table.Th>
          <Table.Th>Người, tập thể được đề nghị</Table.Th>
          <Table.Th w={130}>Số phiếu đồng ý</Table.Th>
          <Table.Th w={90}>Tỷ lệ</Table.Th>
          <Table.Th w={170}>Ngưỡng</Table.Th>
          <Table.Th w={330}>Kết quả</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {props.nominees.map((n, i) => {
          const line = props.lines.get(n.id)!;
          const error = props.serverErrors[n.id] ?? line.error;
          return (
            <Table.Tr key={n.id} data-testid="vote-row" data-outcome={line.outcome}>
              <Table.Td>{i + 1}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={600} title={n.name} style={{ overflowWrap: 'anywhere' }}>
                  {n.name}
                </Text>
              </Table.Td>
              <Table.Td>
                <NumberInput
                  aria-label={`Số phiếu đồng ý của ${n.name}`}
                  value={props.votes[n.id] ?? ''}
                  onChange={(v) => props.onChange(n.id, v)}
                  onKeyDown={enter(i)}
                  ref={(el: HTMLInputElement | null) => {
                    inputs.current[i] = el;
                  }}
                  error={!!error}
                  disabled={props.disabled}
                  min={0}
                  max={1000}
                  allowDecimal={false}
                  allowNegative={false}
                  hideControls
                  size="xs"
                  w={90}
                />
              </Table.Td>
              <Table.Td data-testid="vote-share">{line.share ?? '—'}</Table.Td>
              <Table.Td data-testid="vote-threshold">
                {threshold ? `${threshold.text}${line.need !== null ? ` (≥ ${line.need} phiếu)` : ''}` : 'Không áp dụng'}
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={line.outcome === 'pass' || line.outcome === 'fail' ? 600 : undefined} c={COLORS[line.outcome]} data-testid="vote-result">
                  {line.text}
                </Text>
                {error && (
                  <Text size="xs" c="red" data-testid="vote-error">
                    {error}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
