import { AlignmentType, LineRuleType, type Paragraph, type Table } from 'docx';
import type { ReviewFigures } from '../../../src-shared/records';
import { percentRounded } from '../../../src-shared/rules/format';
import { AWARD_KIND_LABELS, AWARD_LEVEL_LABELS, SHARE_LABELS, signed, type AwardLevel, type ReviewPeriod } from '../../../src-shared/rules/review';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../services/core';
import { getReview, reviewRollup } from '../../services/review';
import { inSentence } from '../dossier/common';
import { issuerName, unitHeading, unitPrint, type UnitPrint } from '../initiatives/common';
import { headSigner } from '../../services/installation';
import { fold } from '../../../src-shared/text';
import { cellText, paragraphsOr, tail, richTable, section, subsection, type RichCell } from '../inspections/common';
import { body, closing, CONTENT_WIDTH, pack, para, run, title, heading as headingTable, type Signature } from '../layout';

/** The print id: "2026" (the year), or "2026:h1", "2026:h2", "2026:year". */
export function reviewScope(id: string): { year: number; period: ReviewPeriod } {
  const m = /^(\d{4})(?::(h1|h2|year))?$/.exec(id.trim());
  const year = m ? Number(m[1]) : NaN;
  if (!m || year < 2000 || year > 2100) {
    throw new AppError('BAD_YEAR', `"${id}" không phải kỳ báo cáo; hãy cho biết năm (ví dụ 2026), hoặc năm và kỳ (2026:h1 là 6 tháng đầu năm).`);
  }
  return { year, period: (m[2] as ReviewPeriod | undefined) ?? 'year' };
}

const num = (n: number) => String(n);
const caption = (text: string) => para([run(text, { size: 13, bold: true, italics: true })], { alignment: AlignmentType.CENTER, spacing: { before: 120, after: 80 }, keepNext: true });

/** A ruled table of label, count and share of `whole`, with a "Cộng" row. */
function shareTable(head: string, rows: [string, number][], whole: number, total = true): Table {
  const cells: RichCell[][] = rows.map(([label, n]) => [{ content: label }, { content: num(n), align: 'center' }, { content: percentRounded(n, whole), align: 'center' }]);
  if (total) cells.push([{ content: 'Cộng', bold: true }, { content: num(whole), bold: true, align: 'center' }, { content: whole ? '100%' : '—', bold: true, align: 'center' }]);
  return richTable([{ title: head, width: 5200 }, { title: 'Số lượng', width: 1900, align: 'center' }, { title: 'Tỷ lệ', width: CONTENT_WIDTH - 7100, align: 'center' }], cells);
}

/**
 * A bar chart as a table (prints the same in Word, LibreOffice and in black and white): the
 * label, twenty equal cells of which the first are filled dark grey in proportion, the value.
 */
function barChart(rows: { label: string; value: number }[]): Table {
  const STEPS = 20;
  const labelW = 2200;
  const valueW = 800;
  const step = Math.floor((CONTENT_WIDTH - labelW - valueW) / STEPS);
  const max = Math.max(1, ...rows.map((r) => r.value));
  const tiny = () => [para([run('', { size: 4 })], { spacing: { before: 0, after: 0, line: 60, lineRule: LineRuleType.EXACT }, keepNext: true })];
  const cells = rows.flatMap((r, k): RichCell[][] => {
    const n = r.value > 0 ? Math.min(STEPS, Math.max(1, Math.round((r.value / max) * STEPS))) : 0;
    const bar: RichCell[] = n ? [{ content: [para('', { keepNext: true })], span: n, fill: '404040', bare: true }] : [];
    if (n < STEPS) bar.push({ content: [para('', { keepNext: true })], span: STEPS - n, bare: true });
    const line: RichCell[] = [{ content: [cellText(r.label, { size: 12, align: 'right', keepNext: true })], bare: true, pad: 100 }, ...bar, { content: [cellText(num(r.value), { size: 12, bold: true, keepNext: k < rows.length - 1 })], bare: true, pad: 100 }];
    return k ? [[{ content: tiny(), bare: true }, { content: tiny(), span: STEPS, bare: true }, { content: tiny(), bare: true }], line] : [line];
  });
  const columns = [{ width: labelW }, ...Array.from({ length: STEPS }, () => ({ width: step })), { width: CONTENT_WIDTH - labelW - step * STEPS }];
  return richTable(columns, cells, { header: false, borderless: true });
}

const MONTHS = Array.from({ length: 12 }, (_x, i) => `Tháng ${i + 1}`);

/** Tables and charts numbered in the order they print. */
interface Numbers { table: number; chart: number }

function figureParts(f: ReviewFigures, periodWord: string, no: Numbers, prefix = ''): (Paragraph | Table)[] {
  const w = f.awards;
  const persons = w.bySubject.person;
  const t = () => `Bảng ${++no.table}`;
  const months = f.awards.byMonth.map((value, i) => ({ label: MONTHS[i]!, value }));
  const reg = f.registrations;
  return [
    subsection(`${prefix}1. Kết quả khen thưởng`),
    body(`Trong ${periodWord}, đã khen thưởng ${num(w.total)} lượt (${num(w.byKind.title)} danh hiệu thi đua, ${num(w.byKind.form)} hình thức khen thưởng), gồm ${num(w.bySubject.person)} lượt cá nhân và ${num(w.bySubject.collective)} lượt tập thể.`),
    caption(`${t()}. Khen thưởng theo loại, cấp và đối tượng`),
    shareTable('Loại, cấp, đối tượng', [
      [AWARD_KIND_LABELS.title, w.byKind.title], [AWARD_KIND_LABELS.form, w.byKind.form],
      ...(Object.keys(AWARD_LEVEL_LABELS) as AwardLevel[]).map((k): [string, number] => [AWARD_LEVEL_LABELS[k], w.byLevel[k]]),
      ['Cá nhân', w.bySubject.person], ['Tập thể', w.bySubject.collective],
    ], w.total, false),
    caption(`Biểu đồ ${++no.chart}. Số lượt khen thưởng theo tháng (theo ngày quyết định)`),
    barChart(w.undated ? [...months, { label: 'Không rõ ngày', value: w.undated }] : months),
    caption(`${t()}. Khen thưởng theo đơn vị`),
    richTable(
      [{ title: 'STT', width: 800, align: 'center' }, { title: 'Đơn vị', width: 5600 }, { title: 'Số lượt khen thưởng', width: CONTENT_WIDTH - 6400, align: 'center' }],
      [
        ...w.byUnit.map((u, k): RichCell[] => [{ content: String(k + 1) }, { content: u.name }, { content: num(u.count) }]),
        [{ content: '' }, { content: 'Cộng', bold: true }, { content: num(w.total), bold: true }],
      ],
    ),
    subsection(`${prefix}2. Tỷ lệ trong số lượt khen thưởng cá nhân`),
    body(`Tính trên ${num(persons)} lượt khen thưởng cá nhân; người chưa có thông tin được tính là “không rõ”, không tính là “không”.`),
    caption(`${t()}. Tỷ lệ nữ, dân tộc thiểu số, người lao động trực tiếp, vùng sâu, vùng xa`),
    richTable(
      [{ title: 'Nhóm', width: 4000 }, { title: 'Có', width: 1150, align: 'center' }, { title: 'Không', width: 1150, align: 'center' }, { title: 'Không rõ', width: 1150, align: 'center' }, { title: 'Tỷ lệ có (trên số đã biết)', width: CONTENT_WIDTH - 7450, align: 'center' }],
      (Object.keys(SHARE_LABELS) as (keyof typeof SHARE_LABELS)[]).map((k): RichCell[] => {
        const s = f.people[k];
        return [{ content: SHARE_LABELS[k] }, { content: num(s.yes) }, { content: num(s.no) }, { content: num(s.unknown) }, { content: percentRounded(s.yes, s.yes + s.no) }];
      }),
    ),
    subsection(`${prefix}3. Đăng ký thi đua và kết quả đạt danh hiệu`),
    body(`Năm có ${num(reg.registered)} lượt đăng ký danh hiệu thi đua; đã đạt ${num(reg.achieved)} lượt (${percentRounded(reg.achieved, reg.registered)}).`),
    caption(`${t()}. Đăng ký và đạt danh hiệu thi đua`),
    richTable(
      [{ title: 'Danh hiệu', width: 4600 }, { title: 'Đăng ký', width: 1500, align: 'center' }, { title: 'Đạt', width: 1500, align: 'center' }, { title: 'Tỷ lệ đạt', width: CONTENT_WIDTH - 7600, align: 'center' }],
      [
        ...reg.byTitle.map((x): RichCell[] => [{ content: x.name }, { content: num(x.registered) }, { content: num(x.achieved) }, { content: percentRounded(x.achieved, x.registered) }]),
        [{ content: 'Cộng', bold: true }, { content: num(reg.registered), bold: true }, { content: num(reg.achieved), bold: true }, { content: percentRounded(reg.achieved, reg.registered), bold: true }],
      ],
    ),
    subsection(`${prefix}4. Sáng kiến`),
    body(`Tiếp nhận ${num(f.initiatives.applied)} đơn yêu cầu công nhận sáng kiến; công nhận ${num(f.initiatives.recognised)} sáng kiến.`),
    subsection(`${prefix}5. Kiểm tra công tác thi đua, khen thưởng`),
    body(`Đã thực hiện ${num(f.inspections.done)}/${num(f.inspections.planned)} cuộc kiểm tra theo kế hoạch năm.`),
  ];
}

/**
 * Báo cáo sơ kết (six months) or tổng kết (the year) công tác thi đua, khen thưởng, NĐ 30/2020:
 * the figures as ruled tables and a bar chart drawn as a table (black-and-white printing), the
 * comparison with the same period of last year, at an upper level the units' figures and their
 * sum, then the clerk's sections (ưu điểm, hạn chế, nguyên nhân, phương hướng) and the signer.
 */
export async function reviewDocument(ctx: ServiceContext, id: string): Promise<Buffer> {
  const { year, period } = reviewScope(id);
  const v = getReview(ctx, { year, period });
  const u = unitPrint(ctx);
  const kind = period === 'year' ? 'Tổng kết' : 'Sơ kết';
  const subject = `${kind} công tác thi đua, khen thưởng ${v.periodLabel}`;
  const issuer = issuerName(u);
  const symbol = u.agency.settings.symbols['bao-cao'] ?? 'BC';
  const agency = u.agency.signer();
  const signer: Signature = v.texts.signerName ? namedSigner(u, agency, v.texts.signerName, v.texts.signerPosition) : agency;
  const upper = u.parentName ? `Hội đồng Thi đua - Khen thưởng ${inSentence(u.parentName)}` : null;

  const no: Numbers = { table: 0, chart: 0 };
  const parts: (Paragraph | Table)[] = [
    headingTable(unitHeading(u, ctx.now(), `Số:        /${symbol}`)),
    ...title('Báo cáo', subject),
    ...(upper ? [para([run(`Kính gửi: ${upper}.`)], { alignment: AlignmentType.CENTER, spacing: { after: 200 } })] : []),
    body(`Thực hiện Luật Thi đua, khen thưởng năm 2022 và kế hoạch công tác thi đua, khen thưởng năm ${year}, ${issuer} báo cáo ${kind.toLowerCase()} công tác thi đua, khen thưởng ${v.periodLabel} như sau:`),
    section('I. KẾT QUẢ THỰC HIỆN'),
    ...(v.empty ? [body(`Trong ${v.periodLabel}, chưa có khen thưởng, đăng ký thi đua, sáng kiến hay cuộc kiểm tra nào được ghi nhận; các bảng dưới đây ghi số 0.`)] : []),
    ...figureParts(v.figures, v.periodLabel, no),
    subsection('6. So sánh với cùng kỳ năm trước'),
    caption(`Bảng ${++no.table}. So sánh với ${v.periodLabel.replace(String(year), String(year - 1))}`),
    richTable(
      [{ title: 'Chỉ tiêu', width: 4300 }, { title: `Năm ${year - 1}`, width: 1550, align: 'center' }, { title: `Năm ${year}`, width: 1550, align: 'center' }, { title: 'Tăng (+), giảm (-)', width: CONTENT_WIDTH - 7400, align: 'center' }],
      v.comparison.map((r): RichCell[] => [{ content: r.label }, { content: num(r.previous) }, { content: num(r.current) }, { content: signed(r.diff) }]),
    ),
    ...(v.hasUnitsBelow ? rollupParts(ctx, year, period, no) : []),
    section('II. ĐÁNH GIÁ CHUNG'),
    subsection('1. Ưu điểm'),
    ...paragraphsOr(v.texts.strengths),
    subsection('2. Hạn chế'),
    ...paragraphsOr(v.texts.weaknesses),
    subsection('3. Nguyên nhân'),
    ...paragraphsOr(v.texts.causes),
    section(`III. PHƯƠNG HƯỚNG, NHIỆM VỤ ${period === 'year' ? `NĂM ${year + 1}` : period === 'h1' ? `6 THÁNG CUỐI NĂM ${year}` : `NĂM ${year + 1}`}`),
    ...paragraphsOr(v.texts.directions),
    para([run(`Trên đây là báo cáo ${kind.toLowerCase()} công tác thi đua, khen thưởng ${v.periodLabel} của ${issuer}./.`)], { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, spacing: { after: 120 }, keepNext: true }),
    closing([...(upper ? [upper] : []), u.agency.archive], signer),
    tail(),
  ];
  return pack(parts, { title: subject, creator: 'TĐKT Desktop' });
}

/**
 * The signer the clerk named: a deputy (a signer of the document settings who signs for the head,
 * or any "Phó …") signs "KT. <head>" under the agency's "TM." line (NĐ 30/2020, Phụ lục I).
 */
function namedSigner(u: UnitPrint, agency: Signature, name: string, position: string): Signature {
  const pos = position || agency.position;
  const settings = u.agency.settings;
  const configured = settings.signers.find((x) => fold(x.position) === fold(pos));
  const signsFor = configured ? configured.signsFor : /^phó\s/iu.test(pos) ? headSigner(settings).position : null;
  const authority = [u.agency.administrative ? 'TM. Ủy ban nhân dân' : null, signsFor ? `KT. ${signsFor}` : null].filter(Boolean).join('\n');
  return { ...agency, authority: authority || undefined, position: pos, name };
}

/** At an upper level: who sent, who has not, the per-unit table and the sum. */
function rollupParts(ctx: ServiceContext, year: number, period: ReviewPeriod, no: Numbers): (Paragraph | Table)[] {
  const r = reviewRollup(ctx, { year, period });
  const sent = r.units.filter((x) => x.report);
  const s = r.sum;
  const cols = [
    { title: 'STT', width: 700, align: 'center' as const }, { title: 'Đơn vị', width: 2200 }, { title: 'Tổng khen thưởng', width: 1000, align: 'center' as const },
    { title: 'Danh hiệu', width: 900, align: 'center' as const }, { title: 'Hình thức', width: 900, align: 'center' as const },
    { title: 'Đăng ký', width: 850, align: 'center' as const }, { title: 'Đạt', width: 750, align: 'center' as const },
    { title: 'Sáng kiến công nhận', width: 950, align: 'center' as const }, { title: 'Kiểm tra', width: CONTENT_WIDTH - 8250, align: 'center' as const },
  ];
  const line = (f: ReviewFigures) => [f.awards.total, f.awards.byKind.title, f.awards.byKind.form, f.registrations.registered, f.registrations.achieved, f.initiatives.recognised, f.inspections.done].map((n) => ({ content: num(n) }) as RichCell);
  return [
    subsection('7. Tổng hợp số liệu của các đơn vị'),
    body(`Đã nhận số liệu ${r.periodLabel} của ${num(sent.length)}/${num(r.units.length)} đơn vị${r.missing.length ? `; chưa nhận: ${r.missing.join(', ')}` : ''}.`),
    caption(`Bảng ${++no.table}. Số liệu các đơn vị gửi lên`),
    richTable(cols, [
      ...r.units.map((x, k): RichCell[] => [
        { content: String(k + 1) }, { content: x.name },
        ...(x.report ? line(x.report.figures) : [{ content: 'Chưa gửi số liệu', span: 7, align: 'center' } as RichCell]),
      ]),
      [{ content: '' }, { content: 'Cộng', bold: true }, ...line(s).map((c) => ({ ...c, bold: true }))],
    ], { splitRows: true }),
    ...(sent.length ? figureParts(s, r.periodLabel, no, '7.') : []),
  ];
}
