import { Button } from '@mantine/core';
import { ITEM_RESULT_LABELS, ITEM_RESULTS, type ItemResult } from '../../../src-shared/rules/inspections';
import { RESULT_COLORS } from './labels';

/**
 * Đạt / Chưa đạt / Không áp dụng as toggle buttons (a scored item offers only Không áp dụng
 * beside its score): the team's checklist and the unit's own self-assessment use the same.
 * Clicking the pressed one clears it.
 */
export function ResultButtons({ value, scored, onPick }: { value: ItemResult | null; scored: boolean; onPick: (r: ItemResult | null) => void }) {
  return ITEM_RESULTS.filter((r) => !scored || r === 'kad').map((r) => {
    const on = value === r;
    return (
      <Button key={r} size="compact-sm" color={RESULT_COLORS[r]} variant={on ? 'filled' : 'default'} aria-pressed={on} onClick={() => onPick(on ? null : r)}>
        {ITEM_RESULT_LABELS[r]}
      </Button>
    );
  });
}
