// Issue 20 through the services: households as nominees, the women count of a collective, the
// eligibility panel's rule-set statement and precedence notes, the tờ trình of a transitional
// dossier, and the awards.list call behind `awards list`.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { initializedHost, person } from '../helpers';

const docText = (b64: string) =>
  strFromU8(unzipSync(Buffer.from(b64, 'base64'))['word/document.xml']!).replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/\u00A0/g, ' ');

async function commune() {
  const { h, inst } = await initializedHost();
  const household = await h.call('collectives.create', { name: 'Hộ ông Lò Văn Pản', kind: 'household', unitId: inst.unitId, memberCount: 5 });
  const village = await h.call('collectives.create', { name: 'Thôn Đông', kind: 'village', unitId: inst.unitId, memberCount: 40 });
  return { h, inst, household, village };
}

describe('households as nominees: a collective of kind "household"', () => {
  it('a household award takes a household and refuses a village, writing nothing', async () => {
    const { h, household, village } = await commune();
    const d = await h.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'GIAY_KHEN_HGD', referenceDate: '2026-01-15', title: 'Giấy khen hộ gia đình 2025' });
    const before = h.snapshot();
    const err = await h.fail('dossiers.addNominee', { dossierId: d.id, subjectType: 'collective', subjectId: village.id });
    expect(err.message).toMatch(/dành cho hộ gia đình; hãy chọn một hộ gia đình/);
    expect(h.snapshot()).toBe(before);
    const n = await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'collective', subjectId: household.id, summary: 'Hiến đất làm đường' });
    expect(n.name).toBe('Hộ ông Lò Văn Pản');
    const e = await h.call('dossiers.eligibility', { id: d.id });
    expect(e.nominees[0]?.criteria.map((c) => [c.id, c.result])).toEqual([['hold', 'pass'], ['gk-hgd.contribution', 'evidence']]);
  });

  it('a collective award refuses a household', async () => {
    const { h, household } = await commune();
    const d = await h.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'GIAY_KHEN_TT', referenceDate: '2026-01-15', title: 'Giấy khen tập thể 2025' });
    expect((await h.fail('dossiers.addNominee', { dossierId: d.id, subjectType: 'collective', subjectId: household.id })).message).toMatch(/không dành cho hộ gia đình/);
  });
});

describe('precedence notes and the rule-set statement in the eligibility result', () => {
  it('a woman comes first among equals under NĐ 152/2025; a collective by its women count; more women than members is refused', async () => {
    const { h, inst, village } = await commune();
    const an = await h.call('people.create', person({ unitId: inst.unitId }));
    const hoa = await h.call('people.create', person({ familyName: 'Lê', middleName: 'Thị', givenName: 'Hoa', gender: 'female', unitId: inst.unitId }));
    const d = await h.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'LDTT', referenceDate: '2026-01-15', title: 'LĐTT 2025' });
    const nAn = await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: an.id });
    const nHoa = await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: hoa.id });
    const e = await h.call('dossiers.eligibility', { id: d.id });
    expect(e.statement).toEqual({ text: expect.stringMatching(/^Áp dụng quy định có hiệu lực tại ngày xét 15\/01\/2026: .*NĐ 152\/2025/), citation: null, paperText: null, transitional: false, meetingWarning: null });
    expect(e.nominees.find((n) => n.nomineeId === nHoa.id)?.precedence).toEqual([
      { id: 'women-first', priority: true, text: expect.stringMatching(/^Nữ: được ưu tiên/), citation: 'NĐ 152/2025/NĐ-CP, Điều 4' },
    ]);
    expect(e.nominees.find((n) => n.nomineeId === nAn.id)?.precedence).toEqual([]);
    expect(e.precedenceOrder).toEqual([nHoa.id, nAn.id]);

    const t = await h.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'TTLDTT', referenceDate: '2026-01-15', title: 'TTLĐTT 2025' });
    const nv = await h.call('dossiers.addNominee', { dossierId: t.id, subjectType: 'collective', subjectId: village.id });
    const facts = { members: 10, ldtt: 8, completedTasks: 10, cstdcs: 1, disciplined: 0 };
    expect((await h.fail('dossiers.updateNominee', { dossierId: t.id, nomineeId: nv.id, collectiveFacts: { ...facts, women: 11 } })).message).toMatch(/Số thành viên nữ \(11\) lớn hơn số thành viên \(10\)/);
    await h.call('dossiers.updateNominee', { dossierId: t.id, nomineeId: nv.id, collectiveFacts: { ...facts, women: 8 } });
    const et = await h.call('dossiers.eligibility', { id: t.id });
    expect(et.nominees[0]?.precedence.map((p) => [p.id, p.priority])).toEqual([['women-collective', true]]);
    expect(et.nominees[0]?.precedence[0]?.text).toMatch(/8\/10 thành viên nữ \(80%\)/);
  });

  it('under NĐ 98/2023 (reviewed 30/06/2025) no precedence note is given', async () => {
    const { h, inst } = await commune();
    const hoa = await h.call('people.create', person({ familyName: 'Lê', middleName: 'Thị', givenName: 'Hoa', gender: 'female', unitId: inst.unitId }));
    const d = await h.call('dossiers.create', { year: 2024, round: 'annual', awardCode: 'LDTT', referenceDate: '2025-06-30', title: 'LĐTT 2024' });
    await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: hoa.id });
    const e = await h.call('dossiers.eligibility', { id: d.id });
    expect(e.ruleSetId).toBe('VN-ND98-2023');
    expect(e.statement.transitional).toBe(false);
    expect(e.nominees[0]?.precedence).toEqual([]);
  });

  it('an achievement year before 01/7/2025 reviewed after it: the panel and the tờ trình say which rule set and why', async () => {
    const { h, inst } = await commune();
    const hoa = await h.call('people.create', person({ familyName: 'Lê', middleName: 'Thị', givenName: 'Hoa', gender: 'female', unitId: inst.unitId }));
    await h.call('evaluations.set', { personId: hoa.id, year: 2024, level: 'HTT' });
    const d = await h.call('dossiers.create', { year: 2024, round: 'annual', awardCode: 'LDTT', referenceDate: '2025-09-15', title: 'LĐTT 2024 (xét bổ sung)' });
    await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: hoa.id });
    await h.call('dossiers.setMeeting', { id: d.id, meetingDate: '2025-09-10', councilTotal: 7, councilPresent: 7, councilWritten: 0 });
    const e = await h.call('dossiers.eligibility', { id: d.id });
    expect(e.ruleSetId).toBe('VN-ND152-2025');
    expect(e.statement.transitional).toBe(true);
    expect(e.statement.text).toMatch(/^Thành tích năm 2024 đạt được khi Luật TĐKT 2022; NĐ 98\/2023\/NĐ-CP \(hiệu lực đến 30\/06\/2025\) còn hiệu lực; hồ sơ xét ngày 15\/09\/2025 áp dụng/);
    expect(e.statement.citation).toMatch(/Điều 60: UNCONFIRMED/);
    const toTrinh = docText((await h.call('print.document', { kind: 'dossier-to-trinh', id: d.id })).contentBase64);
    expect(toTrinh).toContain(
      'Thành tích năm 2024 đạt được khi Nghị định số 98/2023/NĐ-CP còn hiệu lực (đến ngày 30/06/2025); hồ sơ được xét ngày 15/09/2025, ' +
        'áp dụng quy định có hiệu lực tại ngày xét: Luật Thi đua, khen thưởng năm 2022; Nghị định số 152/2025/NĐ-CP; Nghị định số 129/2025/NĐ-CP.',
    );
    expect(toTrinh).not.toMatch(/UNCONFIRMED/);
    expect(toTrinh).toMatch(/Chủ tịch Ủy ban nhân dân xã|Chủ tịch UBND/);

    const plain = await h.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'LDTT', referenceDate: '2026-01-15', title: 'LĐTT 2025' });
    await h.call('dossiers.addNominee', { dossierId: plain.id, subjectType: 'person', subjectId: hoa.id });
    const text2 = docText((await h.call('print.document', { kind: 'dossier-to-trinh', id: plain.id })).contentBase64);
    expect(text2).not.toMatch(/đạt được khi/);
  });
});

describe('awards.list: the catalogue for a reference date', () => {
  it.each([
    ['2025-06-30', 'VN-ND98-2023', 'nd98-ca-nhan-thuong-xuyen', null],
    ['2025-07-01', 'VN-ND152-2025', 'nd152-ca-nhan-thuong-xuyen', /Điều 60: UNCONFIRMED/],
  ])('on %s: %s, worker LĐTT with form %s, household and state-level awards, each with its article', async (date, id, form, transition) => {
    const { h } = await commune();
    const r = await h.call('awards.list', { referenceDate: date });
    expect(r.ruleSetId).toBe(id);
    if (transition) expect(r.transition?.citation).toMatch(transition);
    else expect(r.transition).toBeNull();
    const by = new Map(r.awards.map((a) => [a.code, a]));
    expect(by.get('LDTT_CNND')).toMatchObject({ reportForm: form, legalBasis: expect.stringMatching(/Điều 24 khoản 3/) });
    expect(by.get('CSTT')?.legalBasis).toMatch(/Điều 24 khoản 2/);
    expect(by.get('GIAY_KHEN_HGD')).toMatchObject({ subject: 'household', reportForm: 'ho-gia-dinh', legalBasis: expect.stringMatching(/Điều 75/) });
    for (const code of ['HCLD_H3', 'BK_TTCP', 'CO_TD_CP', 'CSTD_TQ']) expect(by.get(code)?.levelLabel, code).toBe('Cấp Nhà nước');
    for (const code of ['CO_TD_TINH', 'BK_CT_TINH']) expect(by.get(code)?.levelLabel, code).toBe('Cấp tỉnh');
    for (const a of r.awards) expect(a.legalBasis, a.code).toMatch(/Điều \d+/);
  });

  it('refuses an impossible date in Vietnamese', async () => {
    const { h } = await commune();
    expect((await h.fail('awards.list', { referenceDate: '2025-02-30' })).message).toMatch(/[ăâđêôơư]/);
  });
});

describe('the new awards print: addressee from the route, household nominees, a route the catalogue does not know', () => {
  it.each([
    ['GIAY_KHEN_HGD', 'household', /Chủ tịch Ủy ban nhân dân xã Tân Phong/],
    ['HCLD_H3', 'person', /Chủ tịch Ủy ban nhân dân tỉnh Lai Châu/],
    ['BK_TTCP_TT', 'village', /Chủ tịch Ủy ban nhân dân tỉnh Lai Châu/],
    ['LDTT_CNND', 'person', /Chủ tịch Ủy ban nhân dân xã Tân Phong/],
  ] as const)('%s: the tờ trình goes to the route\'s addressee; every paper of the set builds', async (code, who, addressee) => {
    const { h, inst, household, village } = await commune();
    const p = await h.call('people.create', person({ unitId: inst.unitId }));
    const d = await h.call('dossiers.create', { year: 2025, round: 'annual', awardCode: code, referenceDate: '2026-01-15', title: `Hồ sơ ${code}` });
    const subject = who === 'person' ? { subjectType: 'person' as const, subjectId: p.id } : { subjectType: 'collective' as const, subjectId: (who === 'household' ? household : village).id };
    await h.call('dossiers.addNominee', { dossierId: d.id, ...subject, summary: 'Thành tích xuất sắc' });
    const toTrinh = docText((await h.call('print.document', { kind: 'dossier-to-trinh', id: d.id })).contentBase64);
    expect(toTrinh).toMatch(addressee);
    for (const kind of ['dossier-danh-sach', 'dossier-bien-ban'] as const) {
      expect(docText((await h.call('print.document', { kind, id: d.id })).contentBase64).length).toBeGreaterThan(100);
    }
  });

  it('CSTT, whose decider the catalogue leaves UNCONFIRMED, still prints a tờ trình', async () => {
    const { h, inst } = await commune();
    const p = await h.call('people.create', person({ unitId: inst.unitId, position: 'Dân quân thường trực' }));
    const d = await h.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'CSTT', referenceDate: '2026-01-15', title: 'Chiến sĩ tiên tiến 2025' });
    await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: p.id });
    expect(docText((await h.call('print.document', { kind: 'dossier-to-trinh', id: d.id })).contentBase64)).toMatch(/Chiến sĩ tiên tiến/);
  });
});

describe('the women count is stored only when known', () => {
  it('a blank women count leaves the stored figures as they were before the field existed', async () => {
    const { h, village } = await commune();
    const t = await h.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'TTLDTT', referenceDate: '2026-01-15', title: 'TTLĐTT 2025' });
    const nv = await h.call('dossiers.addNominee', { dossierId: t.id, subjectType: 'collective', subjectId: village.id });
    const facts = { members: 10, ldtt: 8, completedTasks: 10, cstdcs: 1, disciplined: 0 };
    const stored = () => (h.context().sqlite.prepare('SELECT collective_facts f FROM dossier_nominees WHERE id = ?').get(nv.id) as { f: string }).f;
    await h.call('dossiers.updateNominee', { dossierId: t.id, nomineeId: nv.id, collectiveFacts: { ...facts, women: null } });
    expect(stored()).toBe(JSON.stringify(facts));
    await h.call('dossiers.updateNominee', { dossierId: t.id, nomineeId: nv.id, collectiveFacts: { ...facts, women: 4 } });
    expect(stored()).toBe(JSON.stringify({ ...facts, women: 4 }));
  });
});
