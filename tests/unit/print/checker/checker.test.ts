import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiInput, ApiName, ApiOutput } from '../../../../src-shared/api';
import { dossierDocuments, loadDossierPrint } from '../../../../src-main/print/dossier';
import { generateDemo } from '../../../../src-main/services/demo';
import { initializedHost, tempDir } from '../../helpers';
import { DATED, hasRuleUnder, hasSoffice, NUMBER_LINE, pdfPages, PLACE_DATE, QUOC_HIEU, readDocx, TIEU_NGU, type Doc } from './nd30';

/**
 * Point 7 of issue 15: every document kind the app prints, generated from the demo data, read back
 * as the province's reviewer reads it. What each kind must carry is in EXPECT; the selection and
 * the signature blocks are checked on the dossier's whole set.
 */
const AGENCY = ['ỦY BAN NHÂN DÂN', 'XÃ TÂN PHONG'];
const COUNCIL = ['UBND XÃ TÂN PHONG', 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG'];
const HEAD = { position: 'CHỦ TỊCH', name: 'Lò Văn Páo' };

interface Expect {
  /** Issuer lines in the heading; null = a person's paper (Quốc hiệu only) or a certificate. */
  issuer: string[] | null;
  /** The heading carries a number with its ký hiệu. */
  numbered: boolean;
  /** Tên loại (caps) and trích yếu; the rule under the trích yếu. */
  kind: string;
  summary?: RegExp;
  /** Căn cứ lines, each naming a document with its date. */
  bases?: number;
  signers: { position: string; name: string }[];
  recipients: boolean;
  /** "Kính gửi" line expected. */
  to?: RegExp;
}

const EXPECT: Record<string, Expect> = {
  'dossier-to-trinh': {
    issuer: COUNCIL, numbered: true, kind: 'TỜ TRÌNH', summary: /^Về việc đề nghị tặng danh hiệu “Chiến sĩ thi đua cơ sở” năm \d{4}$/u, bases: 4,
    signers: [{ position: 'PHÓ CHỦ TỊCH', name: 'Điêu Chính Tâm' }], recipients: true, to: /^Kính gửi: Chủ tịch Ủy ban nhân dân xã Tân Phong\.$/u,
  },
  'dossier-danh-sach': { issuer: COUNCIL, numbered: false, kind: 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', summary: /^Đề nghị tặng/u, signers: [{ position: 'PHÓ CHỦ TỊCH', name: 'Điêu Chính Tâm' }], recipients: false },
  'dossier-bien-ban': {
    issuer: COUNCIL, numbered: true, kind: 'BIÊN BẢN', summary: /^Họp Hội đồng Thi đua - Khen thưởng xã Tân Phong/u,
    signers: [{ position: 'THƯ KÝ', name: 'Lường Thị Hiền' }, { position: 'CHỦ TỊCH HỘI ĐỒNG', name: 'Lò Văn Páo' }], recipients: false,
  },
  'dossier-quyet-dinh': {
    issuer: AGENCY, numbered: true, kind: 'QUYẾT ĐỊNH', summary: /^Về việc tặng danh hiệu “Chiến sĩ thi đua cơ sở” năm \d{4}$/u, bases: 5, signers: [HEAD], recipients: true,
  },
  'dossier-giay-khen': { issuer: null, numbered: false, kind: 'TẶNG DANH HIỆU', signers: [HEAD], recipients: false },
  // The form's "Thủ trưởng đơn vị xác nhận, đề nghị" prints on two lines; the second is the signer's title line.
  'dossier-bao-cao': { issuer: null, numbered: false, kind: 'BÁO CÁO THÀNH TÍCH', summary: /^Đề nghị tặng/u, signers: [{ position: 'XÁC NHẬN, ĐỀ NGHỊ', name: 'Lò Văn Páo' }], recipients: false },
  registration: { issuer: AGENCY, numbered: false, kind: 'BẢN ĐĂNG KÝ THI ĐUA', summary: /^Năm \d{4}$/u, signers: [HEAD], recipients: true, to: /^Kính gửi: Hội đồng Thi đua - Khen thưởng tỉnh Lai Châu\.$/u },
  'registration-list': { issuer: AGENCY, numbered: false, kind: 'DANH SÁCH ĐĂNG KÝ THI ĐUA', signers: [{ position: 'NGƯỜI LẬP BIỂU', name: 'Nguyễn Thị Hoa' }], recipients: true },
  'key-registration': { issuer: AGENCY, numbered: false, kind: 'PHIẾU ĐĂNG KÝ KHÓA KÝ GÓI DỮ LIỆU', signers: [HEAD], recipients: true, to: /^Kính gửi: Sở Nội vụ tỉnh Lai Châu\.$/u },
  'initiative-receipt': { issuer: AGENCY, numbered: true, kind: 'GIẤY BIÊN NHẬN', signers: [{ position: 'NGƯỜI NHẬN ĐƠN', name: 'Nguyễn Thị Hoa' }], recipients: false },
  'initiative-minutes': {
    issuer: ['UBND XÃ TÂN PHONG', 'HỘI ĐỒNG SÁNG KIẾN'], numbered: true, kind: 'BIÊN BẢN',
    signers: [{ position: 'THƯ KÝ', name: 'Lường Thị Hiền' }, { position: 'CHỦ TỊCH HỘI ĐỒNG', name: 'Lò Văn Páo' }], recipients: false,
  },
  'initiative-decision': { issuer: AGENCY, numbered: true, kind: 'QUYẾT ĐỊNH', bases: 2, signers: [HEAD], recipients: true },
  'initiative-certificate': { issuer: AGENCY, numbered: false, kind: 'GIẤY CHỨNG NHẬN SÁNG KIẾN', signers: [HEAD], recipients: false },
  'inspection-plan': { issuer: AGENCY, numbered: true, kind: 'KẾ HOẠCH', signers: [HEAD], recipients: true },
  'inspection-decision': { issuer: AGENCY, numbered: true, kind: 'QUYẾT ĐỊNH', bases: 2, signers: [HEAD], recipients: true },
  'inspection-record': { issuer: ['UBND XÃ TÂN PHONG', 'ĐOÀN KIỂM TRA'], numbered: true, kind: 'BIÊN BẢN', signers: [{ position: 'TRƯỞNG ĐOÀN', name: 'Lò Văn Páo' }], recipients: false },
  'inspection-report': {
    issuer: ['UBND XÃ TÂN PHONG', 'ĐOÀN KIỂM TRA'], numbered: true, kind: 'BÁO CÁO', signers: [{ position: 'TRƯỞNG ĐOÀN', name: 'Lò Văn Páo' }], recipients: true, to: /^Kính gửi: /u,
  },
  'work-plan': { issuer: AGENCY, numbered: true, kind: 'KẾ HOẠCH', summary: /^Công tác thi đua, khen thưởng năm \d{4}$/u, signers: [HEAD], recipients: true },
  statistics: { issuer: AGENCY, numbered: false, kind: 'SỐ KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, TỈNH', summary: /^Năm \d{4}$/u, signers: [{ position: 'NGƯỜI LẬP BIỂU', name: 'Nguyễn Thị Hoa' }, HEAD], recipients: false },
  review: {
    issuer: AGENCY, numbered: true, kind: 'BÁO CÁO', summary: /^Tổng kết công tác thi đua, khen thưởng năm \d{4}$/u, signers: [HEAD], recipients: true,
    to: /^Kính gửi: Hội đồng Thi đua - Khen thưởng tỉnh Lai Châu\.$/u,
  },
  // Signed by every member's head (the cluster as issuer, no number of its own); the last block is checked
  // here, every block in tests/unit/clusters/print.test.ts.
  'cluster-pledge': {
    issuer: ['CỤM THI ĐUA SỐ 1'], numbered: false, kind: 'GIAO ƯỚC THI ĐUA', summary: /^Năm \d{4}$/u,
    signers: [{ position: 'CHỦ TỊCH', name: 'Tao Văn Minh' }], recipients: false,
  },
  'cluster-ranking': {
    issuer: ['CỤM THI ĐUA SỐ 1'], numbered: false, kind: 'BẢNG TỔNG HỢP', summary: /^Kết quả chấm điểm, xếp hạng thi đua năm \d{4} của Cụm thi đua số 1$/u,
    signers: [{ position: 'CHỦ TỊCH', name: 'Lò Văn Páo' }], recipients: false,
  },
  'cluster-minutes': {
    issuer: ['CỤM THI ĐUA SỐ 1'], numbered: false, kind: 'BIÊN BẢN', summary: /^Họp suy tôn đơn vị dẫn đầu, đơn vị xuất sắc Cụm thi đua số 1 năm \d{4}$/u,
    signers: [{ position: 'THƯ KÝ', name: 'Lường Thị Hiền' }, { position: 'CHỦ TRÌ', name: 'Lò Văn Páo' }], recipients: false,
  },
  'examples-conference': {
    issuer: AGENCY, numbered: false, kind: 'DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN', summary: /^Được biểu dương tại Hội nghị điển hình tiên tiến xã Tân Phong năm \d{4}$/u,
    signers: [HEAD], recipients: true,
  },
};
/** Kinds the demo cannot print, and why (so a new kind without an entry fails the test). */
const NOT_FROM_DEMO: Record<string, string> = {
  'registration-list-xlsx': 'a spreadsheet, not a paper with thể thức',
  'statistics-xlsx': 'a spreadsheet, not a paper with thể thức (read back in statistics/cli.test.ts)',
  'initiative-evaluation': 'one sheet per council member, the member signs by hand (checked in initiatives.test.ts)',
  'inspection-self-assessment': 'printed by the inspected unit from a plan it received; the demo has none',
};

type H = Awaited<ReturnType<typeof initializedHost>>['h'];
let h: H;
const docs: Doc[] = [];
let dossierId = '';
let selectedNames: string[] = [];
let excludedNames: string[] = [];
let allNames: string[] = [];
const bytes = new Map<string, Buffer>();

beforeAll(async () => {
  ({ h } = await initializedHost());
  const invoke = <N extends ApiName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>> => h.call(name, input);
  await generateDemo(invoke, { people: 80 });
  const db = h.context().sqlite;
  const one = (sql: string) => (db.prepare(sql).get() as { id: string }).id;
  dossierId = one(`SELECT id FROM dossiers WHERE deleted = 0`);
  const p = loadDossierPrint(h.context(), dossierId);
  selectedNames = p.selected.map((n) => n.name);
  excludedNames = p.selection.excluded.map((x) => x.candidate.name);
  allNames = p.nominees.map((n) => n.name);
  const set = await dossierDocuments(h.context(), dossierId);
  const kindOf = (f: string) => (f.startsWith('01_') ? 'dossier-to-trinh' : f.startsWith('02_') ? 'dossier-danh-sach' : f.startsWith('03_') ? 'dossier-bien-ban'
    : f.startsWith('04_') ? 'dossier-bao-cao' : f.startsWith('05_') ? 'dossier-quyet-dinh' : 'dossier-giay-khen');
  for (const d of set) {
    docs.push(readDocx(kindOf(d.fileName), d.fileName, d.bytes));
    bytes.set(d.fileName, d.bytes);
  }
  const recognised = one(`SELECT id FROM initiatives WHERE status = 'recognised'`);
  const round = one(`SELECT round_id id FROM initiatives WHERE status = 'recognised'`);
  const ids: Record<string, string> = {
    registration: one(`SELECT r.id FROM registrations r JOIN installation i ON r.unit_id = i.unit_id`),
    'registration-list': '2026', 'key-registration': 'self',
    'initiative-receipt': recognised, 'initiative-certificate': recognised, 'initiative-minutes': round, 'initiative-decision': round,
    'inspection-plan': one(`SELECT id FROM inspection_plans`), 'inspection-decision': one(`SELECT id FROM inspection_plans`),
    'inspection-record': one(`SELECT id FROM inspections WHERE status = 'finished'`), 'inspection-report': '2026',
    'work-plan': one(`SELECT id FROM work_plans WHERE kind = 'tdkt' ORDER BY year LIMIT 1`),
    statistics: '0603.N:2025',
    review: '2026',
    'cluster-pledge': one(`SELECT id FROM clusters`), 'cluster-ranking': one(`SELECT id FROM clusters`), 'cluster-minutes': one(`SELECT id FROM clusters`),
    'examples-conference': one(`SELECT id FROM example_conferences`),
  };
  for (const [kind, id] of Object.entries(ids)) {
    const doc = await h.call('print.document', { kind, id });
    const b = Buffer.from(doc.contentBase64, 'base64');
    docs.push(readDocx(kind, `${kind}.docx`, b));
    bytes.set(`${kind}.docx`, b);
  }
}, 180_000);

describe('document checker (NĐ 30/2020/NĐ-CP) over every kind, from the demo data', () => {
  it('covers every printable kind', async () => {
    const kinds = await h.call('print.kinds', {});
    for (const k of kinds) expect(EXPECT[k] || NOT_FROM_DEMO[k], `no check for ${k}`).toBeTruthy();
    for (const k of Object.keys(EXPECT)) expect(docs.some((d) => d.kind === k), `nothing printed of ${k}`).toBe(true);
  });

  it.each(Object.keys(EXPECT))('%s: heading, số/ký hiệu, địa danh/ngày, tên loại/trích yếu, căn cứ, signer, nơi nhận', (kind) => {
    const e = EXPECT[kind]!;
    for (const d of docs.filter((x) => x.kind === kind)) {
      const at = `${d.fileName}`;
      if (kind !== 'dossier-giay-khen') {
        expect(d.lines, at).toContain(QUOC_HIEU);
        expect(d.lines, at).toContain(TIEU_NGU);
      }
      if (e.issuer) {
        const i = d.lines.indexOf(e.issuer[0]!);
        expect(i, `${at}: issuer ${e.issuer.join(' / ')}`).toBeGreaterThanOrEqual(0);
        expect(d.lines.slice(i, i + e.issuer.length), at).toEqual(e.issuer);
        // No software code and no "TỈNH … / XÃ …" pair passing for an agency's name.
        expect(d.lines.slice(0, 3), at).not.toContain('TỈNH LAI CHÂU');
      }
      const numbers = d.lines.filter((l) => l.startsWith('Số:'));
      if (e.numbered) expect(numbers.some((l) => NUMBER_LINE.test(l)), `${at}: ${numbers.join(' | ')}`).toBe(true);
      else expect(numbers.filter((l) => /^Số:\s*\/\s*$/u.test(l)), at).toEqual([]);
      expect(d.lines.some((l) => PLACE_DATE('Tân Phong').test(l)), `${at}: địa danh, ngày`).toBe(true);
      expect(d.lines, at).toContain(e.kind);
      if (e.summary) {
        const summary = d.lines.find((l) => e.summary!.test(l));
        expect(summary, `${at}: trích yếu`).toBeTruthy();
        if (kind.startsWith('dossier-')) expect(hasRuleUnder(d.xml, summary!), `${at}: rule under the trích yếu`).toBe(true);
      }
      if (e.bases) {
        const bases = d.lines.filter((l) => l.startsWith('Căn cứ'));
        expect(bases.length, `${at}: căn cứ`).toBeGreaterThanOrEqual(e.bases);
        for (const b of bases.filter((l) => !l.startsWith('Căn cứ kết quả') && !l.startsWith('Căn cứ Biên bản'))) expect(b, at).toMatch(DATED);
        // The căn cứ block (with "Xét đề nghị…") ends with a full stop, each line before with ";".
        const first = d.lines.indexOf(bases[0]!);
        let last = first;
        while (/^(Căn cứ|Xét đề nghị|Theo đề nghị)/u.test(d.lines[last + 1] ?? '')) last++;
        expect(d.lines[last], at).toMatch(/\.$/u);
        for (const l of d.lines.slice(first, last)) expect(l, at).toMatch(/;$/u);
      }
      for (const s of e.signers) {
        const i = d.lines.lastIndexOf(s.position);
        expect(i, `${at}: signer's title ${s.position}`).toBeGreaterThanOrEqual(0);
        expect(d.lines.slice(i + 1, i + 12), `${at}: ${s.position} signed by ${s.name}`).toContain(s.name);
      }
      if (e.recipients) {
        expect(d.lines, at).toContain('Nơi nhận:');
        expect(d.lines.some((l) => /^- Lưu: VT, VP\.$/u.test(l)), `${at}: Lưu: VT, VP.`).toBe(true);
      }
      if (e.to) expect(d.lines.some((l) => e.to!.test(l)), `${at}: Kính gửi`).toBe(true);
      // Percentages: decimal comma, no space before "%".
      expect(d.text, at).not.toMatch(/\d %/u);
      expect(d.xml, at).toBe(d.xml.normalize('NFC'));
    }
  });

  it('the dossier set: tờ trình, danh sách, QĐ and giấy khen name exactly the selection; the biên bản everyone voted on', () => {
    expect(selectedNames.length).toBeGreaterThan(0);
    expect(excludedNames.length).toBeGreaterThanOrEqual(2); // one fails the vote, one a criterion
    for (const d of docs.filter((x) => ['dossier-to-trinh', 'dossier-danh-sach', 'dossier-quyet-dinh', 'dossier-giay-khen'].includes(x.kind))) {
      for (const n of selectedNames) expect(d.text, `${d.fileName} names ${n}`).toContain(n);
      for (const n of excludedNames) expect(d.text, `${d.fileName} must not name ${n}`).not.toContain(n);
    }
    const bb = docs.find((x) => x.kind === 'dossier-bien-ban')!;
    for (const n of allNames) expect(bb.text).toContain(n);
    const toTrinh = docs.find((x) => x.kind === 'dossier-to-trinh')!;
    expect(toTrinh.text).toContain(`cho 0${selectedNames.length} cá nhân`);
    // A commune title goes to the commune chairman, never to a council.
    const i = toTrinh.lines.findIndex((l) => l.startsWith('Kính gửi'));
    expect(toTrinh.lines[i]).toBe('Kính gửi: Chủ tịch Ủy ban nhân dân xã Tân Phong.');
  });

  it('báo cáo thành tích by the decree form: particulars, the head of the unit confirming and proposing, titles and commendations in two tables', () => {
    const reports = docs.filter((x) => x.kind === 'dossier-bao-cao');
    expect(reports.length).toBeGreaterThan(0);
    for (const d of reports) {
      for (const s of ['I. SƠ LƯỢC LÝ LỊCH', 'II. THÀNH TÍCH ĐẠT ĐƯỢC', 'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG', '1. Danh hiệu thi đua', '2. Hình thức khen thưởng']) {
        expect(d.lines, d.fileName).toContain(s);
      }
      for (const s of ['- Quê quán:', '- Trú quán:', '- Trình độ chuyên môn, nghiệp vụ:', '- Học hàm, học vị', '1. Quyền hạn, nhiệm vụ được giao']) {
        expect(d.lines.some((l) => l.startsWith(s)), `${d.fileName}: ${s}`).toBe(true);
      }
      const i = d.lines.lastIndexOf('XÁC NHẬN, ĐỀ NGHỊ');
      expect(d.lines[i - 1], d.fileName).toBe('THỦ TRƯỞNG ĐƠN VỊ');
      expect(d.lines, d.fileName).not.toContain('XÁC NHẬN CỦA CẤP TRÊN');
      expect((d.xml.match(/<w:tblHeader\/>/g) ?? []).length, `${d.fileName}: two ruled tables`).toBe(2);
    }
    // Quê quán, trú quán and trình độ come from the person form for every report; the demo's clerk wrote the sections of two.
    for (const d of reports) {
      expect(d.lines.some((l) => /^- Quê quán: Xã \S.*, tỉnh Lai Châu$/u.test(l)), d.fileName).toBe(true);
      expect(d.lines.some((l) => /^- Trình độ chuyên môn, nghiệp vụ: [^…]+$/u.test(l)), d.fileName).toBe(true);
    }
    const filled = reports.filter((d) => d.text.includes('Giải pháp “Số hóa hồ sơ hộ tịch”'));
    expect(filled).toHaveLength(2);
    for (const d of filled) expect(d.lines.some((l) => /^- Học hàm, học vị, danh hiệu, giải thưởng: \S/u.test(l)), d.fileName).toBe(true);
  });

  it.skipIf(!hasSoffice)('no signature block is split across pages, and none stands alone without the last lines of text (LibreOffice → PDF → pdftotext)', () => {
    const dir = tempDir('tdkt-checker-');
    const files = [...bytes].map(([name, b]) => {
      const f = path.join(dir, name);
      fs.writeFileSync(f, b);
      return f;
    });
    const pages = pdfPages(dir, files);
    expect(pages.size).toBe(files.length);
    for (const d of docs) {
      const e = EXPECT[d.kind]!;
      const ps = pages.get(d.fileName)!;
      for (const signer of e.signers) {
        // Two blocks side by side interleave in pdftotext's layout: match the title's first words.
        const s = { position: signer.position.split(' ').slice(0, 2).join(' '), name: signer.name };
        // The page holding the signer's title (the last one) also holds the name after it.
        const k = ps.map((p) => p.lastIndexOf(s.position)).findLastIndex((x) => x >= 0);
        expect(k, `${d.fileName}: ${s.position} printed`).toBeGreaterThanOrEqual(0);
        const page = ps[k]!;
        expect(page.lastIndexOf(s.name), `${d.fileName}: ${s.position} and ${s.name} on one page`).toBeGreaterThan(page.lastIndexOf(s.position));
        // Some text of the document stands before the block on its page.
        const before = page.slice(0, page.lastIndexOf(s.position)).replace(/^\s*\d+\s*/u, '').replace(/Nơi nhận:.*$/u, '').replace(/TM\.[^]*$/u, '').trim();
        expect(before.length, `${d.fileName}: the signature of ${s.position} is not alone on page ${k + 1}`).toBeGreaterThan(10);
      }
    }
  }, 300_000);
});
