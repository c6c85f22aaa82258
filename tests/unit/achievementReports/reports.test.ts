import { describe, expect, it } from 'vitest';
import type { ApiInput } from '../../../src-shared/api';
import { initializedHost, person, readOnlyDb } from '../helpers';

/** A CSTĐCS dossier (NĐ 152, reference date 15/01/2026) with one person who has an LĐTT and a Giấy khen on record. */
async function setup(opts: { round?: 'annual' | 'adhoc' | 'thematic'; referenceDate?: string; legacy?: string } = {}) {
  const { h, inst } = await initializedHost();
  const huong = await h.call('people.create', person({
    familyName: 'Đặng', middleName: 'Thị', givenName: 'Hương', gender: 'female', birthDate: '1985-09-02', unitId: inst.unitId, position: 'Công chức Văn hóa - Xã hội',
  }));
  const d = await h.call('dossiers.create', {
    year: 2025, round: opts.round ?? 'annual', awardCode: opts.round === 'adhoc' ? 'GIAY_KHEN' : 'CSTDCS', referenceDate: opts.referenceDate ?? '2026-01-15', title: 'Hồ sơ năm 2025',
  });
  const n = await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: huong.id, summary: '' });
  if (opts.legacy) await h.call('dossiers.updateNominee', { dossierId: d.id, nomineeId: n.id, summary: '', report: opts.legacy, voteYes: null });
  await h.call('awards.addHistory', {
    subjectType: 'person', subjectId: huong.id, year: 2024, awardCode: 'LDTT', awardName: 'Lao động tiên tiến', decisionNumber: '15/QĐ-UBND', decisionDate: '2024-12-20', issuer: 'UBND xã Tân Phong',
  });
  await h.call('awards.addHistory', {
    subjectType: 'person', subjectId: huong.id, year: 2023, awardCode: 'GIAY_KHEN', awardName: 'Giấy khen (cá nhân)', decisionNumber: '', decisionDate: null, issuer: 'UBND xã Tân Phong',
  });
  return { h, inst, d, n };
}

const reportRows = (h: Awaited<ReturnType<typeof setup>>['h']) =>
  readOnlyDb(h.dataDir).prepare('SELECT * FROM achievement_reports').all() as { template_id: string; template_version: number; content: string; rev: number }[];
const auditRows = (h: Awaited<ReturnType<typeof setup>>['h']) =>
  readOnlyDb(h.dataDir).prepare(`SELECT action, entity, after FROM audit WHERE entity = 'achievement-report' ORDER BY seq`).all() as { action: string; after: string }[];

describe('achievement reports (báo cáo thành tích by the decree form)', () => {
  it('opens filled from the registry and the award history: NĐ 152 individual form, titles and commendations apart', async () => {
    const { h, n } = await setup({ legacy: 'Năm 2025 hoàn thành xuất sắc nhiệm vụ.\n\nChủ trì mô hình thôn văn hóa.' });
    const r = await h.call('achievementReports.get', { nomineeId: n.id });
    expect(r.form.id).toBe('nd152-ca-nhan-thuong-xuyen');
    expect(r.saved).toBe(false);
    expect(r.content.particulars).toMatchObject({ fullName: 'Đặng Thị Hương', birthDate: '02/09/1985', gender: 'Nữ', ethnicity: 'Kinh', position: 'Công chức Văn hóa - Xã hội' });
    expect(r.content.particulars.workplace).toContain('Xã Tân Phong');
    expect(r.content.titles.map((t) => t.name)).toEqual(['Lao động tiên tiến']);
    expect(r.content.commendations.map((t) => t.name)).toEqual(['Giấy khen (cá nhân)']);
    // the older free-text report becomes the first achievements section, paragraph by paragraph
    expect(r.content.sections.results).toEqual(['Năm 2025 hoàn thành xuất sắc nhiệm vụ.', 'Chủ trì mô hình thôn văn hóa.']);
    expect(r.awardPhrase).toBe('danh hiệu “Chiến sĩ thi đua cơ sở” năm 2025');
  });

  it('the form follows the reference date (NĐ 98 before 01/7/2025) and the round (đột xuất)', async () => {
    const a = await setup({ referenceDate: '2025-06-30' });
    expect((await a.h.call('achievementReports.get', { nomineeId: a.n.id })).form.id).toBe('nd98-ca-nhan-thuong-xuyen');
    const b = await setup({ round: 'adhoc', referenceDate: '2025-07-01' });
    const r = await b.h.call('achievementReports.get', { nomineeId: b.n.id });
    expect(r.form.id).toBe('nd152-dot-xuat');
    expect(r.form.sections.individual.map((s) => s.key)).toContain('deed');
  });

  it('saves the structured report in one write with an audit row; editing keeps one row and raises rev', async () => {
    const { h, n } = await setup();
    const r = await h.call('achievementReports.get', { nomineeId: n.id });
    const content: ApiInput<'achievementReports.save'>['content'] = {
      ...r.content,
      particulars: { ...r.content.particulars, homeTown: 'Xã Tân Phong, tỉnh Lai Châu', qualification: 'Cử nhân Văn hóa học' },
      sections: { duties: ['Phụ trách văn hóa - xã hội.'], results: ['Đoạn một\r\n\r\nĐoạn hai'] },
      commendations: r.content.commendations.map((c) => ({ ...c, decisionNumber: '40/QĐ-UBND' })),
    };
    const saved = await h.call('achievementReports.save', { nomineeId: n.id, templateId: r.form.id, templateVersion: r.form.version, content });
    expect(saved.saved).toBe(true);
    expect(saved.content.sections.results).toEqual(['Đoạn một', 'Đoạn hai']);
    const again = await h.call('achievementReports.get', { nomineeId: n.id });
    expect(again.content.particulars.homeTown).toBe('Xã Tân Phong, tỉnh Lai Châu');
    await h.call('achievementReports.save', { nomineeId: n.id, templateId: r.form.id, templateVersion: 1, content: { ...content, particulars: { ...content.particulars, residence: 'Thôn Đông' } } });
    const rows = reportRows(h);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ template_id: 'nd152-ca-nhan-thuong-xuyen', template_version: 1, rev: 2 });
    expect(auditRows(h).map((a) => a.action)).toEqual(['create', 'update']);
  });

  it('refuses, in Vietnamese and writing nothing: a row without its decision number, a 50,000-word paste, a form of another award', async () => {
    const { h, n } = await setup();
    const r = await h.call('achievementReports.get', { nomineeId: n.id });
    const base = { nomineeId: n.id, templateId: r.form.id, templateVersion: r.form.version };

    // the Giấy khen row of the history has no decision number
    const e1 = await h.fail('achievementReports.save', { ...base, content: r.content });
    expect(e1.message).toMatch(/bảng hình thức khen thưởng \(Giấy khen \(cá nhân\), năm 2023\) chưa có số quyết định/);
    expect(e1.fields?.[0]?.path).toBe('content.commendations.0.decisionNumber');

    const ok = { ...r.content, commendations: [] };
    const words = Array.from({ length: 500 }, () => Array(100).fill('thành').join(' '));
    const e2 = await h.fail('achievementReports.save', { ...base, content: { ...ok, sections: { results: words } } });
    expect(e2.message).toMatch(/có 50\.000 từ, vượt giới hạn 5\.000 từ/);
    // pasted as one paragraph (no line breaks): the same message, not a size error of the transport
    const e2b = await h.fail('achievementReports.save', { ...base, content: { ...ok, sections: { results: [words.join(' ')] } } });
    expect(e2b.message).toMatch(/có 50\.000 từ, vượt giới hạn 5\.000 từ/);

    const e3 = await h.fail('achievementReports.save', { ...base, templateId: 'nd152-tap-the-thuong-xuyen', content: ok });
    expect(e3.code).toBe('FORM_MISMATCH');
    expect(e3.message).toMatch(/không phù hợp với Chiến sĩ thi đua cơ sở \(cá nhân, thường xuyên, ngày tham chiếu 15\/01\/2026\).*Báo cáo thành tích cá nhân \(thường xuyên\) \(NĐ 152\/2025\)/);
    const e4 = await h.fail('achievementReports.save', { ...base, templateId: 'nd98-ca-nhan-thuong-xuyen', content: ok });
    expect(e4.code).toBe('FORM_MISMATCH');

    expect(reportRows(h)).toHaveLength(0);
    expect(auditRows(h)).toHaveLength(0);
  });

  it('a saved report is the báo cáo thành tích the dossier requires (no scan, no older free text needed)', async () => {
    const { h, d, n } = await setup();
    const missing = async () => (await h.call('dossiers.documents', { id: d.id })).problems.filter((p) => p.includes('Báo cáo thành tích'));
    expect(await missing()).toHaveLength(1);
    const r = await h.call('achievementReports.get', { nomineeId: n.id });
    await h.call('achievementReports.save', {
      nomineeId: n.id, templateId: r.form.id, templateVersion: r.form.version, content: { ...r.content, commendations: [], sections: { results: ['Hoàn thành xuất sắc.'] } },
    });
    expect(await missing()).toEqual([]);
  });

  it('a collective is filled with its name and headcount and uses the collective form', async () => {
    const { h, inst } = await initializedHost();
    const c = await h.call('collectives.create', { name: 'Thôn Đông', kind: 'village', unitId: inst.unitId, memberCount: 120 } as ApiInput<'collectives.create'>);
    const d = await h.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'GIAY_KHEN_TT', referenceDate: '2026-01-15', title: 'Giấy khen tập thể' });
    const n = await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'collective', subjectId: c.id, summary: '' });
    const r = await h.call('achievementReports.get', { nomineeId: n.id });
    expect(r.form.id).toBe('nd152-tap-the-thuong-xuyen');
    expect(r.subject).toBe('collective');
    expect(r.content.particulars).toMatchObject({ name: 'Thôn Đông', headcount: '120' });
  });
});
