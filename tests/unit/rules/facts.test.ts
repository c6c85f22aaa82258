import { describe, expect, it } from 'vitest';
import { evaluate, nomineeFactsSchema } from '../../../src-shared/rules';
import { ev, facts, hold, ND152, sol, title } from './fixtures';

describe('nomineeFactsSchema: the facts the main process hands the engine', () => {
  const good = facts({
    history: [title('CSTDCS', 2024, 'cong-trang', '2025-01-20')],
    evaluations: [ev(2025, 'HTT')],
    initiatives: [sol('SK1', '2025-05-10')],
    holds: [hold('discipline', 'khien-trach', '2024-01-01', '2024-06-30')],
    collective: { members: 10, ldtt: 7, completedTasks: 10, cstdcs: 1, disciplinedCanhCaoOrAbove: 0 },
    vote: { totalMembers: 9, present: 8, written: 1, yes: 8 },
  });

  it('accepts well-formed facts unchanged', () => {
    expect(nomineeFactsSchema.parse(good)).toEqual(good);
  });

  it.each([
    ['a hold ending before it starts', { holds: [hold('discipline', 'canh-cao', '2025-05-01', '2025-04-01')] }, /Ngày kết thúc trước ngày bắt đầu/],
    ['an impossible recognition date', { initiatives: [sol('SK1', '2025-02-30')] }, /ngày có thật/],
    ['an unknown evaluation level', { evaluations: [{ year: 2025, level: 'XS' }] }, /HTXS/],
    ['an unknown loại hình', { history: [{ ...title('LDTT', 2025), category: 'nien-han' }] }, /cong-trang/],
    ['a negative member count', { collective: { members: -1, ldtt: 0, completedTasks: 0, cstdcs: 0, disciplinedCanhCaoOrAbove: 0 } }, /0/],
    ['a fractional vote', { vote: { totalMembers: 9, present: 8, written: 1, yes: 7.5 } }, /int/i],
  ])('refuses %s', (_name, patch, message) => {
    const r = nomineeFactsSchema.safeParse({ ...good, ...patch });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message).join(' ')).toMatch(message);
  });
});

describe('evaluate: arguments', () => {
  it.each(['15/01/2026', '2026-02-30', ''])('refuses the reference date %j in Vietnamese', (d) => {
    expect(() => evaluate(facts(), 'LDTT', ND152(), d)).toThrow(/Ngày tham chiếu .* không hợp lệ/);
  });

  it('reports the award, its name, the rule set, the date and the year it judged', () => {
    const r = evaluate(facts({ evaluations: [ev(2025, 'HTT')] }), 'LDTT', ND152(), '2026-01-15');
    expect(r).toMatchObject({ award: 'LDTT', awardName: 'Lao động tiên tiến', ruleSetId: 'VN-ND152-2025', refDate: '2026-01-15', year: 2025, overall: 'pass' });
  });
});
