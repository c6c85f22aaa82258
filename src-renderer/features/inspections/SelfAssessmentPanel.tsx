import { Badge, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import type { ChecklistItemValues, UnitSelfAssessment } from '../../../src-shared/api';
import type { ItemResult } from '../../../src-shared/rules/inspections';
import { invoke } from '../../api';
import { formatDateTime } from '../../app/format';
import { PrintButtons } from './PrintButtons';
import { ResultButtons } from './ResultButtons';
import { SaveBadge } from './SaveBadge';
import { useAutosave } from './useAutosave';
import { ScoreInput } from './ScoreInput';

interface Values {
  result: ItemResult | null;
  score: number | null;
  note: string;
}

/** One item of the unit's own self-assessment: result (or score) and the unit's note, saved on change. */
function SelfItem({ planId, item, initial, onSaved }: { planId: string; item: ChecklistItemValues; initial: Values; onSaved: (sa: UnitSelfAssessment) => void }) {
  const [v, setV] = useState<Values>(initial);
  const save = useCallback(
    async (values: Values) => {
      onSaved(await invoke('inspections.saveSelfAssessment', { planId, answers: [{ itemCode: item.code, ...values }] }));
    },
    [planId, item.code, onSaved],
  );
  const saver = useAutosave(save);
  const change = (patch: Partial<Values>, now: boolean) => {
    const next = { ...v, ...patch };
    setV(next);
    saver.schedule(next, now);
  };
  const scored = item.scale === 'score';
  return (
    <Paper withBorder p="xs" data-testid="self-item" data-code={item.code} aria-label={`Tự đánh giá nội dung ${item.code}`}>
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Text fw={600} size="sm" style={{ minWidth: 0 }}>
            {item.code}. {item.text}
          </Text>
          <SaveBadge state={saver.state} error={saver.error} />
        </Group>
        <Group gap="xs" role="group" aria-label={`Tự đánh giá nội dung ${item.code}`} wrap="nowrap">
          {scored && (
            <ScoreInput
              label={`Điểm tự chấm nội dung ${item.code}`}
              value={v.score}
              max={item.max}
              onChange={(score) => change({ score, result: null }, false)}
              onBlur={() => void saver.flush()}
            />
          )}
          <ResultButtons value={v.result} scored={scored} onPick={(result) => change({ result, score: null }, true)} />
        </Group>
        <Textarea
          aria-label={`Giải trình của đơn vị, nội dung ${item.code}`}
          placeholder="Giải trình của đơn vị"
          value={v.note}
          onChange={(e) => change({ note: e.currentTarget.value }, false)}
          onBlur={() => void saver.flush()}
          autosize
          minRows={1}
          maxRows={6}
          size="xs"
          error={saver.error}
        />
      </Stack>
    </Paper>
  );
}

/**
 * "Tự đánh giá của đơn vị": on the inspected unit's installation, for a plan received from the
 * inspecting body that lists this unit. Each change is saved at once as the unit's own record,
 * sent up with the next submission. Shows nothing when this unit is not in the plan.
 */
export function SelfAssessmentPanel({ planId }: { planId: string }) {
  const [sa, setSa] = useState<UnitSelfAssessment | null>(null);
  // The items keep their own values once shown; only the first load seeds them.
  const [seed, setSeed] = useState<Map<string, UnitSelfAssessment['answers'][number]> | null>(null);
  useEffect(() => {
    let alive = true;
    invoke('inspections.selfAssessment', { planId })
      .then((s) => {
        if (!alive) return;
        setSeed(new Map(s.answers.map((a) => [a.itemCode, a])));
        setSa(s);
      })
      .catch(() => alive && setSa(null));
    return () => {
      alive = false;
    };
  }, [planId]);
  const onSaved = useCallback((next: UnitSelfAssessment) => setSa(next), []);
  if (!sa || !seed) return null;
  const total = sa.template.sections.reduce((n, s) => n + s.items.length, 0);
  const answered = sa.answers.filter((a) => a.result !== null || a.score !== null).length;
  return (
    <Paper withBorder p="sm" component="section" aria-label="Tự đánh giá của đơn vị" data-testid="unit-self-assessment">
      <Group justify="space-between" align="center" gap="xs" mb={4}>
        <Title order={3} size="h5">
          Tự đánh giá của đơn vị
        </Title>
        <Group gap="xs">
          <PrintButtons label="In báo cáo tự đánh giá" docs={[{ kind: 'inspection-self-assessment', id: planId, label: 'In báo cáo tự đánh giá' }]} />
          <Badge variant="light" color={answered === total ? 'teal' : 'gray'} data-testid="self-progress">
            Đã tự đánh giá {answered}/{total} nội dung
          </Badge>
          <Badge variant="light" color={sa.sentAt ? 'teal' : 'yellow'} data-testid="self-sent" title={sa.sentAt ? undefined : 'Vào "Gửi đi" để tạo gói gửi cơ quan kiểm tra'}>
            {sa.id === null ? 'Chưa có nội dung' : sa.sentAt ? `Đã gửi lên lúc ${formatDateTime(sa.sentAt)}` : 'Chưa gửi lên'}
          </Badge>
        </Group>
      </Group>
      <Text size="xs" c="dimmed" mb="xs">
        Theo mẫu phiếu “{sa.template.name}”, phiên bản {sa.template.version}. Tự lưu khi chọn hoặc gõ; bản tự đánh giá được gửi lên cơ quan kiểm tra trong gói
        gửi đi tiếp theo và hiện ở đó là kết quả của đơn vị.
      </Text>
      <Stack gap="xs">
        {sa.template.sections.map((s) => (
          <Stack key={s.code} gap={6}>
            <Text fw={700} size="sm">
              {s.code}. {s.title}
            </Text>
            {s.items.map((it) => {
              const a = seed.get(it.code);
              return (
                <SelfItem key={it.code} planId={planId} item={it} onSaved={onSaved} initial={{ result: a?.result ?? null, score: a?.score ?? null, note: a?.note ?? '' }} />
              );
            })}
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
