// The Law's further routes and the awards added to the catalogue (issue 20): each with a passing
// and a failing case, on either side of 01/7/2025 (NĐ 98/2023 until 30/6/2025, NĐ 152/2025 after).
import { describe, expect, it } from 'vitest';
import { routeFor, ruleSetFor, type RuleSet } from '../../../src-shared/rules';
import { check, ev, hold, ND152, ND98, shipped, title, type Case } from './fixtures';

const SIDES = [
  ['NĐ 98/2023', ND98, '2025-06-30', 2024],
  ['NĐ 152/2025', ND152, '2026-01-15', 2025],
] as const;

const both = (cases: Omit<Case, 'ruleSet' | 'refDate'>[]) =>
  SIDES.flatMap(([side, rs, refDate, year]) =>
    cases.map((c) => ({ ...c, name: `${side}: ${c.name}`, ruleSet: rs, refDate, facts: { year, ...c.facts } })),
  );
const Y = (c: Case) => (c.facts.year ?? 2025);

describe('Lao động tiên tiến for workers and farmers (Luật TĐKT 2022, Điều 24 khoản 3): no task rating asked', () => {
  it.each(both([
    { name: 'a farmer with no rating passes', award: 'LDTT_CNND', facts: {}, overall: 'pass', expect: { 'ldtt-k3.route': ['pass', /không yêu cầu xếp loại/] } },
    { name: 'someone rated that year belongs to khoản 1 and fails', award: 'LDTT_CNND', facts: {}, overall: 'fail', expect: { 'ldtt-k3.route': ['fail', /là đối tượng của khoản 1/, /Lao động tiên tiến|LĐTT/] } },
    { name: 'the public-servant route without a rating still asks for one', award: 'LDTT', facts: {}, overall: 'evidence', expect: { 'ldtt.task': ['evidence', /Chưa có kết quả đánh giá/] } },
    { name: 'a hold refuses the farmer too', award: 'LDTT_CNND', facts: { holds: [hold('investigation', null, '2024-01-01', null)] }, overall: 'fail', expect: { hold: ['fail'] } },
  ]))('$name', (c) => {
    const withRating = c.name.includes('rated') ? { ...c, facts: { ...c.facts, evaluations: [ev(Y(c), 'HTT')] } } : c;
    check(withRating);
  });

  it.each(SIDES)('%s: LĐTT under khoản 1 the same year is the same title (once)', (_s, rs, refDate, year) => {
    check({ name: 'k1 then k3', award: 'LDTT_CNND', ruleSet: rs, refDate, facts: { year, history: [title('LDTT', year)] }, overall: 'fail', expect: { once: ['fail', /Đã được tặng Lao động tiên tiến năm/] } });
    check({ name: 'k3 then k1', award: 'LDTT', ruleSet: rs, refDate, facts: { year, evaluations: [ev(year, 'HTT')], history: [title('LDTT_CNND', year)] }, overall: 'fail', expect: { once: ['fail'] } });
    check({ name: 'other year', award: 'LDTT_CNND', ruleSet: rs, refDate, facts: { year, history: [title('LDTT', year - 1)] }, overall: 'pass', expect: { once: ['pass'] } });
  });
});

describe('Chiến sĩ tiên tiến (Điều 24 khoản 2) and the CSTĐCS route "mưu trí, sáng tạo trong chiến đấu" (Điều 23)', () => {
  it.each(both([
    { name: 'CSTT: HTT passes', award: 'CSTT', facts: {}, overall: 'pass', expect: { 'cstt.task': ['pass'] } },
    { name: 'CSTT: HT fails', award: 'CSTT', facts: {}, overall: 'fail', expect: { 'cstt.task': ['fail', /chỉ hoàn thành nhiệm vụ \(HT\)/] } },
  ]))('$name', (c) => {
    check({ ...c, facts: { ...c.facts, evaluations: [ev(Y(c), c.name.includes('HTT') ? 'HTT' : 'HT')] } });
  });

  const vote = { totalMembers: 10, present: 10, written: 0, yes: 10 };
  it.each(both([
    { name: 'HTT with confirmed combat ingenuity passes', award: 'CSTDCS', facts: { vote }, ctx: { confirmed: { 'cstdcs.combat': 'Giấy xác nhận của Ban Chỉ huy quân sự xã' } }, overall: 'pass', expect: { 'cstdcs.achievement': ['pass', /mưu trí, sáng tạo trong chiến đấu/, /Ban Chỉ huy quân sự/] } },
    { name: 'HTT without it fails', award: 'CSTDCS', facts: { vote }, overall: 'fail', expect: { 'cstdcs.achievement': ['fail'] } },
    { name: 'a blank confirmation is none', award: 'CSTDCS', facts: { vote }, ctx: { confirmed: { 'cstdcs.combat': '   ' } }, overall: 'fail', expect: { 'cstdcs.achievement': ['fail'] } },
  ]))('$name', (c) => {
    check({ ...c, facts: { ...c.facts, evaluations: [ev(Y(c), 'HTT')] } });
  });

  it.each(SIDES)('%s: the criterion text names the combat route', (_s, rs) => {
    expect(rs().awards.find((a) => a.code === 'CSTDCS')?.criteria.find((c) => c.id === 'cstdcs.achievement')?.text).toMatch(/mưu trí, sáng tạo trong chiến đấu/);
  });
});

describe('Tập thể lao động xuất sắc is refused where Tập thể lao động tiên tiến is refused for discipline', () => {
  const good = (disciplined: number) => ({
    subject: 'collective' as const,
    collective: { members: 10, ldtt: 10, completedTasks: 10, cstdcs: 2, disciplinedCanhCaoOrAbove: disciplined },
  });
  it.each(both([
    { name: 'TTLĐXS: nobody disciplined passes', award: 'TTLDXS', facts: good(0), overall: 'pass', expect: { 'ttldxs.discipline': ['pass'] } },
    { name: 'TTLĐXS: one cảnh cáo fails', award: 'TTLDXS', facts: good(1), overall: 'fail', expect: { 'ttldxs.discipline': ['fail', /Có 1 cá nhân bị kỷ luật từ cảnh cáo/] } },
    { name: 'TTLĐTT: one cảnh cáo fails the same way', award: 'TTLDTT', facts: good(1), overall: 'fail', expect: { 'ttldtt.discipline': ['fail', /Có 1 cá nhân bị kỷ luật từ cảnh cáo/] } },
  ]))('$name', (c) => {
    check({ ...c, facts: { ...c.facts, evaluations: [ev(Y(c), 'HTXS')] } });
  });
});

describe('households (hộ gia đình): Giấy khen (Luật Điều 75) and Bằng khen of the provincial chairman', () => {
  it.each(both([
    { name: 'Giấy khen: a household with its contribution confirmed passes', award: 'GIAY_KHEN_HGD', facts: { subject: 'household' }, ctx: { confirmed: { 'gk-hgd.contribution': 'Hiến 200 m² đất làm đường thôn' } }, overall: 'pass' },
    { name: 'Giấy khen: unconfirmed contribution needs evidence', award: 'GIAY_KHEN_HGD', facts: { subject: 'household' }, overall: 'evidence', expect: { 'gk-hgd.contribution': ['evidence'] } },
    { name: 'Giấy khen: a collective is the wrong subject', award: 'GIAY_KHEN_HGD', facts: { subject: 'collective' }, overall: 'fail', expect: { subject: ['fail', /dành cho hộ gia đình/] } },
    { name: 'Bằng khen tỉnh: confirmed household passes', award: 'BK_CT_TINH_HGD', facts: { subject: 'household' }, ctx: { confirmed: { 'bk-tinh-hgd.contribution': 'Ủng hộ 500 triệu đồng xây trường' } }, overall: 'pass' },
    { name: 'Bằng khen tỉnh: an individual is the wrong subject', award: 'BK_CT_TINH_HGD', facts: {}, overall: 'fail', expect: { subject: ['fail'] } },
  ]))('$name', (c) => {
    check(c);
  });
});

describe('state-level awards a province proposes: criteria needing evidence, deciders, documents, rounds', () => {
  const STATE = [
    ['HCLD_H3', 'individual', 'president', [5, 9]],
    ['HCLD_H3_TT', 'collective', 'president', [5, 9]],
    ['BK_TTCP', 'individual', 'prime-minister', [5, 9]],
    ['BK_TTCP_TT', 'collective', 'prime-minister', [5, 9]],
    ['CSTD_TQ', 'individual', 'prime-minister', [5, 9]],
    ['CO_TD_CP', 'collective', 'prime-minister', [2]],
    ['CO_TD_TINH', 'collective', 'province-chairman', [12, 7]],
    ['BK_CT_TINH', 'individual', 'province-chairman', [12, 7]],
  ] as const;
  const cases = SIDES.flatMap(([side, rs]) => STATE.map(([code, subject, decider, months]) => ({ side, rs, code, subject, decider, months })));
  it.each(cases)('$side: $code goes up through the province to $decider, sent in months $months', ({ rs, code, subject, decider, months }) => {
    const a = rs().awards.find((x) => x.code === code)!;
    expect(a.subject).toBe(subject);
    const route = routeFor(a, 'commune')!;
    expect(route.decidedBy).toBe(decider);
    expect(route.submitTo).toBe('province-chairman');
    expect(route.viaProvinceBody).toBe(true);
    expect((a.rounds ?? []).map((r) => r.month)).toEqual(months);
    expect(a.requiredDocuments.map((d) => d.code)).toContain('TO_TRINH');
    expect(a.requiredDocuments.some((d) => d.code.startsWith('BCTT_'))).toBe(true);
    expect(a.legalBasis).toMatch(/Điều \d+/);
  });

  it.each(both([
    { name: 'HC Lao động hạng Ba: criteria confirmed passes', award: 'HCLD_H3', facts: {}, ctx: { confirmed: { 'hcld3.criteria': 'Bằng khen Thủ tướng năm 2020 và 5 năm HTXS' } }, overall: 'pass' },
    { name: 'HC Lao động hạng Ba: unconfirmed needs evidence (criteria UNCONFIRMED, never guessed)', award: 'HCLD_H3', facts: {}, overall: 'evidence', expect: { 'hcld3.criteria': ['evidence'] } },
    { name: 'Bằng khen Thủ tướng: a hold refuses it', award: 'BK_TTCP', facts: { holds: [hold('discipline', 'khien-trach', '2024-03-01', null)] }, ctx: { confirmed: { 'bk-ttcp.criteria': 'x' } }, overall: 'fail', expect: { hold: ['fail'] } },
    { name: 'Bằng khen Thủ tướng (tập thể): confirmed passes', award: 'BK_TTCP_TT', facts: { subject: 'collective' }, ctx: { confirmed: { 'bk-ttcp.criteria': 'Hai năm liền TTLĐXS' } }, overall: 'pass' },
  ]))('$name', (c) => {
    check(c);
  });

  it('the unconfirmed criteria of the state-level forms say UNCONFIRMED', () => {
    for (const rs of shipped().ruleSets) {
      for (const code of ['HCLD_H3', 'HCLD_H3_TT', 'BK_TTCP', 'BK_TTCP_TT']) {
        for (const c of rs.awards.find((a) => a.code === code)!.criteria) expect(c.note, `${rs.id}/${code}`).toMatch(/UNCONFIRMED/);
      }
    }
  });
});

describe('deciders by the proposing unit\'s level: NĐ 98/2023 per Luật Điều 80 khoản 2, 3; NĐ 152/2025 with NĐ 129/2025 Điều 59', () => {
  const at = (date: string): RuleSet => ruleSetFor(shipped(), date);
  it.each([
    ['2025-06-30', 'LDTT', 'commune', 'commune-chairman', /Điều 80 khoản 3/],
    ['2025-06-30', 'LDTT', 'district', 'district-chairman', /Điều 80 khoản 2/],
    ['2025-06-30', 'CSTDCS', 'commune', 'district-chairman', /Điều 80 khoản 2/],
    ['2025-06-30', 'TTLDTT', 'commune', 'district-chairman', /Điều 80 khoản 2/],
    ['2025-06-30', 'THON_VH', 'commune', 'district-chairman', /Điều 80 khoản 2/],
    ['2025-06-30', 'GD_VH', 'commune', 'commune-chairman', /Điều 80 khoản 3/],
    ['2025-06-30', 'GIAY_KHEN', 'commune', 'commune-chairman', /Điều 80 khoản 3/],
    ['2025-06-30', 'GIAY_KHEN_HGD', 'commune', 'commune-chairman', /Điều 80 khoản 3/],
    ['2025-06-30', 'LDTT_CNND', 'commune', 'commune-chairman', /Điều 80 khoản 3/],
    ['2025-07-01', 'LDTT', 'commune', 'commune-chairman', /NĐ 129\/2025/],
    ['2025-07-01', 'CSTDCS', 'commune', 'commune-chairman', /NĐ 129\/2025/],
    ['2025-07-01', 'THON_VH', 'commune', 'commune-chairman', /NĐ 129\/2025/],
    ['2025-07-01', 'GIAY_KHEN_HGD', 'commune', 'commune-chairman', /NĐ 129\/2025/],
    ['2025-07-01', 'LDTT_CNND', 'commune', 'commune-chairman', /NĐ 129\/2025/],
  ] as const)('%s: %s proposed by a %s unit is decided by %s', (date, code, level, decider, citation) => {
    const route = routeFor(at(date).awards.find((a) => a.code === code), level);
    expect(route?.decidedBy).toBe(decider);
    expect(route?.submitTo).toBe(decider);
    expect(route?.citation).toMatch(citation);
  });

  it.each(['2025-06-30', '2025-07-01'])('%s: no district route is left after 01/7/2025, and every commune route is known', (date) => {
    const rs = at(date);
    for (const a of rs.awards.filter((x) => !['CSTT'].includes(x.code))) {
      expect(routeFor(a, 'commune'), `${rs.id}/${a.code}`).not.toBeNull();
      if (date >= '2025-07-01') expect(a.routes?.some((r) => r.decidedBy === 'district-chairman'), a.code).toBe(false);
    }
  });
});
