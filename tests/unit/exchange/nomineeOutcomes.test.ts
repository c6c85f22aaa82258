import { describe, expect, it } from 'vitest';
import { dossierOutcome, outcomeConflicts, type NomineeOutcome } from '../../../src-shared/exchange/nomineeOutcomes';
import { decisionData } from '../../../src-shared/records';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const C = '33333333-3333-4333-8333-333333333333';
const line = (nomineeId: string, name: string, status: NomineeOutcome, ...reasons: string[]) => ({ nomineeId, name, status, reasons: reasons.map((message) => ({ message })) });

describe('dossierOutcome: the dossier-level status of per-nominee outcomes', () => {
  it.each([
    ['everyone awarded', [line(A, 'An', 'decided'), line(B, 'Bình', 'decided')], 'decided', []],
    ['some awarded, one returned', [line(A, 'An', 'decided'), line(B, 'Bình', 'returned', 'Thiếu biên bản')], 'decided', ['Bình — Trả lại: Thiếu biên bản']],
    ['some awarded, one not eligible', [line(A, 'An', 'decided'), line(B, 'Bình', 'declined', 'Chưa đủ 3 năm LĐTT')], 'decided', ['Bình — Không đủ điều kiện: Chưa đủ 3 năm LĐTT']],
    ['nobody awarded, one returned', [line(A, 'An', 'declined', 'Bị kỷ luật'), line(B, 'Bình', 'returned', 'Thiếu phiếu', 'Thiếu báo cáo')], 'returned',
      ['An — Không đủ điều kiện: Bị kỷ luật', 'Bình — Trả lại: Thiếu phiếu; Thiếu báo cáo']],
    ['nobody eligible', [line(A, 'An', 'declined', 'x'), line(B, 'Bình', 'declined', 'y')], 'declined', ['An — Không đủ điều kiện: x', 'Bình — Không đủ điều kiện: y']],
  ] as const)('%s', (_name, lines, status, messages) => {
    const r = dossierOutcome(lines);
    expect(r.status).toBe(status);
    expect(r.reasons.map((x) => x.message)).toEqual(messages);
    expect(r.reasons.every((x) => x.field?.startsWith('nominee:'))).toBe(true);
  });

  it('keeps the dossier-level reasons within what every build reads (100 reasons of 1000 characters)', () => {
    const many = Array.from({ length: 150 }, (_, i) => line(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, `Người ${i}`, 'returned', 'x'.repeat(1200)));
    const r = dossierOutcome(many);
    expect(r.reasons).toHaveLength(100);
    expect(r.reasons.every((x) => x.message.length <= 1000)).toBe(true);
    expect(r.reasons[99]!.message).toBe('… và 51 người khác không được khen thưởng (xem kết quả từng người).');
  });
});

describe('outcomeConflicts: one nominee, one outcome', () => {
  it.each([
    ['distinct nominees', [line(A, 'An', 'decided'), line(B, 'Bình', 'returned')], []],
    ['the same outcome twice', [line(A, 'An', 'decided'), line(A, 'An', 'decided')], []],
    ['two outcomes for one nominee', [line(A, 'An', 'decided'), line(B, 'Bình', 'decided'), line(A, 'An', 'returned')],
      ['An được ghi hai kết quả khác nhau (Khen thưởng và Trả lại) trong cùng một quyết định; mỗi người chỉ được một kết quả.']],
  ] as const)('%s', (_name, lines, messages) => {
    expect(outcomeConflicts(lines)).toEqual(messages);
  });
});

describe('the decision record with per-nominee outcomes', () => {
  const record = (nominees: unknown) => ({
    subject: { type: 'dossier', id: C, origin: 'XA-TP' }, status: 'decided', reasons: [],
    decision: { number: '1/QĐ-UBND', date: '2026-03-01', issuer: 'UBND tỉnh', award: 'Bằng khen' }, note: '', nominees,
  });
  const outcome = (nomineeId: string, status: string) => ({ nomineeId, subjectType: 'person', subjectId: nomineeId, name: 'An', status, reasons: [] });

  it('is valid without outcomes (as older builds write it) and with them', () => {
    expect(decisionData.safeParse({ ...record(undefined) }).success).toBe(true);
    expect(decisionData.safeParse(record([outcome(A, 'decided'), outcome(B, 'returned')])).success).toBe(true);
  });

  it('is refused when a nominee has two different outcomes, with the Vietnamese reason', () => {
    const r = decisionData.safeParse(record([outcome(A, 'decided'), outcome(A, 'declined')]));
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.message)).toEqual(['An được ghi hai kết quả khác nhau (Khen thưởng và Không đủ điều kiện) trong cùng một quyết định; mỗi người chỉ được một kết quả.']);
  });

  it('is refused with an outcome outside Khen thưởng / Trả lại / Không đủ điều kiện', () => {
    expect(decisionData.safeParse(record([outcome(A, 'forwarded')])).success).toBe(false);
  });
});
