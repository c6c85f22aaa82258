import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { VERDICT_META } from './labels';
import { useCatalogue } from './useCatalogue';
import type { Eligibility } from './useDossier';
import { VerdictIcon } from './Verdict';
import { ProofsSection } from './ProofsSection';

type NomineeResult = Eligibility['nominees'][number];

// The reason is what the clerk reads first; the criterion and its legal basis come under it.
const REASON_COLORS = { pass: undefined, fail: 'red.8', evidence: 'yellow.9' } as const;

function NomineeCriteria({ n, editable, onChanged }: { n: NomineeResult; editable: boolean; onChanged: () => Promise<void> | void }) {
  const m = VERDICT_META[n.overall];
  return (
    <Paper withBorder p="xs" radius="sm" data-testid="eligibility-nominee" data-result={n.overall} aria-label={`Điều kiện của ${n.name}`} component="section">
      <Group gap="xs" mb={6} wrap="nowrap">
        <VerdictIcon result={n.overall} size="md" decorative />
        <Text fw={700}>{n.name}</Text>
        <Badge color={m.color} variant="light" style={{ flex: 'none' }}>
          {m.label}
        </Badge>
        {n.complaints.length > 0 && (
          <Badge color="red" variant="filled" style={{ flex: 'none' }} data-testid="complaint-hold">
            Đang xác minh đơn thư
          </Badge>
        )}
      </Group>
      <Stack gap={6}>
        {n.criteria.map((c) => (
          <Group key={c.id} gap="xs" wrap="nowrap" align="flex-start" data-testid="criterion" data-result={c.result}>
            <VerdictIcon result={c.result} size="xs" mt={2} />
            <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
              <Text size="sm" fw={500} c={REASON_COLORS[c.result]} data-testid="criterion-reason">
                {c.reason}
              </Text>
              <Text size="xs" c="dimmed" lineClamp={2} title={`${c.text} (${c.citation})`}>
                {c.text} — <i>{c.citation}</i>
              </Text>
            </Stack>
          </Group>
        ))}
        {n.precedence.map((note) => (
          <Group key={note.id} gap="xs" wrap="nowrap" align="flex-start" data-testid="precedence-note" data-priority={note.priority}>
            <Badge size="xs" variant={note.priority ? 'filled' : 'light'} color="grape" mt={3} style={{ flex: 'none' }}>
              {note.priority ? 'Ưu tiên' : 'Lưu ý'}
            </Badge>
            <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
              <Text size="sm">{note.text}</Text>
              <Text size="xs" c="dimmed">
                <i>{note.citation}</i>
              </Text>
            </Stack>
          </Group>
        ))}
        <ProofsSection nomineeId={n.nomineeId} name={n.name} proofs={n.proofs} editable={editable} onChanged={onChanged} />
      </Stack>
    </Paper>
  );
}

/** Which rule set judges the dossier; a transitional dossier (achievement year begun under the earlier decree) says why. */
function RuleSetStatement({ e }: { e: Eligibility }) {
  const s = e.statement;
  return (
    <Stack gap={2} data-testid="ruleset-statement" data-transitional={s.transitional}>
      <Text size="sm" c={s.transitional ? 'orange.9' : 'dimmed'} fw={s.transitional ? 500 : undefined}>
        {s.text}
      </Text>
      {s.citation && (
        <Text size="xs" c="dimmed">
          <i>{s.citation}</i>
        </Text>
      )}
      {s.meetingWarning && (
        <Text size="sm" c="red.8" data-testid="ruleset-meeting-warning">
          {s.meetingWarning}
        </Text>
      )}
    </Stack>
  );
}

/** Equally qualified nominees in the order NĐ 152/2025, Điều 4 gives them, when someone has priority. */
function PrecedenceOrder({ e }: { e: Eligibility }) {
  const first = e.nominees.filter((n) => n.precedence.some((p) => p.priority));
  if (!first.length || e.nominees.length < 2) return null;
  const names = e.precedenceOrder.map((id) => e.nominees.find((n) => n.nomineeId === id)?.name ?? '').filter(Boolean);
  const citation = first[0]?.precedence.find((p) => p.priority)?.citation ?? '';
  return (
    <Text size="sm" data-testid="precedence-order">
      Thứ tự ưu tiên khi thành tích ngang nhau: {names.join('; ')} — <i>{citation}</i>
    </Text>
  );
}

/**
 * "Kiểm tra điều kiện": for every nominee, each criterion of the award in force with its answer
 * (đạt / không đạt / cần minh chứng), the reason read from the data, and the law it comes from.
 */
export function EligibilityPanel({ eligibility, referenceDate, editable = false, onChanged = () => undefined }: {
  eligibility: Eligibility | null;
  referenceDate: string;
  /** The unit's own dossier: proofs can be confirmed here (a received one shows them only). */
  editable?: boolean;
  onChanged?: () => Promise<void> | void;
}) {
  // The clerk reads the laws the criteria come from, not the rule set's code ("VN-ND152-2025").
  const { catalogue } = useCatalogue(referenceDate);
  const basis = catalogue && eligibility && catalogue.ruleSetId === eligibility.ruleSetId ? catalogue.legalBasis : null;
  return (
    <Paper withBorder p="sm" component="section" aria-label="Kiểm tra điều kiện">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Title order={3} size="h5">
            Kiểm tra điều kiện
          </Title>
          {basis && (
            <Text size="xs" c="dimmed" ta="right">
              Căn cứ: {basis}
            </Text>
          )}
        </Group>
        {eligibility && <RuleSetStatement e={eligibility} />}
        {eligibility && <PrecedenceOrder e={eligibility} />}
        {!eligibility ? (
          <Text size="sm" c="dimmed">
            Đang kiểm tra…
          </Text>
        ) : eligibility.nominees.length === 0 ? (
          <Text size="sm" c="dimmed">
            Thêm người, tập thể được đề nghị để phần mềm kiểm tra điều kiện theo tiêu chuẩn.
          </Text>
        ) : (
          eligibility.nominees.map((n) => <NomineeCriteria key={n.nomineeId} n={n} editable={editable} onChanged={onChanged} />)
        )}
      </Stack>
    </Paper>
  );
}
