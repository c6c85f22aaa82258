import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { docxParts, packDocx } from '../../../src-main/print/docxPack';
import { Fragments } from '../../../src-main/print/docxFragments';
import { fastDocx, useFastDocx } from '../../../src-main/print/docxFast';
import { dossierDocuments } from '../../../src-main/print/dossier';
import type { Paragraph } from 'docx';
import { body, CONTENT_WIDTH, dataTable, documentOf, heading, keptRow, para, run, title, twoSigners } from '../../../src-main/print/layout';
import { initializedHost, person, type TestHost } from '../helpers';

/**
 * Printing a dossier at province scale (issue 18): the faster docx serializer writes what docx's
 * own writes; a set's reports, read once for all, are the reports printed one by one; and one
 * report printed alone reads only what it needs, whatever the size of its dossier.
 */

/** Parts by path; core.xml's created/modified stamps (the time of packing) blanked. */
const partsOf = (docx: Buffer | string) =>
  Object.entries(unzipSync(typeof docx === 'string' ? Buffer.from(docx, 'base64') : docx)).map(([p, d]) => [
    p, p === 'docProps/core.xml' ? strFromU8(d).replace(/<dcterms:(created|modified)[^>]*>[^<]*</g, '<dcterms:$1>…<') : strFromU8(d),
  ]);

/**
 * A CSTĐCS dossier of `n` people: the first has an award history and the second a saved report;
 * the last two share a name (their reports are …_2); and a collective dossier beside it.
 */
async function dossierOf(n: number) {
  const { h, inst } = await initializedHost();
  const d = await h.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'CSTDCS', referenceDate: '2026-01-15', title: 'Hồ sơ CSTĐCS 2025' });
  const nominees: string[] = [];
  await h.call('dossiers.setMeeting', { id: d.id, meetingDate: '2026-01-10', councilTotal: 10, councilPresent: 9, councilWritten: 1 });
  for (let i = 0; i < n; i++) {
    const given = i >= n - 2 ? 'Trùng' : `Người ${i + 1}`;
    const p = await h.call('people.create', person({ familyName: 'Nguyễn', middleName: 'Văn', givenName: given, unitId: inst.unitId, position: 'Công chức', birthDate: '1980-03-0' + ((i % 9) + 1) }));
    if (i === 0) {
      await h.call('awards.addHistory', { subjectType: 'person', subjectId: p.id, year: 2024, awardCode: 'LDTT', awardName: 'Lao động tiên tiến', decisionNumber: '15/QĐ-UBND', decisionDate: '2024-12-20', issuer: 'UBND xã Tân Phong' });
      await h.call('awards.addHistory', { subjectType: 'person', subjectId: p.id, year: 2023, awardCode: 'GIAY_KHEN', awardName: 'Giấy khen', decisionNumber: '40/QĐ-UBND', decisionDate: '2023-12-28', issuer: 'UBND xã Tân Phong' });
    }
    const nominee = await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: p.id, summary: 'Hoàn thành xuất sắc nhiệm vụ' });
    await h.call('dossiers.updateNominee', { dossierId: d.id, nomineeId: nominee.id, summary: 'Hoàn thành xuất sắc nhiệm vụ', report: `Báo cáo của người thứ ${i + 1}.\nThành tích.`, voteYes: 8, collectiveFacts: null });
    nominees.push(nominee.id);
  }
  if (n > 1) {
    const r = await h.call('achievementReports.get', { nomineeId: nominees[1]! });
    await h.call('achievementReports.save', {
      nomineeId: nominees[1]!, templateId: r.form.id, templateVersion: r.form.version,
      content: { ...r.content, particulars: { ...r.content.particulars, homeTown: 'Xã Tân Phong' }, sections: { results: ['Đã lưu: hoàn thành xuất sắc.'] }, commendations: [{ year: 2022, name: 'Giấy khen', decisionNumber: '9/QĐ-UBND', decisionDate: '2022-12-20', issuer: 'UBND xã' }] },
    });
  }
  const thon = await h.call('collectives.create', { name: 'Thôn Đông', kind: 'village', unitId: inst.unitId, memberCount: 40 });
  const c = await h.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'TTLDTT', referenceDate: '2026-01-15', title: 'Tập thể lao động tiên tiến 2025' });
  const cn = await h.call('dossiers.addNominee', { dossierId: c.id, subjectType: 'collective', subjectId: thon.id, summary: 'Dẫn đầu phong trào' });
  return { h, d, nominees, collective: { dossier: c.id, nominee: cn.id } };
}

/** Statements prepared while `fn` runs (the SQL of each). */
async function statementsOf(h: TestHost, fn: () => Promise<unknown>): Promise<string[]> {
  const sqlite = h.context().sqlite;
  const seen: string[] = [];
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => (seen.push(source), prepare(source))) as typeof sqlite.prepare;
  try {
    await fn();
  } finally {
    sqlite.prepare = prepare;
  }
  return seen;
}

afterEach(() => useFastDocx(true));

describe('a dossier printed at province scale', () => {
  it('the faster serializer writes every document of a set as docx\'s own does, part for part', async () => {
    const { h, d, collective } = await dossierOf(4);
    expect(fastDocx()).toBe(true);
    const fast = [...(await dossierDocuments(h.context(), d.id)), ...(await dossierDocuments(h.context(), collective.dossier))];
    useFastDocx(false);
    const own = [...(await dossierDocuments(h.context(), d.id)), ...(await dossierDocuments(h.context(), collective.dossier))];
    expect(fast.map((x) => x.fileName)).toEqual(own.map((x) => x.fileName));
    expect(fast.filter((x) => x.fileName.startsWith('04_'))).toHaveLength(5);
    for (const [i, x] of fast.entries()) expect(partsOf(x.bytes), x.fileName).toEqual(partsOf(own[i]!.bytes));
    // Every part compiled whole (styles, headers, settings, numbering: not only the body).
    const doc = () => documentOf([
      heading({ parentBody: 'UBND huyện', issuer: 'Ủy ban nhân dân xã Tân Phong', number: 'Số: 1/TTr', place: 'Tân Phong', date: new Date('2026-02-05T08:00:00+07:00') }),
      ...title('Tờ trình', 'Về việc “A & B” <C>'), body([run('Đậm ', { bold: true }), run('nghiêng', { italics: true })]), para(''),
      dataTable([{ title: 'STT', width: 700, align: 'center' }, { title: 'Họ và tên', width: 3000 }], [['1', 'Ửng'], [{ text: 'Cộng', span: 2, bold: true }]]),
      twoSigners(CONTENT_WIDTH, { position: 'Thủ trưởng', name: 'A' }, { authority: 'TM. Hội đồng\nKT. Chủ tịch', position: 'Người báo cáo', hint: '(Ký)', name: '' }),
    ], { title: 't', creator: 'c', landscape: true });
    const ownParts = [...docxParts(doc())!].filter(([p]) => p !== 'docProps/core.xml');
    useFastDocx(true);
    expect([...docxParts(doc())!].filter(([p]) => p !== 'docProps/core.xml')).toEqual(ownParts);
  }, 60_000);

  it('pieces written once (fragments) read the same as pieces built each time, in the body and in a table cell; no mark is left', async () => {
    const f = new Fragments();
    const page = (name: string, frag: boolean) => {
      const piece = (key: unknown[], build: () => Paragraph | Paragraph[]) => (frag ? [f.of(key, build)] : [build()].flat());
      return documentOf([
        ...piece(['title'], () => title('Báo cáo thành tích', 'Đề nghị tặng “Chiến sĩ thi đua cơ sở”')),
        ...piece(['name', name], () => body([run(`Họ và tên: ${name} & <cộng sự>`)])),
        body('Một đoạn không dùng mảnh ghép.'),
        twoSigners(CONTENT_WIDTH, { position: 'Thủ trưởng đơn vị', name: 'Lê Văn Tám' }, { position: 'Người báo cáo', name }),
        // A cell holding a piece (it must still end with a paragraph, or docx adds one).
        keptRow([4000, CONTENT_WIDTH - 4000], [piece(['cell'], () => [para('Nơi nhận:'), para('- Lưu: VT.')]), [para(name)]]),
        ...piece(['closing'], () => [para('Kết thúc.'), para('')]),
      ], { title: `Báo cáo - ${name}`, creator: 'TĐKT Desktop' });
    };
    const xml = async (d: ReturnType<typeof page>) => strFromU8(unzipSync(await packDocx(d, 'fragments-test'))['word/document.xml']!);
    for (const name of ['Đặng Thị Hương', 'Nguyễn Văn Ửng', 'Đặng Thị Hương']) {
      const withPieces = await xml(page(name, true));
      expect(withPieces).not.toMatch(/tdkt-/);
      expect(withPieces).toBe(await xml(page(name, false)));
    }
    expect(f.size).toBe(5); // title, two names, the cell, closing: the third page took all of its pieces as kept text
  });

  it('the set\'s reports, read once for all of them, are the reports printed one by one (history, saved report, a collective, names twice)', async () => {
    const { h, d, nominees, collective } = await dossierOf(4);
    const set = await dossierDocuments(h.context(), d.id);
    const reports = set.filter((x) => x.fileName.startsWith('04_'));
    expect(reports.map((x) => x.fileName)).toEqual(['04_bao-cao_nguyen-van-nguoi-1.docx', '04_bao-cao_nguyen-van-nguoi-2.docx', '04_bao-cao_nguyen-van-trung.docx', '04_bao-cao_nguyen-van-trung_2.docx']);
    for (const [i, id] of nominees.entries()) {
      const alone = await h.call('print.document', { kind: 'dossier-bao-cao', id });
      expect(alone.fileName).toBe(reports[i]!.fileName);
      expect(partsOf(alone.contentBase64)).toEqual(partsOf(reports[i]!.bytes));
    }
    const text = (b: Buffer) => strFromU8(unzipSync(b)['word/document.xml']!).replace(/<[^>]+>/g, '');
    expect(text(reports[0]!.bytes)).toContain('Lao động tiên tiến');
    expect(text(reports[0]!.bytes)).toContain('Giấy khen');
    expect(text(reports[1]!.bytes)).toContain('Đã lưu: hoàn thành xuất sắc.');
    expect(text(reports[1]!.bytes)).not.toContain('Báo cáo của người thứ 2.');
    const [thon] = (await dossierDocuments(h.context(), collective.dossier)).filter((x) => x.fileName.startsWith('04_'));
    const alone = await h.call('print.document', { kind: 'dossier-bao-cao', id: collective.nominee });
    expect(partsOf(alone.contentBase64)).toEqual(partsOf(thon!.bytes));
    // The dossier's own papers printed alone are those of the set, under the same names.
    for (const kind of ['dossier-to-trinh', 'dossier-danh-sach', 'dossier-bien-ban', 'dossier-quyet-dinh', 'dossier-giay-khen']) {
      const one = await h.call('print.document', { kind, id: d.id });
      const inSet = set.find((x) => x.fileName === one.fileName)!;
      expect(partsOf(one.contentBase64), kind).toEqual(partsOf(inSet.bytes));
    }
  }, 60_000);

  it('one report printed alone reads the same statements in a dossier of 3 as of 12 nominees, and a fraction of the set\'s', async () => {
    const small = await dossierOf(3);
    const big = await dossierOf(12);
    const one = (x: typeof small, i: number) => statementsOf(x.h, () => x.h.call('print.document', { kind: 'dossier-bao-cao', id: x.nominees[i]! }));
    const [a, b] = [await one(small, 2), await one(big, 11)];
    expect(b.length).toBe(a.length);
    expect(b.length).toBeLessThanOrEqual(25);
    // Not the eligibility or the decisions the set's other papers need: no evaluations, holds or outgoing numbers.
    expect(b.filter((s) => /\b(evaluations|holds|outgoing_numbers)\b/.test(s))).toEqual([]);
    const set = await statementsOf(big.h, () => big.h.call('print.dossierSet', { id: big.d.id }));
    expect(b.length * 3).toBeLessThan(set.length);
  }, 60_000);
});
