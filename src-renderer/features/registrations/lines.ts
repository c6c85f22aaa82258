import type { Target } from '../../../src-shared/api';

/**
 * One editable line of targets / commitments / criteria as typed: the text, an optional
 * number (NumberInput gives '' when empty) and its unit ("%", "mô hình", "đồng").
 */
export interface LineDraft {
  key: number;
  text: string;
  value: number | string;
  unit: string;
}

let nextKey = 1;

export function newLine(text = ''): LineDraft {
  return { key: nextKey++, text, value: '', unit: '' };
}

export function linesFrom(items: { text: string; value?: number | null; unit?: string }[]): LineDraft[] {
  return items.map((t) => ({ key: nextKey++, text: t.text, value: t.value ?? '', unit: t.unit ?? '' }));
}

const isBlank = (l: LineDraft) => !l.text.trim() && l.value === '' && !l.unit.trim();

/** Lines the clerk left entirely empty are dropped before saving (so error paths match what stays). */
export function withoutBlank(lines: LineDraft[]): LineDraft[] {
  return lines.filter((l) => !isBlank(l));
}

export function linesToTargets(lines: LineDraft[]): Target[] {
  return lines.map((l) => ({ text: l.text, value: typeof l.value === 'number' ? l.value : null, unit: l.unit }));
}


/** The lines as they count for "has anything changed?": React's keys and empty lines left out. */
export function comparableLines(lines: LineDraft[]): Target[] {
  return linesToTargets(withoutBlank(lines));
}

/** Lines read back from a kept draft get fresh React keys (the stored ones came from another session). */
export function rekeyLines(lines: LineDraft[]): LineDraft[] {
  return lines.map((l) => ({ ...l, key: nextKey++ }));
}
