import type { Movement, MovementInput } from '../../../src-shared/api';
import type { MovementKind } from '../../../src-shared/catalog/titles';
import { formatDate, parseDate } from '../../../src-shared/text';
import { type LineDraft, linesFrom, linesToTargets, withoutBlank } from './lines';

export type Errors = Record<string, string>;

/** What the movement form edits: text as typed, converted to the contract's input on save. */
export interface MovementDraft {
  name: string;
  kind: MovementKind | null;
  year: number | string;
  startText: string;
  endText: string;
  theme: string;
  slogan: string;
  targets: LineDraft[];
  criteria: LineDraft[];
  legalBasis: string;
}

export function newMovementDraft(year: number): MovementDraft {
  return { name: '', kind: null, year, startText: '', endText: '', theme: '', slogan: '', targets: [], criteria: [], legalBasis: '' };
}

export function draftFromMovement(m: Movement): MovementDraft {
  return {
    name: m.name, kind: m.kind, year: m.year, startText: formatDate(m.startDate), endText: formatDate(m.endDate),
    theme: m.theme, slogan: m.slogan, targets: linesFrom(m.targets), criteria: linesFrom(m.criteria), legalBasis: m.legalBasis,
  };
}

function dateOrError(text: string, key: string, errors: Errors): string | null {
  if (!text.trim()) return null;
  const iso = parseDate(text);
  if (!iso) errors[key] = 'Ngày không hợp lệ; hãy nhập theo dạng dd/mm/yyyy, ví dụ 15/01/2026.';
  return iso;
}

/**
 * Client-side checks (required fields, date shapes); the server checks everything again. The
 * draft comes back without its empty lines, so the server's line numbers match the screen.
 */
export function movementDraftToInput(d: MovementDraft): { input: MovementInput | null; errors: Errors; draft: MovementDraft } {
  const errors: Errors = {};
  const draft = { ...d, targets: withoutBlank(d.targets), criteria: withoutBlank(d.criteria) };
  if (!d.name.trim()) errors.name = 'Vui lòng nhập tên phong trào.';
  if (!d.kind) errors.kind = 'Vui lòng chọn loại phong trào.';
  if (typeof d.year !== 'number') errors.year = 'Vui lòng nhập năm, ví dụ 2026.';
  const startDate = dateOrError(d.startText, 'startDate', errors);
  const endDate = dateOrError(d.endText, 'endDate', errors);
  if (startDate && endDate && endDate < startDate) errors.endDate = 'Ngày kết thúc phải sau ngày bắt đầu.';
  draft.targets.forEach((l, i) => {
    if (!l.text.trim()) errors[`targets.${i}.text`] = 'Vui lòng nhập nội dung chỉ tiêu.';
  });
  draft.criteria.forEach((l, i) => {
    if (!l.text.trim()) errors[`criteria.${i}.text`] = 'Vui lòng nhập tiêu chí.';
  });
  if (Object.keys(errors).length || !d.kind) return { input: null, errors, draft };
  return {
    input: {
      name: d.name, kind: d.kind, year: Number(d.year), startDate, endDate, theme: d.theme, slogan: d.slogan,
      targets: linesToTargets(draft.targets), criteria: draft.criteria.map((l) => ({ text: l.text })), legalBasis: d.legalBasis,
    },
    errors,
    draft,
  };
}
