import { describe, expect, it } from 'vitest';
import { checkHolds, checkVote, type Hold, type VoteFacts } from '../../../src-shared/rules';
import { minimumCount, percent, shareText } from '../../../src-shared/rules/format';
import { check, ev, hold, withParams, type Case } from './fixtures';

describe('holds block commendation (NĐ 152/2025/NĐ-CP, Điều 4); LĐTT 2025, reference date 15/01/2026', () => {
  const ldtt = (holds: Hold[], ruleSet?: Case['ruleSet']): Case => ({ name: '', award: 'LDTT', facts: { evaluations: [ev(2025, 'HTT')], holds }, ...(ruleSet ? { ruleSet } : {}) });
  const rows: [string, Hold[], 'pass' | 'fail', RegExp][] = [
    ['no hold passes', [], 'pass', /^Không đang bị xem xét kỷ luật, điều tra vào ngày 15\/01\/2026; không bị kỷ luật trong thời gian tính thành tích \(năm 2025\)\.$/],
    ['an open investigation blocks', [hold('investigation', null, '2025-11-01', null)], 'fail', /^Đang bị điều tra, thanh tra, kiểm tra hoặc xác minh đơn thư \(từ 01\/11\/2025\): chưa xét khen thưởng\.$/],
    ['an investigation ending on the reference date still blocks', [hold('investigation', null, '2025-11-01', '2026-01-15')], 'fail', /Đang bị điều tra/],
    ['an investigation closed before the reference date does not', [hold('investigation', null, '2025-11-01', '2026-01-14')], 'pass', /^Không đang bị/],
    ['an investigation opened after the reference date does not exist yet', [hold('investigation', null, '2026-01-16', null)], 'pass', /^Không đang bị/],
    ['a discipline being considered blocks', [hold('discipline', null, '2026-01-02', null)], 'fail', /^Đang bị xem xét kỷ luật \(từ 02\/01\/2026\): chưa xét khen thưởng\.$/],
    ['a khiển trách still running blocks', [hold('discipline', 'khien-trach', '2025-03-01', '2026-02-28')], 'fail', /^Đang trong thời hạn kỷ luật khiển trách \(từ 01\/03\/2025 đến 28\/02\/2026\): chưa xét khen thưởng\.$/],
    ['a discipline with no end date blocks', [hold('discipline', 'cach-chuc', '2024-03-01', null)], 'fail', /Đang trong thời hạn kỷ luật cách chức \(từ 01\/03\/2024\)/],
    ['a discipline that ended mid-2025 blocks 2025', [hold('discipline', 'canh-cao', '2024-07-01', '2025-06-30')], 'fail', /^Bị kỷ luật cảnh cáo từ 01\/07\/2024 đến 30\/06\/2025, trùng thời gian tính thành tích \(năm 2025\): thành tích chỉ được tính từ khi hết thời hạn kỷ luật\.$/],
    ['year boundary: a discipline ending 31/12/2024 does not touch 2025', [hold('discipline', 'canh-cao', '2024-01-01', '2024-12-31')], 'pass', /^Không đang bị/],
    ['year boundary: a discipline ending 01/01/2025 does', [hold('discipline', 'canh-cao', '2024-01-02', '2025-01-01')], 'fail', /trùng thời gian tính thành tích \(năm 2025\)/],
    ['a review that ended without a penalty is ignored', [hold('discipline', null, '2025-03-01', '2025-04-01')], 'pass', /^Không đang bị/],
  ];
  it.each(rows)('%s', (_name, holds, result, reason) => {
    check({ ...ldtt(holds), overall: result, expect: { hold: [result, reason] } });
  });

  it.each([
    ['khien-trach', 'pass'],
    ['canh-cao', 'fail'],
    ['buoc-thoi-viec', 'fail'],
  ] as const)('with disciplineBlocksFrom = cảnh cáo, an active %s gives %s', (level, result) => {
    check({ ...ldtt([hold('discipline', level, '2025-06-01', '2026-06-01')], () => withParams({ disciplineBlocksFrom: 'canh-cao' })), overall: result });
  });

  it('checkHolds joins several holds in one reason', () => {
    const r = checkHolds([hold('investigation', null, '2025-12-01', null), hold('discipline', 'khien-trach', '2025-01-01', '2025-03-01')], {
      refDate: '2026-01-15',
      fromYear: 2025,
      toYear: 2025,
      blocksFrom: 'khien-trach',
    });
    expect(r).toEqual({
      ok: false,
      reason:
        'Đang bị điều tra, thanh tra, kiểm tra hoặc xác minh đơn thư (từ 01/12/2025): chưa xét khen thưởng. ' +
        'Bị kỷ luật khiển trách từ 01/01/2025 đến 01/03/2025, trùng thời gian tính thành tích (năm 2025): thành tích chỉ được tính từ khi hết thời hạn kỷ luật.',
    });
  });
});

describe('council vote: yes votes over TOTAL membership (NĐ 98/2023/NĐ-CP, Điều 30 khoản 7)', () => {
  const v = (totalMembers: number, present: number, written: number, yes: number): VoteFacts => ({ totalMembers, present, written, yes });
  const rows: [string, VoteFacts | undefined, number, 'pass' | 'fail' | 'evidence', RegExp][] = [
    ['exactly at 80% passes', v(10, 10, 0, 8), 0.8, 'pass', /^Đạt 8\/10 phiếu đồng ý \(80%\) trên tổng số thành viên Hội đồng \(có mặt 10, ý kiến bằng văn bản 0\); yêu cầu từ 80% \(ít nhất 8 phiếu\)\.$/],
    ['one below 80% fails', v(10, 10, 0, 7), 0.8, 'fail', /^Chỉ đạt 7\/10 phiếu đồng ý \(70%\)/],
    ['exactly at 90% passes', v(10, 10, 0, 9), 0.9, 'pass', /9\/10/],
    ['one below 90% fails', v(10, 10, 0, 8), 0.9, 'fail', /yêu cầu từ 90% \(ít nhất 9 phiếu\)/],
    ['all present voted yes, but 7 of 10 members is below 80%', v(10, 7, 0, 7), 0.8, 'fail', /^Chỉ đạt 7\/10 phiếu đồng ý \(70%\) trên tổng số thành viên Hội đồng \(có mặt 7, ý kiến bằng văn bản 0\)/],
    ['written opinions of absent members count', v(10, 6, 2, 8), 0.8, 'pass', /có mặt 6, ý kiến bằng văn bản 2/],
    ['13 members at 80% need 11 (10,4 rounds up)', v(13, 13, 0, 11), 0.8, 'pass', /ít nhất 11 phiếu/],
    ['13 members: 10 yes fails', v(13, 13, 0, 10), 0.8, 'fail', /10\/13 phiếu đồng ý \(76,9%\)/],
    ['no vote recorded needs evidence', undefined, 0.8, 'evidence', /^Chưa có kết quả bỏ phiếu kín của Hội đồng Thi đua – Khen thưởng; cần biên bản họp Hội đồng\.$/],
    ['total membership 0 needs evidence', v(0, 0, 0, 0), 0.8, 'evidence', /Chưa có tổng số thành viên Hội đồng/],
    ['more yes votes than voters fails as inconsistent', v(10, 8, 0, 9), 0.8, 'fail', /^Số phiếu đồng ý \(9\) lớn hơn số thành viên tham gia bỏ phiếu kín \(8 có mặt, 0 bằng văn bản\)/],
    ['more present than members fails as inconsistent', v(10, 11, 0, 9), 0.8, 'fail', /Số thành viên có mặt \(11\) lớn hơn tổng số thành viên Hội đồng \(10\)/],
    ['present plus written above members fails as inconsistent', v(10, 9, 2, 9), 0.8, 'fail', /cộng số ý kiến bằng văn bản \(2\) vượt tổng số thành viên Hội đồng \(10\)/],
    ['negative counts fail', v(10, 10, 0, -1), 0.8, 'fail', /số nguyên không âm/],
  ];
  it.each(rows)('%s', (_name, vote, threshold, result, reason) => {
    const r = checkVote(vote, threshold, true);
    expect(r.result).toBe(result);
    expect(r.reason).toMatch(reason);
  });

  it('a vote not by secret ballot is called "biểu quyết"', () => {
    expect(checkVote(undefined, 0.5, false).reason).toMatch(/kết quả biểu quyết/);
  });

  it.each([
    [0.8, 10, 8],
    [0.8, 13, 11],
    [0.9, 10, 9],
    [0.9, 11, 10],
    [0.7, 30, 21],
    [2 / 3, 15, 10],
    [1, 20, 20],
    [0, 5, 0],
  ])('minimumCount(%s, %s) = %s', (share, whole, need) => {
    expect(minimumCount(share, whole)).toBe(need);
    expect(need === 0 || (need - 1) / whole < share).toBe(true);
  });

  it.each([
    [7, 10, '70%'],
    [2, 3, '66,6%'],
    [699, 1000, '69,9%'],
    [1, 1, '100%'],
    [0, 4, '0%'],
    [1, 0, '—'],
  ])('percent(%s, %s) = %s', (part, whole, text) => {
    expect(percent(part, whole)).toBe(text);
  });

  it.each([
    [0.8, '80%'],
    [0.7, '70%'],
    [0.75, '75%'],
    [2 / 3, '66,7%'],
  ])('shareText(%s) = %s', (share, text) => {
    expect(shareText(share)).toBe(text);
  });
});
