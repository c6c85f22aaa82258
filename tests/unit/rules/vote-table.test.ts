import { describe, expect, it } from 'vitest';
import { councilProblems, voteLine, type CouncilCounts } from '../../../src-shared/rules';

const m = (total: number | null, present: number | null, written = 0): CouncilCounts => ({ total, present, written });

describe('voteLine: one nominee of the vote table, as typed (share of the TOTAL membership)', () => {
  const rows: [string, number | null, CouncilCounts, number | null, Partial<ReturnType<typeof voteLine>>][] = [
    ['nothing typed yet', null, m(9, 8, 1), 0.8, { outcome: 'empty', share: null, need: 8, text: 'Chưa nhập phiếu', error: null }],
    ['8 of 9 is 88,9% and passes 80%', 8, m(9, 8, 1), 0.8, { outcome: 'pass', share: '88,9%', need: 8, text: 'Đạt', error: null }],
    ['exactly at the threshold passes (8/10 = 80%)', 8, m(10, 9, 1), 0.8, { outcome: 'pass', share: '80%', need: 8 }],
    ['one short fails and says how many are needed', 7, m(10, 9, 1), 0.8, { outcome: 'fail', share: '70%', text: 'Không đạt: cần ít nhất 8 phiếu', error: null }],
    ['shares are of all members, not of those present (8 present, 8 yes, 10 members)', 8, m(10, 8, 0), 0.9, { outcome: 'fail', share: '80%', need: 9 }],
    ['yes = present + written is allowed', 9, m(10, 8, 1), 0.8, { outcome: 'pass', error: null }],
    ['yes above present + written is an error', 10, m(10, 8, 1), 0.8, { outcome: 'invalid', share: null, error: 'Số phiếu đồng ý (10) lớn hơn số thành viên bỏ phiếu (8 có mặt + 1 bằng văn bản = 9).' }],
    ['votes before the meeting is entered are an error', 5, m(null, null), 0.8, { outcome: 'invalid', error: 'Hãy nhập tổng số thành viên và số có mặt của cuộc họp trước khi nhập phiếu.' }],
    ['a negative count is an error', -1, m(9, 9), 0.8, { outcome: 'invalid' }],
    ['no threshold: counted, never failed', 3, m(9, 9), null, { outcome: 'counted', share: '33,3%', need: null, text: 'Không cần đạt tỷ lệ' }],
    ['a 90% threshold on 9 members needs 9 (8,1 rounds up)', 8, m(9, 9), 0.9, { outcome: 'fail', need: 9 }],
  ];
  it.each(rows)('%s', (_name, yes, counts, threshold, expected) => {
    expect(voteLine(yes, counts, threshold)).toMatchObject(expected);
  });
});

describe('councilProblems: the meeting counts agree with each other', () => {
  const rows: [string, CouncilCounts, { field: string; message: string }[]][] = [
    ['a full meeting is fine', m(9, 9), []],
    ['present + written = members is fine', m(9, 7, 2), []],
    ['nothing entered yet is not a problem here', m(null, null), []],
    ['present above members', m(9, 10), [{ field: 'councilPresent', message: 'Số thành viên có mặt (10) lớn hơn tổng số thành viên (9).' }]],
    ['present + written above members', m(9, 8, 2), [{ field: 'councilWritten', message: 'Có mặt (8) cộng ý kiến bằng văn bản (2) vượt tổng số thành viên (9).' }]],
    ['a council of nobody', m(0, 0), [{ field: 'councilTotal', message: 'Hội đồng phải có ít nhất 1 thành viên.' }]],
  ];
  it.each(rows)('%s', (_name, counts, expected) => {
    expect(councilProblems(counts)).toEqual(expected);
  });
});
