import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countByType, decisionSentences, outcomeWords, receiptSentence } from '../../../src-shared/exchange/returnTrip';
import { person, tempDir } from '../helpers';
import { exportFrom, pair, read, resign, tick } from './pair';

// Issue 19, points 4 and 5: the province's overview counts what a commune sent up (not its
// registry), and one feedback file brings the commune both the receipt and the decisions.

async function twoDossiersAnd300People() {
  const p = await pair();
  const { xa, an, dung } = p;
  const unitId = (await xa.call('setup.status', {})).installation!.unitId;
  for (let i = 0; i < 298; i++) await xa.call('people.create', person({ givenName: `Người ${i}`, unitId }));
  const d1 = await xa.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'CSTDCS', referenceDate: '2026-01-15', title: 'Đề nghị CSTĐCS năm 2025' });
  await xa.call('dossiers.addNominee', { dossierId: d1.id, subjectType: 'person', subjectId: an.id });
  const d2 = await xa.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'CSTDCS', referenceDate: '2026-01-15', title: 'Đề nghị CSTĐCS đợt 2 năm 2025' });
  await xa.call('dossiers.addNominee', { dossierId: d2.id, subjectType: 'person', subjectId: dung.id });
  return { ...p, d1, d2 };
}

describe('the province overview counts submissions, not registry rows', () => {
  it('shows 2 dossiers for a commune that sent 2 dossiers and 300 people, by status, each count opening its records', async () => {
    const { clock, prov, xa, d1, d2 } = await twoDossiersAnd300People();
    await prov.call('exchange.import', { path: (await exportFrom(xa, 'T12'))[0]!.file });
    expect(prov.context().sqlite.prepare("SELECT count(*) n FROM people WHERE origin = 'XA-TP'").get()).toEqual({ n: 300 });

    const row = (await prov.call('exchange.overview', {})).find((u) => u.unitCode === 'XA-TP')!;
    expect(row.unitName).toBe('Xã Tân Phong');
    expect(row.kinds).toEqual([{ type: 'dossier', total: 2, counts: { waiting: 2 } }]);
    const waiting = await prov.call('exchange.overviewRecords', { unitCode: 'XA-TP', type: 'dossier', bucket: 'waiting' });
    expect(waiting.total).toBe(2);
    expect(waiting.items.map((r) => r.title).sort()).toEqual(['Đề nghị CSTĐCS năm 2025', 'Đề nghị CSTĐCS đợt 2 năm 2025']);
    expect(waiting.items.every((r) => r.year === 2025)).toBe(true);

    // One decided, one returned: the counts follow, and so does the delivery of the feedback.
    tick(clock);
    await prov.call('exchange.decide', { subjectType: 'dossier', subjectId: d1.id, status: 'decided', decision: { number: '125/QĐ-UBND', date: '2026-03-15', issuer: 'UBND tỉnh Lai Châu', award: 'Chiến sĩ thi đua cơ sở' } });
    await prov.call('exchange.decide', { subjectType: 'dossier', subjectId: d2.id, status: 'returned', reasons: [{ field: null, message: 'Thiếu biên bản họp hội đồng' }] });
    const counts = async () => (await prov.call('exchange.overview', {})).find((u) => u.unitCode === 'XA-TP')!.kinds[0]!.counts;
    expect(await counts()).toEqual({ decided: 1, returned: 1, 'feedback-unsent': 2 });
    const [fb] = await exportFrom(prov, 'XA-TP');
    expect(await counts()).toEqual({ decided: 1, returned: 1, 'feedback-sent': 2 });
    const returned = await prov.call('exchange.overviewRecords', { unitCode: 'XA-TP', type: 'dossier', bucket: 'returned' });
    expect(returned.items.map((r) => [r.id, r.title])).toEqual([[d2.id, 'Đề nghị CSTĐCS đợt 2 năm 2025']]);

    // The commune imports the one file: the receipt and both outcomes, in words.
    const back = await xa.call('exchange.import', { path: fb!.file });
    expect(back.story).toEqual([
      'Tỉnh Lai Châu đã nhận gói số 1 ngày 15/03/2026: 2 hồ sơ đề nghị khen thưởng, 300 cá nhân, 1 tập thể.',
      'Hồ sơ đề nghị khen thưởng: 1 được khen thưởng (QĐ số 125/QĐ-UBND ngày 15/03/2026, Chiến sĩ thi đua cơ sở); 1 bị trả lại để bổ sung (Đề nghị CSTĐCS đợt 2 năm 2025: Thiếu biên bản họp hội đồng).',
    ]);
    expect((await xa.call('exchange.statusOf', { type: 'dossier', id: d2.id })).status).toBe('returned');

    // The commune's next submission carries its receipt for the feedback: the province sees it acknowledged.
    tick(clock);
    await xa.call('people.create', person({ givenName: 'Mới' }));
    const [next] = await exportFrom(xa, 'T12');
    expect(read(next!.file).body.records.filter((r) => r.type === 'receipt')).toHaveLength(1);
    const atProvince = await prov.call('exchange.import', { path: next!.file });
    expect(atProvince.story).toEqual(['Xã Tân Phong đã nhận gói số 1 ngày 15/03/2026: 2 phản hồi.']);
    expect(await counts()).toEqual({ decided: 1, returned: 1, 'feedback-acked': 2 });
    // Nothing of the province's left undelivered; the receipt is not sent twice.
    expect((await prov.fail('exchange.export', { to: 'XA-TP', outDir: tempDir() })).code).toBe('NOTHING_TO_SEND');
  }, 60_000);

  it('applies at the province, not at a commune without units below', async () => {
    const { prov, xa } = await pair();
    expect(await prov.call('exchange.overviewApplies', {})).toBe(true);
    expect(await xa.call('exchange.overviewApplies', {})).toBe(false);
    // A commune with a unit of its own below it (an agency) sums that unit up.
    const me = (await xa.call('setup.status', {})).installation!;
    await xa.call('units.create', { code: 'XA-TP-TH', name: 'Trường Tiểu học Tân Phong', level: 'agency', parentId: me.unitId });
    expect(await xa.call('exchange.overviewApplies', {})).toBe(true);
    expect((await xa.call('exchange.overview', {})).map((u) => [u.unitCode, u.kinds])).toEqual([['XA-TP-TH', []]]);
    expect((await prov.fail('exchange.overviewRecords', { unitCode: 'XA-TP', type: 'person', bucket: 'all' })).message).toBe('Loại hồ sơ không có trong bảng tổng hợp.');
  });
});

describe('the receipt names what was refused and why', () => {
  it('a record the province refuses travels back in the receipt with its reason', async () => {
    const { prov, xa, an } = await pair();
    const [sub] = await exportFrom(xa, 'T12');
    // The province has a record of its own under the commune's id: the commune's copy is refused there.
    const env = read(sub!.file);
    const mine = await prov.call('people.create', person({ givenName: 'Trùng' }));
    env.body.records.find((r) => r.id === an.id)!.id = mine.id;
    const file = path.join(tempDir(), 'goi.tdkt');
    fs.writeFileSync(file, resign(xa, env));
    expect((await prov.call('exchange.import', { path: file })).counts.rejected).toBe(1);
    const [ack] = (await prov.call('exchange.ack', { to: 'XA-TP', outDir: tempDir(), all: false })).files;
    const receipt = read(ack!.file).body.records[0]!.data as { results: unknown[]; refused: { id: string; reason: string }[] };
    expect(receipt.results).toHaveLength(2);
    expect(receipt.refused).toEqual([{ type: 'person', id: mine.id, rev: 1, reason: 'Mã bản ghi trùng với một bản ghi của đơn vị T12.' }]);
    const back = await xa.call('exchange.import', { path: ack!.file });
    expect(back.story).toEqual(['Tỉnh Lai Châu đã nhận gói số 1 ngày 15/03/2026: 1 cá nhân, 1 tập thể. Không nhận 1 cá nhân: Mã bản ghi trùng với một bản ghi của đơn vị T12.']);
    const log = (await xa.call('exchange.packages', { direction: 'out' })).items;
    expect(log[0]!.receiptText).toBe(back.story[0]);
  });
});

describe('return trip words', () => {
  it.each([
    [['dossier', 'person', 'dossier', 'collective'], '2 hồ sơ đề nghị khen thưởng, 1 cá nhân, 1 tập thể'],
    [['person'], '1 cá nhân'],
    [['something-new'], '1 bản ghi'],
    [[], ''],
  ])('counts %j as "%s"', (types, text) => expect(countByType(types)).toBe(text));

  it.each([
    [{ by: 'Tỉnh A', sequence: 3, receivedOn: '2026-03-15', accepted: ['dossier'], refused: [] }, 'Tỉnh A đã nhận gói số 3 ngày 15/03/2026: 1 hồ sơ đề nghị khen thưởng.'],
    [{ by: 'Tỉnh A', sequence: null, receivedOn: null, accepted: [], refused: [] }, 'Tỉnh A đã nhận một gói, không nhận bản ghi nào.'],
    [{ by: 'Tỉnh A', sequence: 1, receivedOn: '2026-01-02', accepted: ['person'], refused: [{ type: 'person', reason: 'Sai ngày sinh' }] }, 'Tỉnh A đã nhận gói số 1 ngày 02/01/2026: 1 cá nhân. Không nhận 1 cá nhân: Sai ngày sinh.'],
  ])('receipt %#', (facts, text) => expect(receiptSentence(facts)).toBe(text));

  it.each([
    ['decided', 'dossier', 'được khen thưởng'],
    ['decided', 'initiative', 'được công nhận'],
    ['decided', 'registration', 'có quyết định'],
    ['returned', 'dossier', 'bị trả lại để bổ sung'],
    ['declined', 'initiative', 'không đủ điều kiện'],
    ['received', 'registration', 'đã được tiếp nhận'],
  ] as const)('%s %s reads "%s"', (status, type, words) => expect(outcomeWords(status, type)).toBe(words));

  it('groups decisions by type, decided before returned', () => {
    expect(decisionSentences([
      { subjectType: 'registration', title: 'Đăng ký 2026', status: 'received', reasons: [], decision: null },
      { subjectType: 'dossier', title: 'Hồ sơ B', status: 'returned', reasons: ['Thiếu biên bản', 'Thiếu phiếu'], decision: null },
      { subjectType: 'dossier', title: 'Hồ sơ A', status: 'decided', reasons: [], decision: { number: '1/QĐ', date: '2026-04-01', award: '' } },
    ])).toEqual([
      'Hồ sơ đề nghị khen thưởng: 1 được khen thưởng (QĐ số 1/QĐ ngày 01/04/2026); 1 bị trả lại để bổ sung (Hồ sơ B: Thiếu biên bản; Thiếu phiếu).',
      'Bản đăng ký thi đua: 1 đã được tiếp nhận.',
    ]);
  });
});
