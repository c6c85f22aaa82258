import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Dossier, DossierDecision } from '../../../src-shared/api';
import { NOMINEE_OUTCOME_LABELS, type NomineeOutcome } from '../../../src-shared/exchange/nomineeOutcomes';
import { formatDate } from '../../../src-shared/text';
import { useUnitName } from '../exchange/useUnitName';
import { OutcomeForm } from './OutcomeForm';
import type { NomineeRow } from './useDossier';

const COLORS: Record<NomineeOutcome, string> = { decided: 'green', returned: 'orange', declined: 'red' };

function DecisionLine({ d }: { d: DossierDecision }) {
  const by = useUnitName(d.decidedBy);
  return (
    <Stack gap={0}>
      {d.decision ? (
        <Text size="sm" data-testid="outcome-decision">
          Quyết định số <b>{d.decision.number}</b> ngày {formatDate(d.decision.date)} của {d.decision.issuer}
          {d.decision.award ? ` — ${d.decision.award}` : ''}
        </Text>
      ) : (
        <Text size="sm" data-testid="outcome-decision">
          Không có ai được khen thưởng trong lần xét này.
        </Text>
      )}
      <Text size="xs" c="dimmed">
        Do {by} quyết định{d.note ? ` · Ghi chú: ${d.note}` : ''}
      </Text>
    </Stack>
  );
}

function OutcomeTable({ d }: { d: DossierDecision }) {
  return (
    <Table layout="fixed" verticalSpacing={4} striped withTableBorder aria-label="Kết quả từng người">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={50}>STT</Table.Th>
          <Table.Th w="32%">Họ và tên</Table.Th>
          <Table.Th w={170}>Kết quả</Table.Th>
          <Table.Th>Lý do</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {d.nominees.map((n, i) => (
          <Table.Tr key={n.nomineeId} data-testid="outcome-row">
            <Table.Td>{i + 1}</Table.Td>
            <Table.Td>
              <Text size="sm" fw={600} truncate="end" title={n.name}>
                {n.name}
              </Text>
            </Table.Td>
            <Table.Td>
              <Badge color={COLORS[n.status]} variant="light" data-testid="outcome-status">
                {NOMINEE_OUTCOME_LABELS[n.status]}
              </Badge>
            </Table.Td>
            <Table.Td>
              <Text size="sm" c={n.status === 'decided' ? 'dimmed' : 'red.8'} data-testid="outcome-reasons">
                {n.reasons.join('; ') || '—'}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * "Kết quả xét khen thưởng": on a received dossier, the upper level records its decision per
 * nominee here; at the unit that sent it (after the feedback package), each nominee's outcome
 * with its reasons and the decision's number and date. Nothing shows on an own dossier without one.
 */
export function NomineeOutcomes(props: { dossier: Dossier; nominees: NomineeRow[]; received: boolean; decision: DossierDecision | null; onSaved: () => void }) {
  const { dossier, nominees, received, decision } = props;
  const [editing, setEditing] = useState(false);
  if (!decision && (!received || !nominees.length)) return null;
  const form = received && (editing || !decision);
  return (
    <Paper withBorder p="sm" component="section" aria-label="Kết quả xét khen thưởng">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Title order={3} size="h5">
            Kết quả xét khen thưởng
          </Title>
          {received && decision && !editing && (
            <Button size="xs" variant="light" onClick={() => setEditing(true)}>
              Ghi lại kết quả
            </Button>
          )}
        </Group>
        {decision && !form && <DecisionLine d={decision} />}
        {form ? (
          <OutcomeForm
            dossier={dossier}
            nominees={nominees}
            previous={decision}
            onCancel={decision ? () => setEditing(false) : null}
            onSaved={() => {
              setEditing(false);
              props.onSaved();
            }}
          />
        ) : (
          decision && <OutcomeTable d={decision} />
        )}
      </Stack>
    </Paper>
  );
}
