import { describe, expect, it } from 'vitest';
import { dump, exportFrom, pair, read, tick } from '../exchange/pair';
import { sheet } from './fixture';

/** A commune recognises an initiative at cơ sở and asks the province for cấp tỉnh. */
async function sent() {
  const s = await pair();
  const { xa, an, dung } = s;
  const [dot1] = await xa.call('initiatives.createDefaultRounds', { year: 2025 });
  const round = await xa.call('initiatives.setCouncil', { roundId: dot1!.id, members: [{ name: 'Lê Văn Chủ', role: 'chu-tich' }, { name: 'Phạm Thị Thư', role: 'thu-ky' }, { name: 'Hoàng Văn Ủy', role: 'uy-vien' }] });
  const i = await xa.call('initiatives.create', {
    title: 'Quy trình một cửa liên thông cho hộ nghèo', year: 2025, roundId: round.id, proposedScope: 'tinh', confidential: 'Mã nguồn bảng tính',
    authors: [{ personId: an.id, share: 50.5 }, { personId: dung.id, share: 49.5 }],
  });
  await xa.call('initiatives.receive', { id: i.id, receivedOn: '2025-05-02' });
  for (const m of round.members) await xa.call('initiatives.score', { initiativeId: i.id, memberId: m.id, scores: sheet(35, 25, 25) });
  await xa.call('initiatives.decide', { id: i.id, outcome: 'recognised', recognisingBody: 'Chủ tịch UBND xã Tân Phong', decisionNumber: '30/QĐ-UBND', decisionDate: '2025-06-20' });
  // A cơ sở-only application stays home.
  await xa.call('initiatives.create', { title: 'Sổ theo dõi công văn đến', year: 2025, authors: [{ personId: an.id, share: 100 }] });
  return { ...s, i };
}

describe('initiatives between a commune and the province', () => {
  it('an application seeking cấp tỉnh travels up with its authors and the commune’s recognition; a cơ sở-only one stays home', async () => {
    const { prov, xa, i } = await sent();
    const [pkg] = await exportFrom(xa, 'T12');
    const env = read(pkg!.file);
    const recs = env.body.records.filter((r) => r.type === 'initiative');
    expect(recs).toHaveLength(1);
    expect(recs[0]!.data).toMatchObject({
      proposedScope: 'tinh', authors: [{ name: 'Nguyễn Văn An', share: 50.5 }, { name: 'Đặng Văn Dũng', share: 49.5 }],
      recognition: { status: 'recognised', scope: 'co-so', decisionNumber: '30/QĐ-UBND', certificateNumber: '01/GCN-SK' },
      council: { members: 3, scored: 3, average: 85 }, receipt: { receivedOn: '2025-05-02', dueOn: '2025-08-02' },
    });
    expect(await xa.call('exchange.statusOf', { type: 'initiative', id: i.id })).toMatchObject({ status: 'sent' });
    await prov.call('exchange.import', { path: pkg!.file });
    const copy = await prov.call('initiatives.get', { id: i.id });
    expect(copy.initiative).toMatchObject({ origin: 'XA-TP', editable: false, status: 'recognised', scope: 'co-so', proposedScope: 'tinh' });
    expect(copy.initiative.authors.map((a) => a.fullName)).toEqual(['Nguyễn Văn An', 'Đặng Văn Dũng']);
    expect((await prov.call('records.list', { type: 'initiative' })).items.map((r) => r.title)).toEqual(['Quy trình một cửa liên thông cho hộ nghèo (2025)']);
    // The province cannot edit the commune's application: it answers with a decision.
    const before = dump(prov);
    expect((await prov.fail('initiatives.undoDecision', { id: i.id })).message).toMatch(/bản sao nhận từ đơn vị XA-TP/);
    expect((await prov.fail('exchange.decide', { subjectType: 'initiative', subjectId: i.id, status: 'decided', decision: { number: '1/QĐ', date: '2026-01-10', issuer: 'UBND tỉnh' } })).message)
      .toMatch(/phạm vi ảnh hưởng/);
    expect(dump(prov)).toBe(before);
  });

  it('an application received after its round\'s deadline travels marked late with the reason the round kept receiving; one on time is not marked', async () => {
    const { prov, xa, an } = await pair();
    const [dot1] = await xa.call('initiatives.createDefaultRounds', { year: 2025 });
    const reason = 'Trường Tiểu học gửi đơn chậm do nghỉ hè; Chủ tịch UBND xã đồng ý nhận thêm.';
    await xa.call('initiatives.keepRoundOpen', { id: dot1!.id, reason });
    const late = await xa.call('initiatives.create', { title: 'Bảng tính thu phí chợ', year: 2025, roundId: dot1!.id, proposedScope: 'tinh', authors: [{ personId: an.id, share: 100 }] });
    await xa.call('initiatives.receive', { id: late.id, receivedOn: '2025-07-10' });
    const onTime = await xa.call('initiatives.create', { title: 'Sổ hộ nghèo điện tử', year: 2025, proposedScope: 'tinh', authors: [{ personId: an.id, share: 100 }] });
    await xa.call('initiatives.receive', { id: onTime.id, receivedOn: '2025-05-02' });
    const [pkg] = await exportFrom(xa, 'T12');
    const recs = read(pkg!.file).body.records.filter((r) => r.type === 'initiative');
    expect(recs.find((r) => r.id === late.id)!.data).toMatchObject({ receipt: { receivedOn: '2025-07-10', late: true, lateReason: reason } });
    expect((recs.find((r) => r.id === onTime.id)!.data as { receipt: unknown }).receipt).toEqual({ receivedOn: '2025-05-02', number: '02/BN-SK', dueOn: '2025-08-02' });
    await prov.call('exchange.import', { path: pkg!.file });
    expect((await prov.call('initiatives.get', { id: late.id })).initiative).toMatchObject({ editable: false, receivedLate: true, receivedLateReason: reason });
    expect((await prov.call('initiatives.get', { id: onTime.id })).initiative).toMatchObject({ receivedLate: false, receivedLateReason: '' });
  });

  it('an application brought back to cơ sở after it was sent is withdrawn upstream; asking again sends it whole', async () => {
    const { clock, prov, xa, i } = await sent();
    await prov.call('exchange.import', { path: (await exportFrom(xa, 'T12'))[0]!.file });
    expect((await prov.call('initiatives.list', { limit: 10 })).items.map((x) => x.id)).toEqual([i.id]);
    tick(clock);
    await xa.call('initiatives.undoDecision', { id: i.id });
    const mine = (await xa.call('initiatives.get', { id: i.id })).initiative;
    const values = { title: mine.title, year: mine.year, roundId: mine.roundId, authors: mine.authors.map((a) => ({ personId: a.personId, share: a.share })) };
    await xa.call('initiatives.update', { id: i.id, ...values, proposedScope: 'co-so' });
    const [withdrawn] = await exportFrom(xa, 'T12');
    expect(read(withdrawn!.file).body.records.filter((r) => r.type === 'initiative')).toMatchObject([{ id: i.id, deleted: true, data: { proposedScope: 'co-so' } }]);
    await prov.call('exchange.import', { path: withdrawn!.file });
    expect((await prov.call('initiatives.list', { limit: 10 })).items).toEqual([]);
    // Nothing more goes up while it stays at cơ sở.
    expect(read((await exportFrom(xa, 'T12', { all: true }))[0]!.file).body.records.filter((r) => r.type === 'initiative' && r.id === i.id)).toMatchObject([{ deleted: true }]);
    tick(clock);
    await xa.call('initiatives.update', { id: i.id, ...values, proposedScope: 'toan-quoc' });
    const [again] = await exportFrom(xa, 'T12');
    await prov.call('exchange.import', { path: again!.file });
    expect((await prov.call('initiatives.get', { id: i.id })).initiative).toMatchObject({ proposedScope: 'toan-quoc', status: 'received' });
  });

  it('the province’s recognition at cấp tỉnh comes back and counts for Chiến sĩ thi đua cấp tỉnh', async () => {
    const { clock, prov, xa, an, i } = await sent();
    await prov.call('exchange.import', { path: (await exportFrom(xa, 'T12'))[0]!.file });
    tick(clock);
    await prov.call('exchange.decide', {
      subjectType: 'initiative', subjectId: i.id, status: 'decided',
      decision: { number: '120/QĐ-UBND', date: '2025-12-01', issuer: 'Chủ tịch UBND tỉnh Lai Châu', scope: 'tinh', certificateNumber: '15/GCN-SK' },
    });
    await xa.call('exchange.import', { path: (await exportFrom(prov, 'XA-TP'))[0]!.file });
    const mine = (await xa.call('initiatives.get', { id: i.id })).initiative;
    expect(mine.upperDecision).toEqual({ scope: 'tinh', number: '120/QĐ-UBND', date: '2025-12-01', issuer: 'Chủ tịch UBND tỉnh Lai Châu', certificateNumber: '15/GCN-SK' });
    expect(mine).toMatchObject({ scope: 'co-so', decisionNumber: '30/QĐ-UBND' }); // its own content is untouched

    // Three consecutive CSTĐCS and now an initiative of provincial scope.
    for (const y of [2023, 2024, 2025]) {
      await xa.call('awards.addHistory', { subjectType: 'person', subjectId: an.id, year: y, awardCode: 'CSTDCS', awardName: 'Chiến sĩ thi đua cơ sở', decisionNumber: `${y}/QĐ`, decisionDate: `${y + 1}-01-10` });
    }
    const d = await xa.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'CSTD_TINH', referenceDate: '2026-01-15', title: 'CSTĐ cấp tỉnh 2025' });
    await xa.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: an.id });
    const e = (await xa.call('dossiers.eligibility', { id: d.id })).nominees[0]!;
    const init = e.criteria.find((c) => /sáng kiến/i.test(c.reason) && /tỉnh/.test(c.reason));
    expect(init).toMatchObject({ result: 'pass' });
    expect(init!.reason).toContain('Quy trình một cửa liên thông cho hộ nghèo');
    expect(e.initiativesUsed).toEqual([i.id]);
  });
});
