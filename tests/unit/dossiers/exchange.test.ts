import { describe, expect, it } from 'vitest';
import { exportFrom, pair, read, tick } from '../exchange/pair';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe('dossiers between a commune and the province', () => {
  it("are checked at the province on the facts the commune sent: the same verdicts as at the commune", async () => {
    const { prov, xa, an, dung } = await pair();
    await xa.call('awards.addHistory', { subjectType: 'person', subjectId: an.id, year: 2025, awardCode: 'LDTT', awardName: 'Lao động tiên tiến' });
    await xa.call('evaluations.set', { personId: an.id, year: 2025, level: 'HTXS' });
    await xa.call('holds.add', { personId: dung.id, kind: 'investigation', fromDate: '2025-10-01' });
    const d = await xa.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'CSTDCS', referenceDate: '2026-01-15', title: 'CSTĐCS 2025' });
    await xa.call('dossiers.setMeeting', { id: d.id, meetingDate: '2026-01-10', councilTotal: 10, councilPresent: 10, councilWritten: 0 });
    for (const p of [an, dung]) {
      const n = await xa.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: p.id });
      await xa.call('dossiers.updateNominee', { dossierId: d.id, nomineeId: n.id, voteYes: 9 });
    }
    const atCommune = await xa.call('dossiers.eligibility', { id: d.id });
    expect(atCommune.nominees.map((n) => n.overall)).toEqual(['pass', 'fail']);
    await prov.call('exchange.import', { path: (await exportFrom(xa, 'T12'))[0]!.file });
    const atProvince = await prov.call('dossiers.eligibility', { id: d.id });
    expect(atProvince).toEqual(atCommune);
    // The province holds no history of its own for these people: without the sent facts it could not tell.
    expect(await prov.call('awards.history', { subjectType: 'person', subjectId: an.id })).toEqual([]);
  });

  it('travel with nominees and scans; a return shows its reason; the decision lands in award history', async () => {
    const { clock, prov, xa, an, dung } = await pair();
    const d = await xa.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'CSTDCS', referenceDate: '2026-01-15', title: 'Đề nghị CSTĐCS năm 2025' });
    const n1 = await xa.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: an.id, summary: 'Hoàn thành xuất sắc' });
    await xa.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: dung.id });
    await xa.call('dossiers.setMeeting', { id: d.id, meetingDate: '2026-01-10', councilTotal: 10, councilPresent: 9, councilWritten: 1 });
    await xa.call('dossiers.updateNominee', { dossierId: d.id, nomineeId: n1.id, summary: 'Hoàn thành xuất sắc', report: 'Báo cáo.', voteYes: 9 });
    const doc = await xa.call('dossiers.attach', { dossierId: d.id, nomineeId: null, docCode: 'XAC_NHAN_THANH_TICH', fileName: 'xac-nhan.pdf', contentBase64: PDF.toString('base64') });
    expect(doc).toMatchObject({ mime: 'application/pdf', size: PDF.length });

    const [sub] = await exportFrom(xa, 'T12');
    const env = read(sub!.file);
    expect(env.body.attachments.map((a) => a.name)).toEqual(['xac-nhan.pdf']);
    expect((await prov.call('exchange.import', { path: sub!.file })).applied).toBe(true);
    const copy = await prov.call('dossiers.get', { id: d.id });
    expect(copy.dossier).toMatchObject({ origin: 'XA-TP', editable: false, councilTotal: 10, awardName: 'Chiến sĩ thi đua cơ sở' });
    expect(copy.nominees.map((n) => [n.name, n.voteYes])).toEqual([['Nguyễn Văn An', 9], ['Đặng Văn Dũng', null]]);
    const scan = await prov.call('dossiers.attachment', { documentId: doc.id });
    expect(Buffer.from(scan.contentBase64, 'base64').equals(PDF)).toBe(true);

    // Returned with a reason; the commune sees it, fixes and resends a higher rev.
    tick(clock);
    await prov.call('exchange.decide', { subjectType: 'dossier', subjectId: d.id, status: 'returned', reasons: [{ field: null, message: 'Thiếu số phiếu của Đặng Văn Dũng' }] });
    await xa.call('exchange.import', { path: (await exportFrom(prov, 'XA-TP'))[0]!.file });
    expect(await xa.call('exchange.statusOf', { type: 'dossier', id: d.id })).toMatchObject({ status: 'returned', reasons: [{ message: 'Thiếu số phiếu của Đặng Văn Dũng' }] });
    tick(clock);
    const n2 = (await xa.call('dossiers.get', { id: d.id })).nominees[1]!;
    await xa.call('dossiers.updateNominee', { dossierId: d.id, nomineeId: n2.id, voteYes: 8 });
    expect((await xa.call('exchange.statusOf', { type: 'dossier', id: d.id })).status).toBe('draft');
    const [again] = await exportFrom(xa, 'T12');
    // The dossier as first sent stays as it was, beside the new rev.
    const sent = await xa.call('exchange.sentVersions', { type: 'dossier', id: d.id });
    expect(sent.map((v) => v.rev)).toEqual([sent[0]!.rev, expect.any(Number)]);
    const [newest, first] = sent as { rev: number; data: { nominees: { voteYes: number | null }[] } }[];
    expect(newest!.rev).toBeGreaterThan(first!.rev);
    expect(first!.data.nominees.map((n) => n.voteYes)).toEqual([9, null]);
    expect(newest!.data.nominees.map((n) => n.voteYes)).toEqual([9, 8]);
    const r = await prov.call('exchange.import', { path: again!.file });
    expect(r.rows.find((x) => x.type === 'dossier')).toMatchObject({ action: 'update' });

    // Decided: both nominees get the award in their history, at the province and back at the commune.
    tick(clock);
    await prov.call('exchange.decide', {
      subjectType: 'dossier', subjectId: d.id, status: 'decided',
      decision: { number: '15/QĐ-UBND', date: '2026-03-15', issuer: 'Chủ tịch UBND xã Tân Phong', award: 'Chiến sĩ thi đua cơ sở' },
    });
    expect((await prov.call('awards.history', { subjectType: 'person', subjectId: an.id })).map((h) => h.decisionNumber)).toEqual(['15/QĐ-UBND']);
    await xa.call('exchange.import', { path: (await exportFrom(prov, 'XA-TP'))[0]!.file });
    const history = await xa.call('awards.history', { subjectType: 'person', subjectId: dung.id });
    expect(history).toEqual([expect.objectContaining({ year: 2025, awardCode: 'CSTDCS', awardName: 'Chiến sĩ thi đua cơ sở', decisionNumber: '15/QĐ-UBND', source: 'decision' })]);
    expect((await xa.call('exchange.statusOf', { type: 'dossier', id: d.id })).status).toBe('decided');
  });
});
