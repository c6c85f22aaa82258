import { Group, Stepper, Text, TextInput } from '@mantine/core';
import { EXAMPLE_STAGES, EXAMPLE_STAGE_LABELS, type ExampleStage } from '../../../src-shared/rules/examples';

/** One stage as typed: the date as dd/mm/yyyy (empty: not reached), who fosters it, a note. */
export interface StageDraft {
  on: string;
  by: string;
  note: string;
}
export type StageDrafts = Record<ExampleStage, StageDraft>;

export const emptyStages = (): StageDrafts =>
  Object.fromEntries(EXAMPLE_STAGES.map((s) => [s, { on: '', by: '', note: '' }])) as unknown as StageDrafts;

const BY_LABEL: Record<ExampleStage, string> = {
  'phat-hien': 'Người, đơn vị phát hiện',
  'boi-duong': 'Người, đơn vị bồi dưỡng',
  'tong-ket': 'Đơn vị tổng kết',
  'nhan-rong': 'Đơn vị nhân rộng',
};

/** The four stages (phát hiện, bồi dưỡng, tổng kết, nhân rộng) as a stepper, each with its date and who carries it out. */
export function StageSteps(props: { value: StageDrafts; onChange: (v: StageDrafts) => void; errors: Record<string, string>; indexOf: (s: ExampleStage) => number }) {
  const reached = EXAMPLE_STAGES.filter((s) => props.value[s].on.trim()).length;
  const set = (s: ExampleStage, patch: Partial<StageDraft>) => props.onChange({ ...props.value, [s]: { ...props.value[s], ...patch } });
  return (
    <div>
      <Text size="sm" fw={500} mb={4}>Các bước: phát hiện, bồi dưỡng, tổng kết, nhân rộng</Text>
      <Stepper active={reached} size="xs" mb="xs" allowNextStepsSelect={false}>
        {EXAMPLE_STAGES.map((s) => (
          <Stepper.Step key={s} label={EXAMPLE_STAGE_LABELS[s]} description={props.value[s].on || 'Chưa có'} />
        ))}
      </Stepper>
      {EXAMPLE_STAGES.map((s) => {
        const i = props.indexOf(s);
        const err = i >= 0 ? props.errors[`stages.${i}.on`] : undefined;
        return (
          <Group key={s} grow align="flex-start" gap="xs" mb={4} wrap="nowrap">
            <TextInput size="xs" label={`Ngày ${EXAMPLE_STAGE_LABELS[s].toLowerCase()}`} placeholder="dd/mm/yyyy" withAsterisk={s === 'phat-hien'}
              value={props.value[s].on} onChange={(e) => set(s, { on: e.currentTarget.value })} error={err} style={{ maxWidth: 150 }} />
            <TextInput size="xs" label={BY_LABEL[s]} value={props.value[s].by} onChange={(e) => set(s, { by: e.currentTarget.value })} />
            <TextInput size="xs" label="Ghi chú" value={props.value[s].note} onChange={(e) => set(s, { note: e.currentTarget.value })} />
          </Group>
        );
      })}
    </div>
  );
}
