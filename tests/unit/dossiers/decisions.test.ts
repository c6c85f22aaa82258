import { describe, expect, it } from 'vitest';
import { decisionData } from '../../../src-shared/records';
import { tempDir } from '../helpers';
import { dump, exportFrom, pair, read, tick } from '../exchange/pair';

/** The commune's CSTĐCS dossier with An and Dũng, sent and imported at the province. */
async function sentDossier() {
  const p = await pair();
  const { prov, xa, an, dung } = p;
  const d = await xa.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'CSTDCS', referenceDate: '2026-01-15', title: 'Đề nghị CSTĐCS năm 2025' });
  const nAn = await xa.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: an.id });
  const nDung = await xa.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: dung.id });
  await prov.call('exchange.import', { path: (await exportFrom(xa, 'T12'))[0]!.file });
  tick(p.clock);
  return { ...p, d, nAn, nDung };
}

const QD = { number: '15/QĐ-UBND', date: '2026-03-10', issuer: 'Chủ tịch UBND xã Tân Phong' };

describe('the province decides a dossier nominee by nominee', () => {
  it('awards one and returns the other; the commune sees both outcomes and only the awarded one gets the award history', async () => {
    const { prov, xa, an, dung, d, nAn, nDung } = await sentDossier();
    const r = await prov.call('exchange.decideDossier', {
      dossierId: d.id,
      nominees: [
        { nomineeId: nAn.id, status: 'decided' },
        { nomineeId: nDung.id, status: 'returned', reasons: ['Thiếu báo cáo thành tích có xác nhận'] },
      ],
      decision: QD,
    });
    expect(r.status).toBe('decided');
    const atProvince = await prov.call('dossiers.decision', { id: d.id });
    expect(atProvince).toMatchObject({
      decisionId: r.id, status: 'decided', decidedBy: 'T12', perNominee: true,
      decision: { ...QD, award: 'Chiến sĩ thi đua cơ sở' },
      nominees: [
        { nomineeId: nAn.id, subjectId: an.id, name: 'Nguyễn Văn An', status: 'decided', reasons: [] },
        { nomineeId: nDung.id, subjectId: dung.id, name: 'Đặng Văn Dũng', status: 'returned', reasons: ['Thiếu báo cáo thành tích có xác nhận'] },
      ],
    });

    // Down in the feedback package: one decision record, its outcomes inside, readable by an older build.
    const [fb] = await exportFrom(prov, 'XA-TP');
    const rec = read(fb!.file).body.records.find((x) => x.type === 'decision')!;
    expect((rec.data as { nominees: unknown[] }).nominees).toHaveLength(2);
    const older = decisionData.omit({ nominees: true }).safeParse(rec.data);
    expect(older.success && older.data).toMatchObject({ status: 'decided', reasons: [{ message: 'Đặng Văn Dũng — Trả lại: Thiếu báo cáo thành tích có xác nhận' }] });
    const verdicts = await xa.call('dossiers.eligibility', { id: d.id });
    expect((await xa.call('exchange.import', { path: fb!.file })).applied).toBe(true);
    // The award the dossier brought is not a prior award that would bar the same dossier.
    expect(await xa.call('dossiers.eligibility', { id: d.id })).toEqual(verdicts);

    const atCommune = await xa.call('dossiers.decision', { id: d.id });
    expect(atCommune).toEqual({ ...atProvince, updatedAt: atCommune!.updatedAt });
    expect(await xa.call('exchange.statusOf', { type: 'dossier', id: d.id })).toMatchObject({ status: 'decided', decision: { number: '15/QĐ-UBND' } });
    expect(await xa.call('awards.history', { subjectType: 'person', subjectId: an.id })).toEqual([
      expect.objectContaining({ year: 2025, awardCode: 'CSTDCS', awardName: 'Chiến sĩ thi đua cơ sở', decisionNumber: '15/QĐ-UBND', decisionDate: '2026-03-10', source: 'decision' }),
    ]);
    expect(await xa.call('awards.history', { subjectType: 'person', subjectId: dung.id })).toEqual([]);
    // Importing the same package again changes nothing (no second award).
    await xa.call('exchange.import', { path: fb!.file });
    expect(await xa.call('awards.history', { subjectType: 'person', subjectId: an.id })).toHaveLength(1);
  });

  it('returns the dossier when nobody is awarded and someone is returned; declines it when nobody is eligible', async () => {
    const { prov, xa, d, nAn, nDung, clock } = await sentDossier();
    const r = await prov.call('exchange.decideDossier', {
      dossierId: d.id,
      nominees: [
        { nomineeId: nAn.id, status: 'declined', reasons: ['Đang bị xem xét kỷ luật'] },
        { nomineeId: nDung.id, status: 'returned', reasons: ['Thiếu phiếu bầu'] },
      ],
    });
    expect(r.status).toBe('returned');
    await xa.call('exchange.import', { path: (await exportFrom(prov, 'XA-TP'))[0]!.file });
    expect((await xa.call('exchange.statusOf', { type: 'dossier', id: d.id })).status).toBe('returned');
    expect(xa.context().sqlite.prepare("SELECT count(*) n FROM award_history WHERE source = 'decision'").get()).toEqual({ n: 0 });
    tick(clock);
    const all = await prov.call('exchange.decideDossier', {
      dossierId: d.id,
      nominees: [nAn, nDung].map((n) => ({ nomineeId: n.id, status: 'declined' as const, reasons: ['Không đủ tiêu chuẩn'] })),
    });
    expect(all.status).toBe('declined');
    expect((await prov.call('dossiers.decision', { id: d.id }))!.decisionId).toBe(all.id);
  });

  it('recorded again ("Ghi lại kết quả"), the newest outcome replaces the awards of the earlier one, at the province and at the commune', async () => {
    const { prov, xa, an, dung, d, nAn, nDung, clock } = await sentDossier();
    const history = async (h: typeof prov, id: string) => (await h.call('awards.history', { subjectType: 'person', subjectId: id })).map((x) => x.decisionNumber);
    await prov.call('exchange.decideDossier', { dossierId: d.id, decision: QD, nominees: [{ nomineeId: nAn.id, status: 'decided' }, { nomineeId: nDung.id, status: 'returned', reasons: ['Thiếu phiếu'] }] });
    const first = await exportFrom(prov, 'XA-TP');
    tick(clock);
    const second = await prov.call('exchange.decideDossier', {
      dossierId: d.id, decision: { ...QD, number: '16/QĐ-UBND' }, nominees: [{ nomineeId: nAn.id, status: 'decided' }, { nomineeId: nDung.id, status: 'decided' }],
    });
    expect([await history(prov, an.id), await history(prov, dung.id)]).toEqual([['16/QĐ-UBND'], ['16/QĐ-UBND']]);
    // The second decision reaches the commune first; the first, arriving late from another stick, changes nothing.
    const out = tempDir('tdkt-usb-');
    const [newest] = (await prov.call('exchange.export', { to: 'XA-TP', outDir: out, selection: [{ type: 'decision', id: second.id }] })).files;
    await xa.call('exchange.import', { path: newest!.file });
    expect([await history(xa, an.id), await history(xa, dung.id)]).toEqual([['16/QĐ-UBND'], ['16/QĐ-UBND']]);
    const late = await xa.call('exchange.import', { path: first[0]!.file });
    expect(late.rows.find((r) => r.type === 'decision')).toMatchObject({ action: 'new' });
    expect([await history(xa, an.id), await history(xa, dung.id)]).toEqual([['16/QĐ-UBND'], ['16/QĐ-UBND']]);
    expect((await xa.call('dossiers.decision', { id: d.id }))!.decision!.number).toBe('16/QĐ-UBND');
    // Nobody awarded after all: the awards of this dossier are withdrawn.
    tick(clock);
    await prov.call('exchange.decideDossier', { dossierId: d.id, nominees: [nAn, nDung].map((n) => ({ nomineeId: n.id, status: 'returned' as const, reasons: ['Bổ sung hồ sơ'] })) });
    await xa.call('exchange.import', { path: (await exportFrom(prov, 'XA-TP'))[0]!.file });
    expect([await history(xa, an.id), await history(xa, dung.id)]).toEqual([[], []]);
    expect((await xa.call('exchange.statusOf', { type: 'dossier', id: d.id })).status).toBe('returned');
  });

  it('reads a decision made for the whole dossier as the same outcome for every nominee', async () => {
    const { prov, d } = await sentDossier();
    await prov.call('exchange.decide', { subjectType: 'dossier', subjectId: d.id, status: 'decided', decision: { ...QD, award: 'Chiến sĩ thi đua cơ sở' } });
    const got = await prov.call('dossiers.decision', { id: d.id });
    expect(got).toMatchObject({ status: 'decided', perNominee: false, decision: { number: '15/QĐ-UBND' } });
    expect(got!.nominees.map((n) => [n.name, n.status])).toEqual([['Nguyễn Văn An', 'decided'], ['Đặng Văn Dũng', 'decided']]);
    // "Đã tiếp nhận" is not an outcome: the decision stays the one recorded.
    await prov.call('exchange.decide', { subjectType: 'dossier', subjectId: d.id, status: 'received' });
    expect((await prov.call('dossiers.decision', { id: d.id }))!.status).toBe('decided');
  });

  it('has no decision before one is recorded', async () => {
    const { prov, xa, d } = await sentDossier();
    expect(await prov.call('dossiers.decision', { id: d.id })).toBeNull();
    expect(await xa.call('dossiers.decision', { id: d.id })).toBeNull();
  });

  it('refuses, in Vietnamese and writing nothing: two outcomes for one nominee, a nominee not in the dossier, a nominee left out, no reason, no decision number, its own dossier', async () => {
    const { prov, xa, d, nAn, nDung } = await sentDossier();
    const before = dump(prov);
    const cases: [unknown, string][] = [
      [{ dossierId: d.id, decision: QD, nominees: [{ nomineeId: nAn.id, status: 'decided' }, { nomineeId: nDung.id, status: 'decided' }, { nomineeId: nAn.id, status: 'returned', reasons: ['x'] }] },
        'Nguyễn Văn An được ghi hai kết quả khác nhau (Khen thưởng và Trả lại) trong cùng một quyết định; mỗi người chỉ được một kết quả.'],
      [{ dossierId: d.id, decision: QD, nominees: [{ nomineeId: nAn.id, status: 'decided' }, { nomineeId: nDung.id, status: 'decided' }, { nomineeId: '99999999-9999-4999-8999-999999999999', status: 'decided' }] },
        'Người được đề nghị có mã 99999999-9999-4999-8999-999999999999 không có trong hồ sơ này; hãy mở lại hồ sơ rồi ghi kết quả.'],
      [{ dossierId: d.id, decision: QD, nominees: [{ nomineeId: nAn.id, status: 'decided' }] }, 'Chưa chọn kết quả cho: Đặng Văn Dũng.'],
      [{ dossierId: d.id, decision: QD, nominees: [{ nomineeId: nAn.id, status: 'decided' }, { nomineeId: nDung.id, status: 'declined' }] }, 'Cần ghi lý do “Không đủ điều kiện” cho Đặng Văn Dũng.'],
      [{ dossierId: d.id, nominees: [{ nomineeId: nAn.id, status: 'decided' }, { nomineeId: nDung.id, status: 'decided' }] }, 'Có người được khen thưởng: cần số, ngày và cơ quan ban hành quyết định.'],
      [{ dossierId: d.id, decision: { ...QD, date: '2027-01-01' }, nominees: [{ nomineeId: nAn.id, status: 'decided' }, { nomineeId: nDung.id, status: 'decided' }] }, 'Ngày quyết định không được ở tương lai.'],
      [{ dossierId: d.id, decision: QD, nominees: [{ nomineeId: nAn.id, status: 'approved' }] }, 'Kết quả phải là Khen thưởng, Trả lại hoặc Không đủ điều kiện.'],
    ];
    for (const [input, message] of cases) {
      const e = await prov.fail('exchange.decideDossier', input);
      expect([e.message, ...(e.fields ?? []).map((f) => f.message)].join(' | ')).toContain(message);
    }
    expect(dump(prov)).toBe(before);
    const own = await xa.fail('exchange.decideDossier', { dossierId: d.id, nominees: [{ nomineeId: nAn.id, status: 'returned', reasons: ['x'] }] });
    expect(own.message).toBe('Không thể tự ra quyết định về hồ sơ của chính đơn vị này.');
  });
});
