// The báo cáo thành tích and the proof confirmations travel with their dossier (optional fields of
// the nominee in the dossier record): the province reads and prints the commune's report, and its
// eligibility panel shows the commune's confirmations. A record without them reads as before.
import { describe, expect, it } from 'vitest';
import { exportFrom, pair, read } from '../exchange/pair';

describe('achievement reports in submission packages', () => {
  it('a saved report and a confirmed proof go with the dossier; saving a report makes the dossier a new rev to send', async () => {
    const { prov, xa, an, dung } = await pair();
    const d = await xa.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'CSTDCS', referenceDate: '2026-01-15', title: 'CSTĐCS 2025' });
    const nAn = await xa.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: an.id });
    const nDung = await xa.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: dung.id });
    const before = (await xa.call('dossiers.get', { id: d.id })).dossier.rev;
    const r = await xa.call('achievementReports.get', { nomineeId: nAn.id });
    await xa.call('achievementReports.save', {
      nomineeId: nAn.id, templateId: r.form.id, templateVersion: r.form.version,
      content: { ...r.content, particulars: { ...r.content.particulars, homeTown: 'Xã Tân Phong, tỉnh Lai Châu' }, sections: { results: ['Hoàn thành xuất sắc nhiệm vụ năm 2025.'] } },
    });
    expect((await xa.call('dossiers.get', { id: d.id })).dossier.rev).toBe(before + 1);
    await xa.call('dossiers.confirmProof', { nomineeId: nAn.id, criterionId: 'cstdcs.combat', document: 'Giấy xác nhận số 12/XN-BCH ngày 05/3/2025' });

    const [sub] = await exportFrom(xa, 'T12');
    const rec = read(sub!.file).body.records.find((x) => x.type === 'dossier')!;
    const nominees = (rec.data as { nominees: { id: string; achievementReport?: unknown; proofs?: unknown }[] }).nominees;
    expect(nominees.find((n) => n.id === nAn.id)).toMatchObject({ achievementReport: { templateId: 'nd152-ca-nhan-thuong-xuyen' }, proofs: [{ criterionId: 'cstdcs.combat' }] });
    // Nothing saved for Dũng: his nominee carries neither field, as an older package would.
    expect(Object.keys(nominees.find((n) => n.id === nDung.id)!)).not.toContain('achievementReport');
    expect(Object.keys(nominees.find((n) => n.id === nDung.id)!)).not.toContain('proofs');

    expect((await prov.call('exchange.import', { path: sub!.file })).applied).toBe(true);
    const atProvince = await prov.call('achievementReports.get', { nomineeId: nAn.id });
    expect(atProvince).toMatchObject({ saved: true, editable: false });
    expect(atProvince.content.particulars.homeTown).toBe('Xã Tân Phong, tỉnh Lai Châu');
    expect(atProvince.content.sections.results).toEqual(['Hoàn thành xuất sắc nhiệm vụ năm 2025.']);
    expect((await prov.call('achievementReports.get', { nomineeId: nDung.id })).saved).toBe(false);
    const e = await prov.call('dossiers.eligibility', { id: d.id });
    expect(e.nominees.find((n) => n.nomineeId === nAn.id)?.proofs[0]?.confirmation).toMatchObject({ document: 'Giấy xác nhận số 12/XN-BCH ngày 05/3/2025' });
    // The province cannot change the commune's confirmation.
    expect((await prov.fail('dossiers.unconfirmProof', { nomineeId: nAn.id, criterionId: 'cstdcs.combat' })).message).toMatch(/XA-TP/);
  });
});
