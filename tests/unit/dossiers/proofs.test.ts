// Minh chứng through the services: a criterion proven by a document passes only once a clerk
// confirms it for the nominee (who, when, which document), saved and audited; withdrawn, it reads
// "chưa xác nhận minh chứng" again. Bad input: a Vietnamese message, nothing written.
import { describe, expect, it } from 'vitest';
import { initializedHost, person, readOnlyDb } from '../helpers';

const DOC = 'Biên bản hiến đất số 03/BB-TĐ ngày 02/3/2025 của thôn Đông';

async function household() {
  const { h, inst } = await initializedHost();
  const hgd = await h.call('collectives.create', { name: 'Hộ ông Lò Văn Pản', kind: 'household', unitId: inst.unitId, memberCount: 5 });
  const d = await h.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'GIAY_KHEN_HGD', referenceDate: '2026-01-15', title: 'Giấy khen hộ gia đình 2025' });
  const n = await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'collective', subjectId: hgd.id, summary: 'Hiến đất làm đường' });
  return { h, inst, d, n };
}

const nomineeOf = async (h: Awaited<ReturnType<typeof household>>['h'], dossierId: string) => (await h.call('dossiers.eligibility', { id: dossierId })).nominees[0]!;

describe('confirming the document that proves a criterion', () => {
  it('a household award: unconfirmed is "chưa xác nhận minh chứng"; confirmed passes naming the document, who and when; withdrawn goes back', async () => {
    const { h, d, n } = await household();
    const before = await nomineeOf(h, d.id);
    expect(before.overall).toBe('evidence');
    expect(before.criteria.find((c) => c.id === 'gk-hgd.contribution')).toMatchObject({ result: 'evidence', reason: expect.stringMatching(/^Chưa xác nhận minh chứng/) as string, citation: expect.stringMatching(/Điều/) as string });
    expect(before.proofs).toEqual([{ id: 'gk-hgd.contribution', text: expect.any(String) as string, citation: expect.any(String) as string, confirmation: null }]);

    const c = await h.call('dossiers.confirmProof', { nomineeId: n.id, criterionId: 'gk-hgd.contribution', document: `  ${DOC.normalize('NFD')} ` });
    expect(c).toMatchObject({ criterionId: 'gk-hgd.contribution', document: DOC, confirmedBy: expect.any(String) as string });
    const after = await nomineeOf(h, d.id);
    expect(after.overall).toBe('pass');
    const criterion = after.criteria.find((x) => x.id === 'gk-hgd.contribution')!;
    expect(criterion.result).toBe('pass');
    expect(criterion.reason).toBe(`Đã xác nhận minh chứng: ${DOC} — ${c.confirmedBy} xác nhận ngày ${c.confirmedAt.slice(8, 10)}/${c.confirmedAt.slice(5, 7)}/${c.confirmedAt.slice(0, 4)}.`);
    expect(after.proofs[0]?.confirmation).toEqual(c);

    const db = readOnlyDb(h.dataDir);
    expect(db.prepare('SELECT count(*) n FROM proof_confirmations').get()).toEqual({ n: 1 });
    const audit = db.prepare(`SELECT action, actor, after FROM audit WHERE entity = 'proof-confirmation'`).all() as { action: string; actor: string; after: string }[];
    expect(audit.map((a) => a.action)).toEqual(['create']);
    expect(JSON.parse(audit[0]!.after)).toMatchObject({ document: DOC, criterionId: 'gk-hgd.contribution' });

    // Corrected: still one row, the audit keeps both.
    await h.call('dossiers.confirmProof', { nomineeId: n.id, criterionId: 'gk-hgd.contribution', document: 'Văn bản số 7/UBND ngày 01/4/2025' });
    expect(readOnlyDb(h.dataDir).prepare('SELECT document FROM proof_confirmations').all()).toEqual([{ document: 'Văn bản số 7/UBND ngày 01/4/2025' }]);

    await h.call('dossiers.unconfirmProof', { nomineeId: n.id, criterionId: 'gk-hgd.contribution' });
    const again = await nomineeOf(h, d.id);
    expect(again.overall).toBe('evidence');
    expect(again.proofs[0]?.confirmation).toBeNull();
    expect((readOnlyDb(h.dataDir).prepare(`SELECT action FROM audit WHERE entity = 'proof-confirmation' ORDER BY seq`).all() as { action: string }[]).map((a) => a.action)).toEqual(['create', 'update', 'delete']);
  });

  it('CSTĐCS "mưu trí, sáng tạo trong chiến đấu": an HTT militiaman fails the achievement until the Ban Chỉ huy quân sự paper is confirmed', async () => {
    const { h, inst } = await initializedHost();
    const p = await h.call('people.create', person({ unitId: inst.unitId, position: 'Thôn đội trưởng' }));
    await h.call('evaluations.set', { personId: p.id, year: 2025, level: 'HTT', note: '' });
    await h.call('awards.addHistory', { subjectType: 'person', subjectId: p.id, year: 2025, awardCode: 'LDTT', awardName: 'Lao động tiên tiến', decisionNumber: '5/QĐ-UBND', decisionDate: '2026-01-05', issuer: 'Chủ tịch UBND xã' });
    const d = await h.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'CSTDCS', referenceDate: '2026-01-20', title: 'CSTĐCS 2025' });
    await h.call('dossiers.setMeeting', { id: d.id, meetingDate: '2026-01-15', councilTotal: 10, councilPresent: 10, councilWritten: 0 });
    const n = await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: p.id });
    await h.call('dossiers.updateNominee', { dossierId: d.id, nomineeId: n.id, summary: '', report: '', voteYes: 10, collectiveFacts: null });
    const before = await nomineeOf(h, d.id);
    expect(before.criteria.find((c) => c.id === 'cstdcs.achievement')?.result).toBe('fail');
    expect(before.proofs.map((x) => x.id)).toEqual(['cstdcs.combat']);
    await h.call('dossiers.confirmProof', { nomineeId: n.id, criterionId: 'cstdcs.combat', document: 'Giấy xác nhận số 12/XN-BCH ngày 05/3/2025 của Ban Chỉ huy quân sự xã' });
    const after = await nomineeOf(h, d.id);
    expect(after.criteria.find((c) => c.id === 'cstdcs.achievement')).toMatchObject({ result: 'pass', reason: expect.stringMatching(/mưu trí, sáng tạo trong chiến đấu.*Giấy xác nhận số 12\/XN-BCH/) as string });
    expect(after.overall).toBe('pass');
  });

  it.each([
    ['a criterion the award does not prove by a document', { criterionId: 'ldtt.task', document: DOC }, 'criterionId', /không cần xác nhận minh chứng/],
    ['no document named', { criterionId: 'gk-hgd.contribution', document: '   ' }, 'document', /Hãy ghi văn bản minh chứng/],
    ['a document over 500 characters', { criterionId: 'gk-hgd.contribution', document: 'x'.repeat(501) }, 'document', /tối đa 500 ký tự/],
  ])('refuses %s in Vietnamese and writes nothing', async (_name, input, field, message) => {
    const { h, n } = await household();
    const before = h.snapshot();
    const err = await h.fail('dossiers.confirmProof', { nomineeId: n.id, ...input });
    expect(err.fields?.[0]?.path).toBe(field);
    expect(err.message).toMatch(message);
    expect(h.snapshot()).toBe(before);
  });

  it('withdrawing what was never confirmed is refused, nothing written', async () => {
    const { h, n } = await household();
    const before = h.snapshot();
    expect((await h.fail('dossiers.unconfirmProof', { nomineeId: n.id, criterionId: 'gk-hgd.contribution' })).message).toMatch(/Không tìm thấy xác nhận minh chứng/);
    expect(h.snapshot()).toBe(before);
  });
});
