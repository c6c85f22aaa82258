import type { Registration, RegistrationInput } from '../../../src-shared/api';
import { formatDate, parseDate } from '../../../src-shared/text';
import { type LineDraft, linesFrom, linesToTargets, withoutBlank } from './lines';

export type Errors = Record<string, string>;

/** What the registration form edits: text as typed, converted to the contract's input on save. */
export interface RegistrationDraft {
  movementId: string | null;
  registrantKind: 'unit' | 'collective';
  unitId: string | null;
  collectiveId: string | null;
  titles: string[];
  commitments: LineDraft[];
  registeredOnText: string;
  signerName: string;
  signerPosition: string;
  lateNote: string;
}

export function newRegistrationDraft(unitId: string | null, registeredOnText: string): RegistrationDraft {
  return {
    movementId: null, registrantKind: 'unit', unitId, collectiveId: null, titles: [], commitments: [],
    registeredOnText, signerName: '', signerPosition: '', lateNote: '',
  };
}

export function draftFromRegistration(r: Registration): RegistrationDraft {
  return {
    movementId: r.movementId, registrantKind: r.registrantKind, unitId: r.unitId, collectiveId: r.collectiveId, titles: r.titles,
    commitments: linesFrom(r.commitments), registeredOnText: formatDate(r.registeredOn), signerName: r.signerName,
    signerPosition: r.signerPosition, lateNote: r.lateNote ?? '',
  };
}

/** Is the date typed after the deadline? (null while it cannot be read) */
export function isAfter(text: string, deadline: string | null): boolean {
  const iso = parseDate(text);
  return !!iso && !!deadline && iso > deadline;
}

/**
 * Client-side checks (required choices, the date's shape); the server checks everything again.
 * The draft comes back without its empty commitment lines, so line numbers match the screen.
 */
export function registrationDraftToInput(
  d: RegistrationDraft,
  year: number,
  deadline: string | null,
): { input: RegistrationInput | null; errors: Errors; draft: RegistrationDraft } {
  const errors: Errors = {};
  const draft = { ...d, commitments: withoutBlank(d.commitments) };
  if (!d.movementId) errors.movementId = 'Vui lòng chọn phong trào thi đua.';
  if (d.registrantKind === 'unit' && !d.unitId) errors.unitId = 'Vui lòng chọn đơn vị đăng ký.';
  if (d.registrantKind === 'collective' && !d.collectiveId) errors.collectiveId = 'Vui lòng chọn tập thể đăng ký.';
  if (!d.titles.length) errors.titles = 'Chọn ít nhất một danh hiệu đăng ký.';
  const registeredOn = parseDate(d.registeredOnText);
  if (!registeredOn) errors.registeredOn = 'Ngày đăng ký không hợp lệ; hãy nhập theo dạng dd/mm/yyyy, ví dụ 15/03/2026.';
  draft.commitments.forEach((l, i) => {
    if (!l.text.trim()) errors[`commitments.${i}.text`] = 'Vui lòng nhập nội dung chỉ tiêu.';
  });
  if (Object.keys(errors).length || !d.movementId || !registeredOn) return { input: null, errors, draft };
  const late = isAfter(d.registeredOnText, deadline);
  return {
    input: {
      year, movementId: d.movementId, registrantKind: d.registrantKind,
      unitId: d.registrantKind === 'unit' ? d.unitId : null,
      collectiveId: d.registrantKind === 'collective' ? d.collectiveId : null,
      titles: d.titles, commitments: linesToTargets(draft.commitments), registeredOn,
      signerName: d.signerName, signerPosition: d.signerPosition,
      lateNote: late && d.lateNote.trim() ? d.lateNote : null,
    },
    errors,
    draft,
  };
}
