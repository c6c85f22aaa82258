import { Badge, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import type { ApiOutput, ChecklistItemValues, EvidenceFile, ItemAnswer } from '../../../src-shared/api';
import { ITEM_RESULT_LABELS, type ItemResult } from '../../../src-shared/rules/inspections';
import { invoke } from '../../api';
import { EvidenceList } from './Evidence';
import { RESULT_COLORS, SELF_ASSESSED } from './labels';
import { ResultButtons } from './ResultButtons';
import { SaveBadge } from './SaveBadge';
import { type SaveState, useAutosave } from './useAutosave';
import { ScoreInput } from './ScoreInput';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { notifyUndo } from '../../app/undo';

export type AnswerSaved = ApiOutput<'inspections.answer'>;

/** The team's two notes on an item, typed and saved alike. */
const TEXT_FIELDS = [['findings', 'Kết quả kiểm tra, tồn tại'], ['documentsSeen', 'Tài liệu đã xem']] as const;

interface Values {
  result: ItemResult | null;
  score: number | null;
  findings: string;
  documentsSeen: string;
}

const valuesOf = (a: ItemAnswer | undefined): Values => ({
  result: a?.result ?? null,
  score: a?.score ?? null,
  findings: a?.findings ?? '',
  documentsSeen: a?.documentsSeen ?? '',
});

const selfText = (self: NonNullable<ItemAnswer['self']>) =>
  [self.result ? ITEM_RESULT_LABELS[self.result] : self.score !== null ? `${self.score} điểm` : 'chưa đánh giá', self.note].filter(Boolean).join(' – ');

/**
 * One checklist item in the fieldwork: what to check and what to look at, the result (Đạt /
 * Chưa đạt / Không áp dụng, or a score out of its max), findings and documents seen, and its
 * photos and scans. Every change is saved at once (text after a pause in typing or on leaving
 * the box), and the card says so.
 */
export function ItemCard(props: {
  inspectionId: string;
  item: ChecklistItemValues;
  answer: ItemAnswer | undefined;
  evidence: EvidenceFile[];
  readOnly: boolean;
  onSaved: (saved: AnswerSaved) => void;
  onState: (code: string, state: SaveState) => void;
  /** Lets the screen save what is still being typed before it finishes the inspection. */
  onFlusher: (code: string, flush: (() => Promise<void>) | null) => void;
  onEvidenceChanged: () => void;
}) {
  const { item, answer, readOnly, inspectionId, onSaved, onState, onFlusher } = props;
  const [v, setV] = useState<Values>(() => valuesOf(answer));
  const save = useCallback(
    async (values: Values) => {
      onSaved(await invoke('inspections.answer', { inspectionId, itemCode: item.code, ...values }));
    },
    [inspectionId, item.code, onSaved],
  );
  const saver = useAutosave(save);
  useEffect(() => onState(item.code, saver.state), [item.code, saver.state, onState]);
  useEffect(() => {
    onFlusher(item.code, saver.flush);
    return () => onFlusher(item.code, null);
  }, [item.code, saver.flush, onFlusher]);

  const change = (patch: Partial<Values>, now: boolean) => {
    const next = { ...v, ...patch };
    setV(next);
    saver.schedule(next, now);
  };
  const answered = v.result !== null || v.score !== null;
  // Taking a result back (clicking the pressed one) asks first and can be undone.
  const [clearing, setClearing] = useState(false);
  const clear = () => {
    const previous = v;
    setClearing(false);
    change({ result: null, score: null }, true);
    notifyUndo(`Đã bỏ kết quả nội dung ${item.code}`, async () => {
      setV(previous);
      saver.schedule(previous, true);
      await saver.flush();
    }, () => undefined);
  };
  const byUnit = answer?.source === 'unit' && answered;
  const scored = item.scale === 'score';

  return (
    <Paper
      withBorder
      p="sm"
      component="section"
      aria-label={`Nội dung ${item.code}`}
      data-testid="checklist-item"
      data-code={item.code}
      data-answered={answered}
      style={{ borderLeft: `4px solid var(--mantine-color-${answered ? RESULT_COLORS[v.result ?? 'dat'] : 'gray'}-${answered ? 6 : 3})` }}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Text fw={600} size="sm" style={{ minWidth: 0 }}>
            {item.code}. {item.text}
          </Text>
          <Group gap="xs" wrap="nowrap" style={{ flex: 'none' }}>
            {byUnit && (
              <Badge color="grape" variant="light" data-testid="self-assessed" title="Kết quả lấy từ bản tự đánh giá của đơn vị; đoàn kiểm tra chọn lại để xác nhận hoặc sửa.">
                {SELF_ASSESSED}
              </Badge>
            )}
            <SaveBadge state={saver.state} error={saver.error} />
          </Group>
        </Group>
        {item.guidance && (
          <Text size="xs" c="dimmed">
            <b>Hướng dẫn:</b> {item.guidance}
          </Text>
        )}
        {item.evidence && (
          <Text size="xs" c="dimmed">
            <b>Minh chứng cần xem:</b> {item.evidence}
          </Text>
        )}
        {answer?.self && (
          <Text size="xs" c="grape.8" data-testid="self-note">
            <b>{SELF_ASSESSED}:</b> {selfText(answer.self)}
          </Text>
        )}
        <Group gap="xs" role="group" aria-label={`Kết quả nội dung ${item.code}`} wrap="nowrap">
          {scored && !readOnly && (
            <ScoreInput
              label={`Điểm nội dung ${item.code}`}
              value={v.score}
              max={item.max}
              onChange={(score) => change({ score, result: null }, false)}
              onBlur={() => void saver.flush()}
            />
          )}
          {readOnly ? (
            <Badge color={answered ? RESULT_COLORS[v.result ?? 'dat'] : 'yellow'} variant={answered ? 'filled' : 'light'} data-testid="result-badge" size="lg" radius="sm">
              {v.result ? ITEM_RESULT_LABELS[v.result] : v.score !== null ? `${v.score}/${item.max} điểm` : 'Chưa đánh giá'}
            </Badge>
          ) : (
            <ResultButtons value={v.result} scored={scored} onPick={(result) => (result === null ? setClearing(true) : change({ result, score: null }, true))} />
          )}
          {scored && (
            <Text size="xs" c="dimmed">
              Tối đa {item.max} điểm
              {item.passScore !== null ? `, đạt từ ${item.passScore}` : ''}
            </Text>
          )}
        </Group>
        <Group gap="sm" align="flex-start" grow>
          {TEXT_FIELDS.map(([key, label]) => (
            <Textarea
              key={key}
              label={label}
              value={v[key]}
              onChange={(e) => change({ [key]: e.currentTarget.value }, false)}
              onBlur={() => void saver.flush()}
              readOnly={readOnly}
              autosize
              minRows={1}
              maxRows={6}
              size="xs"
            />
          ))}
        </Group>
        {saver.error && (
          <Text size="sm" c="red" data-testid="save-error">
            {saver.error}
          </Text>
        )}
        <EvidenceList inspectionId={inspectionId} itemCode={item.code} files={props.evidence} readOnly={readOnly} onChanged={props.onEvidenceChanged} />
      </Stack>
      <ConfirmDialog
        opened={clearing}
        title={`Bỏ kết quả nội dung ${item.code}?`}
        message="Nội dung này sẽ trở lại “Chưa đánh giá”; nhận xét và giấy tờ đã xem vẫn giữ nguyên. Có thể bấm “Hoàn tác” ngay sau khi bỏ."
        confirmLabel="Bỏ kết quả"
        onConfirm={clear}
        onCancel={() => setClearing(false)}
      />
    </Paper>
  );
}
