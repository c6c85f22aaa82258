import { describe, expect, it } from 'vitest';
import { EMULATION_TITLES } from '../../../src-shared/catalog/titles';
import {
  AUTO_CRITERIA,
  CatalogueError,
  GENERAL_CRITERIA,
  parseCatalogue,
  ruleSetFor,
  type Catalogue,
  type RuleSet,
} from '../../../src-shared/rules';
import { catalogueText, shipped, VIETNAMESE } from './fixtures';

const REQUIRED_CODES = [
  'LDTT', 'CSTDCS', 'CSTD_TINH', 'CSTD_TQ', 'TTLDTT', 'TTLDXS', 'BK_CT_TINH', 'BK_CT_TINH_TT', 'GIAY_KHEN', 'GIAY_KHEN_TT', 'CO_TD_TINH',
];

const set = (cat: Catalogue, id: string): RuleSet => {
  const rs = cat.ruleSets.find((r) => r.id === id);
  if (!rs) throw new Error(`no rule set ${id}`);
  return rs;
};
const award = (rs: RuleSet, code: string) => {
  const a = rs.awards.find((x) => x.code === code);
  if (!a) throw new Error(`no award ${code} in ${rs.id}`);
  return a;
};

describe('shipped catalogue resources/awards/catalogue.v1.json', () => {
  it('parses without errors', () => {
    const r = parseCatalogue(catalogueText());
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  it('holds exactly the two national rule sets, NĐ 98/2023 until 30/6/2025 and NĐ 152/2025 from 01/7/2025', () => {
    const cat = shipped();
    expect(cat.province).toBeNull();
    expect(cat.ruleSets.map((r) => [r.id, r.effectiveFrom, r.effectiveTo, r.province])).toEqual([
      ['VN-ND98-2023', '2024-01-01', '2025-06-30', null],
      ['VN-ND152-2025', '2025-07-01', null, null],
    ]);
    expect(set(cat, 'VN-ND98-2023').legalBasis).toContain('NĐ 98/2023/NĐ-CP');
    expect(set(cat, 'VN-ND152-2025').legalBasis).toContain('NĐ 152/2025/NĐ-CP');
  });

  const cat = shipped();
  const pairs = cat.ruleSets.flatMap((rs) => REQUIRED_CODES.map((code) => ({ rs: rs.id, code })));
  it.each(pairs)('$rs defines $code', ({ rs, code }) => {
    expect(award(set(cat, rs), code).name.length).toBeGreaterThan(3);
  });

  it.each(EMULATION_TITLES.filter((t) => cat.ruleSets[0]?.awards.some((a) => a.code === t.code)))(
    'title $code has the subject src-shared/catalog/titles.ts gives it ($subject)',
    (t) => {
      for (const rs of cat.ruleSets) {
        const a = award(rs, t.code);
        expect(a.subject).toBe(t.subject);
        expect(a.kind).toBe('title');
      }
    },
  );

  it.each([
    ['VN-ND152-2025', 'LDTT', /Chủ tịch UBND cấp xã/],
    ['VN-ND152-2025', 'CSTDCS', /Chủ tịch UBND cấp xã/],
    ['VN-ND152-2025', 'TTLDTT', /Chủ tịch UBND cấp xã/],
    ['VN-ND152-2025', 'GIAY_KHEN', /Chủ tịch UBND cấp xã/],
    ['VN-ND152-2025', 'GIAY_KHEN_TT', /Chủ tịch UBND cấp xã/],
    ['VN-ND98-2023', 'LDTT', /Chủ tịch UBND cấp huyện/],
    ['VN-ND98-2023', 'CSTDCS', /Chủ tịch UBND cấp huyện/],
    ['VN-ND98-2023', 'TTLDTT', /Chủ tịch UBND cấp huyện/],
    ['VN-ND152-2025', 'TTLDXS', /^Chủ tịch UBND tỉnh$/],
    ['VN-ND152-2025', 'BK_CT_TINH', /^Chủ tịch UBND tỉnh$/],
    ['VN-ND152-2025', 'CSTD_TINH', /^Chủ tịch UBND tỉnh$/],
    ['VN-ND152-2025', 'CSTD_TQ', /^Thủ tướng Chính phủ$/],
  ])('%s: %s is awarded by %s', (rs, code, authority) => {
    expect(award(set(cat, rs), code).authority).toMatch(authority);
  });

  it('post-2025 commune awards cite NĐ 129/2025 Điều 59 in their legal basis; pre-2025 ones do not', () => {
    for (const code of ['LDTT', 'CSTDCS', 'TTLDTT', 'GIAY_KHEN']) {
      expect(award(set(cat, 'VN-ND152-2025'), code).legalBasis).toContain('NĐ 129/2025/NĐ-CP, Điều 59');
      expect(award(set(cat, 'VN-ND98-2023'), code).legalBasis).not.toContain('NĐ 129/2025');
    }
  });

  it.each([
    ['VN-ND98-2023', 'CSTDCS', 0.8],
    ['VN-ND98-2023', 'CO_TD_TINH', 0.8],
    ['VN-ND98-2023', 'CSTD_TINH', 0.9],
    ['VN-ND98-2023', 'CSTD_TQ', 0.9],
    ['VN-ND152-2025', 'CSTDCS', 0.8],
    ['VN-ND152-2025', 'CO_TD_TINH', 0.8],
    ['VN-ND152-2025', 'CSTD_TINH', 0.9],
    ['VN-ND152-2025', 'CSTD_TQ', 0.9],
    ['VN-ND152-2025', 'LDTT', null],
    ['VN-ND152-2025', 'TTLDTT', null],
  ])('%s: %s vote threshold is %s of total membership, by secret ballot when set', (rs, code, threshold) => {
    const a = award(set(cat, rs), code);
    expect(a.vote.threshold).toBe(threshold);
    expect(set(cat, rs).parameters.voteThresholds[code]).toBe(threshold ?? undefined);
    expect(a.vote.secretBallot).toBe(threshold !== null);
  });

  it('the NĐ 152 thresholds are marked UNCONFIRMED, the NĐ 98 ones cite Điều 30 khoản 7', () => {
    expect(set(cat, 'VN-ND152-2025').parameters.notes?.voteThresholds).toMatch(/UNCONFIRMED/);
    expect(set(cat, 'VN-ND98-2023').parameters.notes?.voteThresholds).toMatch(/Điều 30 khoản 7/);
    const vote152 = set(cat, 'VN-ND152-2025').generalCriteria.find((c) => c.id === 'vote');
    expect(vote152?.note).toMatch(/UNCONFIRMED/);
  });

  it.each([
    ['CSTDCS', ['TO_TRINH:ND152-M01', 'BCTT_CA_NHAN:ND152-M05', 'BIEN_BAN:', 'XAC_NHAN_THANH_TICH:']],
    ['LDTT', ['TO_TRINH:ND152-M01', 'BCTT_CA_NHAN:ND152-M05', 'BIEN_BAN:']],
    ['TTLDTT', ['TO_TRINH:ND152-M01', 'BCTT_TAP_THE:ND152-M04', 'BIEN_BAN:']],
    ['CSTD_TINH', ['TO_TRINH:ND152-M01', 'BCTT_CA_NHAN:ND152-M05', 'BIEN_BAN:', 'XAC_NHAN_SANG_KIEN:']],
    ['CSTD_TQ', ['TO_TRINH:ND152-M01', 'BCTT_CSTD_TQ:ND152-M03', 'BIEN_BAN:', 'XAC_NHAN_SANG_KIEN:']],
  ])('NĐ 152: %s requires %j (document:template)', (code, expected) => {
    const docs = award(set(cat, 'VN-ND152-2025'), code).requiredDocuments.map((d) => `${d.code}:${d.template ?? ''}`);
    expect(docs).toEqual(expected);
  });

  it('inferred template numbers (anything but Mẫu 01 and 05) carry an INFERRED note; NĐ 98 sets have no template numbers', () => {
    for (const a of set(cat, 'VN-ND152-2025').awards) {
      for (const d of a.requiredDocuments) {
        if (d.template && !['ND152-M01', 'ND152-M05'].includes(d.template)) expect(d.note, `${a.code}/${d.code}`).toMatch(/INFERRED/);
        if (d.copies === null) expect(d.note, `${a.code}/${d.code}`).toMatch(/Điều 6 khoản 2 điểm c/);
      }
    }
    expect(set(cat, 'VN-ND98-2023').awards.flatMap((a) => a.requiredDocuments).filter((d) => d.template !== null)).toEqual([]);
  });

  it.each(cat.ruleSets.map((rs) => rs.id))('%s: every criterion the engine answers is described with a citation, and nothing else is marked auto', (id) => {
    const rs = set(cat, id);
    expect(rs.generalCriteria.map((c) => c.id).sort()).toEqual([...GENERAL_CRITERIA].sort());
    for (const a of rs.awards) {
      const auto = a.criteria.filter((c) => c.check === 'auto').map((c) => c.id);
      expect(auto, a.code).toEqual([...(AUTO_CRITERIA[a.code] ?? [])]);
      for (const c of [...a.criteria, ...rs.generalCriteria]) {
        expect(c.citation, `${a.code}/${c.id}`).toMatch(/Luật TĐKT 2022|NĐ \d+\/20\d\d\/NĐ-CP/);
        expect(c.text, `${a.code}/${c.id}`).toMatch(VIETNAMESE);
      }
    }
  });

  it('criteria citing the article numbers the reference marks INFERRED (Luật Điều 25, 27, 28, 74) say so in a note', () => {
    const inferred = /Luật TĐKT 2022, Điều (25|27|28|74)\b/;
    const cited = cat.ruleSets.flatMap((rs) => rs.awards.flatMap((a) => a.criteria)).filter((c) => inferred.test(c.citation));
    expect(cited.length).toBeGreaterThan(10);
    for (const c of cited) expect(c.note, c.id).toMatch(/INFERRED/);
  });

  it('every parameter note of NĐ 152 names a real parameter and the unconfirmed ones say UNCONFIRMED', () => {
    const notes = set(cat, 'VN-ND152-2025').parameters.notes ?? {};
    expect(notes.cstdTqStepYears).toMatch(/UNCONFIRMED/);
    expect(notes.cstdcsRoute).toMatch(/UNCONFIRMED/);
  });
});

// -------------------------------------------------------------------------------------------------

type Mutation = (c: Record<string, any>) => void; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('parseCatalogue: Vietnamese errors that say where', () => {
  const base = () => JSON.parse(catalogueText()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const cstdcs = (c: Record<string, any>) => c.ruleSets[1].awards[1]; // eslint-disable-line @typescript-eslint/no-explicit-any

  const cases: [string, Mutation, RegExp][] = [
    ['threshold above 1', (c) => { cstdcs(c).vote.threshold = 1.2; }, /Bộ quy tắc thứ 2 \(VN-ND152-2025\) › khen thưởng thứ 2 \(CSTDCS\) › trường “vote\.threshold”: Tỷ lệ phải là số từ 0 đến 1/],
    ['threshold disagreeing with voteThresholds', (c) => { cstdcs(c).vote.threshold = 0.75; }, /Ngưỡng biểu quyết của “CSTDCS” \(0\.8\) khác với vote\.threshold của khen thưởng \(0\.75\)/],
    ['voteThresholds naming an unknown award', (c) => { c.ruleSets[0].parameters.voteThresholds.ANH_HUNG = 0.9; }, /Mã “ANH_HUNG” không có trong danh sách khen thưởng/],
    ['award with a threshold missing from voteThresholds', (c) => { delete c.ruleSets[0].parameters.voteThresholds.CSTD_TQ; }, /Thiếu ngưỡng biểu quyết của “CSTD_TQ”/],
    ['duplicate award code', (c) => { c.ruleSets[0].awards[2].code = 'LDTT'; }, /Mã khen thưởng “LDTT” bị trùng/],
    ['duplicate criterion id', (c) => { cstdcs(c).criteria[1].id = 'cstdcs.ldtt'; }, /Mã tiêu chí “cstdcs\.ldtt” bị trùng/],
    ['effectiveTo before effectiveFrom', (c) => { c.ruleSets[0].effectiveTo = '2023-12-31'; }, /Ngày hết hiệu lực 31\/12\/2023 trước ngày có hiệu lực 01\/01\/2024/],
    ['two national sets in force on the same day', (c) => { c.ruleSets[0].effectiveTo = '2025-07-01'; }, /trùng với bộ quy tắc “VN-ND98-2023”/],
    ['impossible date', (c) => { c.ruleSets[1].effectiveFrom = '2025-02-30'; }, /trường “effectiveFrom”: Ngày phải có dạng yyyy-mm-dd và là ngày có thật/],
    ['misspelt field', (c) => { cstdcs(c).vote.treshold = 0.8; }, /trường “vote”: Trường không được hỗ trợ: treshold/],
    ['missing field', (c) => { delete cstdcs(c).authority; }, /khen thưởng thứ 2 \(CSTDCS\) › trường “authority”: Thiếu trường bắt buộc/],
    ['missing enum field', (c) => { delete cstdcs(c).kind; }, /trường “kind”: Thiếu trường bắt buộc/],
    ['unknown enum value', (c) => { cstdcs(c).category = 'nien-han'; }, /trường “category”: Giá trị không hợp lệ; chỉ nhận: cong-trang, dot-xuat/],
    ['empty citation', (c) => { cstdcs(c).criteria[0].citation = ''; }, /tiêu chí thứ 1 \(cstdcs\.ldtt\) › trường “citation”: Không được để trống/],
    ['wrong type', (c) => { c.ruleSets[0].parameters.cstdTinhStreak = '3'; }, /trường “parameters\.cstdTinhStreak”: Sai kiểu dữ liệu: cần số/],
    ['note on a parameter that does not exist', (c) => { c.ruleSets[0].parameters.notes.quorum = 'x'; }, /Không có tham số “quorum”/],
    ['a province catalogue carrying another province', (c) => { c.province = 'BN'; c.ruleSets[1].province = 'HN'; }, /Danh mục của tỉnh “BN” không được chứa bộ quy tắc của tỉnh “HN”/],
    ['catalogue version 0', (c) => { c.catalogueVersion = 0; }, /Trường “catalogueVersion”: Giá trị phải từ 1 trở lên/],
    ['no rule sets', (c) => { c.ruleSets = []; }, /Trường “ruleSets”: Cần ít nhất 1 mục/],
  ];

  it.each(cases)('%s', (_name, mutate, message) => {
    const c = base();
    mutate(c);
    const r = parseCatalogue(c);
    expect(r.ok).toBe(false);
    const errors = r.ok ? [] : r.errors;
    expect(errors.join('\n')).toMatch(message);
    for (const e of errors) {
      expect(e).toMatch(VIETNAMESE);
      expect(e).not.toMatch(/Invalid|expected|Required/);
    }
  });

  it('refuses text that is not JSON, in Vietnamese', () => {
    expect(parseCatalogue('{ "catalogueVersion": 1,')).toEqual({ ok: false, errors: ['Tệp danh mục khen thưởng không phải JSON hợp lệ.'] });
  });

  it('accepts the same catalogue as text or as an object', () => {
    expect(parseCatalogue(base()).ok).toBe(true);
    expect(parseCatalogue(catalogueText()).ok).toBe(true);
  });
});

// -------------------------------------------------------------------------------------------------

/** The shipped catalogue plus a Bắc Ninh set from 15/12/2025 (its QĐ 86/2025 takes effect then). */
function withProvince(): Catalogue {
  const cat = shipped();
  const nd152 = set(cat, 'VN-ND152-2025');
  cat.ruleSets.push({ ...nd152, id: 'BN-QD86-2025', province: 'BN', effectiveFrom: '2025-12-15', legalBasis: `${nd152.legalBasis}; QĐ 86/2025/QĐ-UBND` });
  return cat;
}

describe('ruleSetFor: the set in force on the reference date; a province set beats the national one', () => {
  it.each([
    ['2024-01-01', null, 'VN-ND98-2023'],
    ['2025-06-30', null, 'VN-ND98-2023'],
    ['2025-07-01', null, 'VN-ND152-2025'],
    ['2030-12-31', null, 'VN-ND152-2025'],
    ['2025-06-30', 'BN', 'VN-ND98-2023'],
    ['2025-12-14', 'BN', 'VN-ND152-2025'],
    ['2025-12-15', 'BN', 'BN-QD86-2025'],
    ['2026-03-01', 'BN', 'BN-QD86-2025'],
    ['2026-03-01', 'HN', 'VN-ND152-2025'],
    ['2026-03-01', null, 'VN-ND152-2025'],
  ])('%s, province %s → %s', (refDate, province, id) => {
    expect(ruleSetFor(withProvince(), refDate, province).id).toBe(id);
  });

  it('throws a Vietnamese CatalogueError before the first set takes effect', () => {
    expect(() => ruleSetFor(shipped(), '2023-12-31')).toThrow(CatalogueError);
    expect(() => ruleSetFor(shipped(), '2023-12-31')).toThrow(
      /Danh mục khen thưởng \(phiên bản 1\) không có bộ quy tắc nào có hiệu lực ngày 31\/12\/2023\. Hãy kiểm tra ngày tham chiếu/,
    );
  });

  it('names the province when only a province catalogue is loaded and it does not cover the date', () => {
    const cat = withProvince();
    cat.ruleSets = cat.ruleSets.filter((r) => r.province === 'BN');
    expect(() => ruleSetFor(cat, '2025-12-01', 'BN')).toThrow(/ngày 01\/12\/2025 cho tỉnh “BN”/);
  });

  it.each(['2025-13-01', '15/01/2026', ''])('refuses the reference date %j', (d) => {
    expect(() => ruleSetFor(shipped(), d)).toThrow(/Ngày tham chiếu .* không hợp lệ/);
  });
});
