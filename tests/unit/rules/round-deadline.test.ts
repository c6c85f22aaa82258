import { describe, expect, it } from 'vitest';
import { intakeProblem, intakeWarning, receiptCheck, roundState, type RoundClock, type RoundState } from '../../../src-shared/rules';

const L = 'Đợt I năm 2026';
const round = (over: Partial<RoundClock> = {}): RoundClock => ({ status: 'open', deadline: '2026-06-30', keepOpenReason: null, ...over });
const KEPT = 'Ủy ban xã đề nghị nhận thêm đơn của trường tiểu học';

describe('roundState: computed from the clock (deadline day still open)', () => {
  const rows: [string, RoundClock, string, RoundState][] = [
    ['before the deadline', round(), '2026-06-29', 'open'],
    ['on the deadline day', round(), '2026-06-30', 'open'],
    ['the day after', round(), '2026-07-01', 'expired'],
    ['the day after, kept open with a reason', round({ keepOpenReason: KEPT }), '2026-07-01', 'kept-open'],
    ['before the deadline, a reason changes nothing', round({ keepOpenReason: KEPT }), '2026-06-01', 'open'],
    ['no deadline never expires', round({ deadline: null }), '2027-01-01', 'open'],
    ['locked before the deadline', round({ status: 'closed' }), '2026-06-01', 'closed'],
    ['locked and kept open: the lock wins', round({ status: 'closed', keepOpenReason: KEPT }), '2026-07-01', 'closed'],
  ];
  it.each(rows)('%s', (_n, r, today, state) => expect(roundState(r, today)).toBe(state));
});

describe('intakeProblem / intakeWarning: putting an application into a round today', () => {
  const EXPIRED = 'Đợt I năm 2026 đã hết hạn nhận hồ sơ ngày 30/06/2026: chỉ ghi được đơn tiếp nhận đến ngày đó; đơn nhận sau hạn thì hãy chọn đợt sau, hoặc bấm “Vẫn nhận hồ sơ” trên thẻ của đợt và ghi lý do.';
  const rows: [string, RoundClock, string, string | null, string | null][] = [
    ['before the deadline', round(), '2026-06-29', null, null],
    ['at the deadline', round(), '2026-06-30', null, null],
    ['after the deadline: allowed (the receipt date decides), with a warning', round(), '2026-07-01', null, EXPIRED],
    ['after the deadline, kept open: no warning', round({ keepOpenReason: KEPT }), '2026-07-01', null, null],
    ['locked', round({ status: 'closed' }), '2026-06-01', 'Đợt I năm 2026 đã khóa; không thêm hay chuyển đơn vào đợt này được.', null],
  ];
  it.each(rows)('%s', (_n, r, today, problem, warning) => {
    expect(intakeProblem(r, today, L)).toBe(problem);
    expect(intakeWarning(r, today, L)).toBe(warning);
  });
});

describe('receiptCheck: a receipt dated before, at or after the deadline, with or without the override', () => {
  const rows: [string, RoundClock, string, { late: boolean; error: RegExp | null; warning: RegExp | null }][] = [
    ['before', round(), '2026-06-15', { late: false, error: null, warning: null }],
    ['at', round(), '2026-06-30', { late: false, error: null, warning: null }],
    ['after, not kept open: refused', round(), '2026-07-02',
      { late: true, error: /^Ngày tiếp nhận 02\/07\/2026 sau hạn nhận hồ sơ của Đợt I năm 2026 \(30\/06\/2026\); hãy chọn đợt sau, hoặc bấm “Vẫn nhận hồ sơ”/, warning: null }],
    ['after, kept open: recorded late with a warning', round({ keepOpenReason: KEPT }), '2026-07-02',
      { late: true, error: null, warning: /^Ngày tiếp nhận 02\/07\/2026 sau hạn nhận hồ sơ của Đợt I năm 2026 \(30\/06\/2026\): đơn được ghi là nhận sau hạn\. Lý do vẫn nhận: Ủy ban xã/ }],
    ['before, kept open: on time', round({ keepOpenReason: KEPT }), '2026-06-30', { late: false, error: null, warning: null }],
    ['no deadline', round({ deadline: null }), '2027-02-01', { late: false, error: null, warning: null }],
  ];
  it.each(rows)('%s', (_n, r, on, want) => {
    const c = receiptCheck(r, on, L);
    expect(c.late).toBe(want.late);
    if (want.error) expect(c.error).toMatch(want.error);
    else expect(c.error).toBeNull();
    if (want.warning) expect(c.warning).toMatch(want.warning);
    else expect(c.warning).toBeNull();
  });
});
