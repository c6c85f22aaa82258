import { AlignmentType, LineRuleType, type Paragraph, type Table } from 'docx';
import type { InspectionSummaryFigures } from '../../../src-shared/api';
import { INSPECTION_STATUS_LABELS } from '../../../src-shared/rules/inspections';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../services/core';
import { getPlan, inspectionSummaryOf } from '../../services/inspections';
import { body, CONTENT_WIDTH, heading, pack, para, run, title } from '../layout';
import { count } from '../dossier/common';
import { issuerName, unitPrint } from '../initiatives/common';
import {
  bodyKept, cellText, closingKept, dash, leaderSignature, num, paragraphsOr, planReference, richTable, section, subsection, tdktCouncil, teamHeading, type RichCell,
} from './common';

/** The report's id: "2026", or "2026:<plan id>" for one plan of the year. */
export function reportScope(id: string): { year: number; planId: string | null } {
  const m = /^(\d{4})(?::([0-9a-f-]{36}))?$/i.exec(id.trim());
  const year = m ? Number(m[1]) : NaN;
  if (!m || year < 2000 || year > 2100) {
    throw new AppError('BAD_YEAR', `"${id}" không phải một năm; hãy cho biết năm của báo cáo kết quả kiểm tra (ví dụ 2026).`);
  }
  return { year, planId: m[2] ?? null };
}

const pct = (a: number, b: number) => (b ? `${num(Math.round((a / b) * 1000) / 10)}%` : '—');

/** Bar colours: a dark blue prints as a dark grey in black and white; red and grey for the stacked bars. */
const FILL = { bar: '2E5597', dat: '4E8F3A', chuaDat: 'C0392B', kad: 'A6A6A6', unanswered: 'E7E6E6' };
const STEPS = 20;

/**
 * A horizontal bar chart drawn as a table, so that Word and LibreOffice show it alike without a
 * chart part: a label column, a grid of STEPS equal cells whose first cells are filled in
 * proportion to the value (each segment one filled cell spanning its share), and the value.
 * A thin empty row parts the bars; an axis with 0 and the maximum closes the chart.
 */
function barChart(rows: { label: string; segments: { value: number; fill: string }[]; value: string }[], max: number, keepWithNext = false): Table {
  const labelW = 3700;
  const valueW = 900;
  const step = Math.floor((CONTENT_WIDTH - labelW - valueW) / STEPS);
  const columns = [{ width: labelW }, ...Array.from({ length: STEPS }, () => ({ width: step })), { width: CONTENT_WIDTH - labelW - step * STEPS }];
  // Every row but the last keeps with the next: the chart is not cut across two pages.
  const empty = (keepNext = true) => [para([run('', { size: 4 })], { spacing: { before: 0, after: 0, line: 100, lineRule: LineRuleType.EXACT }, keepNext })];
  const gap: RichCell[] = [{ content: empty(), bare: true }, { content: empty(), span: STEPS, bare: true }, { content: empty(), bare: true }];
  const cells = rows.flatMap((r, k): RichCell[][] => {
    const spans: RichCell[] = [];
    let used = 0;
    for (const s of r.segments) {
      if (s.value <= 0) continue;
      // At least one cell for any non-zero value, never past the grid.
      const n = Math.min(STEPS - used, Math.max(1, Math.round((s.value / max) * STEPS)));
      if (n <= 0) continue;
      spans.push({ content: [para('', { keepNext: true })], span: n, fill: s.fill, bare: true });
      used += n;
    }
    if (used < STEPS) spans.push({ content: [para('', { keepNext: true })], span: STEPS - used, bare: true });
    return [
      ...(k ? [gap] : []),
      [
        { content: [cellText(r.label, { size: 12, align: 'right', keepNext: true })], bare: true, pad: 100 },
        ...spans,
        { content: [cellText(r.value, { size: 12, bold: true, keepNext: true })], bare: true, pad: 100 },
      ],
    ];
  });
  const axis: RichCell[] = [
    { content: empty(keepWithNext), bare: true },
    { content: [cellText('0', { size: 11, keepNext: keepWithNext })], span: STEPS / 2, bare: true, topRule: true },
    { content: [cellText(String(max), { size: 11, align: 'right', keepNext: keepWithNext })], span: STEPS / 2, bare: true, topRule: true },
    { content: empty(keepWithNext), bare: true },
  ];
  return richTable(columns, [...cells, axis], { header: false, borderless: true });
}

const legend = (entries: [string, string][]) =>
  richTable(
    entries.flatMap(() => [{ width: 300 }, { width: 1900 }]),
    [entries.flatMap(([fill, label]): RichCell[] => [{ content: [para('')], fill, bare: true }, { content: [cellText(` ${label}`, { size: 12 })], bare: true }])],
    { header: false, borderless: true },
  );

const caption = (text: string) => para([run(text, { size: 13, bold: true, italics: true })], { alignment: AlignmentType.CENTER, spacing: { before: 160, after: 100 }, keepNext: true });

/** "1.2. Ban hành Quy chế thi đua, khen thưởng …" shortened for a chart label. */
const shortLabel = (code: string, text: string, max = 60) => {
  const t = `${code}. ${text}`;
  return t.length > max ? `${t.slice(0, max - 1).replace(/[\s,;]+\S*$/u, '')}…` : t;
};

/**
 * Báo cáo kết quả kiểm tra công tác thi đua, khen thưởng of a year (or of one plan), to the chair
 * of the Hội đồng Thi đua - Khen thưởng: units inspected, counts per result, a table per unit,
 * the items most often not met with a bar chart of them and of the results per unit, and the
 * team's recommendations. Drawn from inspections.summary, the same figures as the screen.
 */
export async function reportDocument(ctx: ServiceContext, id: string): Promise<Buffer> {
  const { year, planId } = reportScope(id);
  const s: InspectionSummaryFigures = inspectionSummaryOf(ctx, { year, planId });
  if (!s.units.total) {
    throw new AppError('NOTHING_INSPECTED', `Năm ${year} chưa có kế hoạch kiểm tra nào có đơn vị được kiểm tra; chưa có gì để báo cáo.`);
  }
  const u = unitPrint(ctx);
  const plans = ctx.sqlite
    .prepare('SELECT id FROM inspection_plans WHERE deleted = 0 AND year = ? AND (? IS NULL OR id = ?) ORDER BY plan_date, created_at')
    .all(year, planId, planId)
    .map((r) => getPlan(ctx, (r as { id: string }).id));
  const council = tdktCouncil(u);
  const r = s.results;
  const all = r.dat + r.chuaDat + r.kad + r.unanswered;
  const scored = s.perUnit.some((x) => x.maxScore > 0);

  const resultsTable = richTable(
    [
      { title: 'Kết quả', width: 3800 },
      { title: 'Số lượt nội dung', width: 2700, align: 'center' },
      { title: 'Tỷ lệ', width: CONTENT_WIDTH - 3800 - 2700, align: 'center' },
    ],
    [
      ['Đạt', r.dat], ['Chưa đạt', r.chuaDat], ['Không áp dụng', r.kad], ['Chưa đánh giá', r.unanswered],
    ].map(([label, n]) => [{ content: String(label) }, { content: count(Number(n)) }, { content: pct(Number(n), all) }] as RichCell[])
      .concat([[{ content: 'Cộng', bold: true }, { content: count(all), bold: true }, { content: all ? '100%' : '—', bold: true }]]),
  );

  const W = { stt: 700, status: 1750, n: 780, score: 1000 };
  const unitW = CONTENT_WIDTH - W.stt - W.status - W.n * 4 - W.score;
  const perUnit = richTable(
    [
      { title: 'STT', width: W.stt, align: 'center' },
      { title: 'Đơn vị được kiểm tra', width: unitW },
      { title: 'Tình trạng', width: W.status, align: 'center' },
      { title: 'Đạt', width: W.n, align: 'center' },
      { title: 'Chưa đạt', width: W.n, align: 'center' },
      { title: 'KAD', width: W.n, align: 'center' },
      { title: 'Chưa đánh giá', width: W.n, align: 'center' },
      { title: scored ? 'Điểm (%)' : 'Tỷ lệ đạt', width: W.score, align: 'center' },
    ],
    s.perUnit.map((x, k) => {
      const rated = x.dat + x.chuaDat;
      const share = x.maxScore > 0 ? pct(x.score, x.maxScore) : pct(x.dat, rated);
      return [String(k + 1), x.unitName, INSPECTION_STATUS_LABELS[x.status], count(x.dat), count(x.chuaDat), count(x.kad), count(x.unanswered), share]
        .map((t) => ({ content: t }) as RichCell);
    }),
  );

  const top = s.mostNotMet.slice(0, 10);
  const notMetPart: (Paragraph | Table)[] = top.length
    ? [
        richTable(
          [
            { title: 'Mã', width: 650, align: 'center' },
            { title: 'Nội dung kiểm tra', width: 3900 },
            { title: 'Số đơn vị chưa đạt', width: 1300, align: 'center' },
            { title: 'Đơn vị chưa đạt', width: CONTENT_WIDTH - 650 - 3900 - 1300 },
          ],
          top.map((m) => [
            { content: m.code }, { content: m.text }, { content: `${count(m.count)}/${count(s.units.inspected)}` },
            { content: (s.items.find((it) => it.code === m.code)?.notMetUnits ?? []).join('; ') },
          ]),
          // A long list of units may make a row taller than what is left of the page.
          { splitRows: true },
        ),
        caption('Biểu đồ 2. Số đơn vị chưa đạt theo nội dung kiểm tra'),
        barChart(
          top.map((m) => ({ label: shortLabel(m.code, m.text), segments: [{ value: m.count, fill: FILL.bar }], value: count(m.count) })),
          Math.max(...top.map((m) => m.count), s.units.inspected, 1),
        ),
      ]
    : [body('Không có nội dung nào chưa đạt ở các đơn vị đã kiểm tra.')];

  const itemsMax = Math.max(...s.perUnit.map((x) => x.dat + x.chuaDat + x.kad + x.unanswered), 1);
  const unitChart = [
    caption('Biểu đồ 1. Kết quả kiểm tra từng đơn vị (số nội dung)'),
    barChart(
      s.perUnit.map((x) => ({
        label: x.unitName,
        segments: [
          { value: x.dat, fill: FILL.dat }, { value: x.chuaDat, fill: FILL.chuaDat }, { value: x.kad, fill: FILL.kad }, { value: x.unanswered, fill: FILL.unanswered },
        ],
        value: `${count(x.dat)}/${count(x.dat + x.chuaDat + x.kad + x.unanswered)}`,
      })),
      itemsMax,
      true,
    ),
    para('', { spacing: { after: 60 }, keepNext: true }),
    legend([[FILL.dat, 'Đạt'], [FILL.chuaDat, 'Chưa đạt'], [FILL.kad, 'Không áp dụng'], [FILL.unanswered, 'Chưa đánh giá']]),
  ];

  const recommendations = s.recommendations.flatMap((x) => [
    ...(s.recommendations.length > 1 ? [para([run(x.title, { italics: true })], { indent: { firstLine: 567 }, keepNext: true })] : []),
    ...paragraphsOr(x.text),
  ]);
  const signer = plans.length === 1 ? leaderSignature(plans[0]!) : { authority: 'TM. Đoàn kiểm tra', position: 'Trưởng đoàn', hint: '(Ký, ghi rõ họ tên)', name: '' };

  return pack(
    [
      heading(teamHeading(u, ctx.now(), 'Số:        /BC-ĐKT')),
      ...title('Báo cáo', `Kết quả kiểm tra công tác thi đua, khen thưởng năm ${year}`),
      para([run('Kính gửi: ', { size: 14 }), run(`Chủ tịch ${council}.`, { size: 14 })], { alignment: AlignmentType.CENTER, spacing: { after: 240 } }),
      body(
        plans.length
          ? `Thực hiện ${plans.map((p) => planReference(u, p)).join('; ')}, Đoàn kiểm tra báo cáo kết quả kiểm tra như sau:`
          : `Đoàn kiểm tra báo cáo kết quả kiểm tra công tác thi đua, khen thưởng năm ${year} của ${issuerName(u)} như sau:`,
      ),
      section('I. KHÁI QUÁT'),
      body(
        `${plans.length > 1 ? `Các kế hoạch kiểm tra năm ${year}` : 'Kế hoạch'} có ${count(s.units.total)} đơn vị được kiểm tra; đã kiểm tra ${count(s.units.inspected)} đơn vị ` +
          `(đã kết thúc ${count(s.units.finished)}, đang kiểm tra ${count(s.units.inProgress)}); chưa kiểm tra ${count(s.units.planned)} đơn vị. ` +
          `Đã đánh giá ${count(s.progress.answered)}/${count(s.progress.total)} lượt nội dung${s.progress.percent !== null ? ` (${num(s.progress.percent)}%)` : ''}.`,
      ),
      section('II. KẾT QUẢ KIỂM TRA'),
      subsection('1. Tổng hợp kết quả theo nội dung'),
      resultsTable,
      ...(s.score.max > 0 ? [body(`Các nội dung chấm điểm: đạt ${num(s.score.total)}/${num(s.score.max)} điểm (${num(s.score.percent ?? 0)}%).`)] : []),
      subsection('2. Kết quả từng đơn vị'),
      perUnit,
      para(
        [run(`KAD: Không áp dụng. ${scored ? 'Điểm (%): điểm đạt được trên điểm tối đa của các nội dung chấm điểm' : 'Tỷ lệ đạt: số nội dung Đạt trên số nội dung Đạt và Chưa đạt'}.`, { size: 12, italics: true })],
        { spacing: { before: 60 } },
      ),
      ...unitChart,
      subsection('3. Những nội dung chưa đạt nhiều nhất'),
      ...notMetPart,
      section('III. KIẾN NGHỊ, ĐỀ XUẤT'),
      ...(recommendations.length ? recommendations : paragraphsOr('')),
      ...(top.length
        ? [dash(`Đề nghị các đơn vị khắc phục các nội dung chưa đạt nêu tại mục II.3, báo cáo kết quả khắc phục về ${issuerName(u)}.`)]
        : []),
      bodyKept(`Trên đây là báo cáo kết quả kiểm tra công tác thi đua, khen thưởng năm ${year}, kính trình Chủ tịch ${council} xem xét./.`),
      para('', { spacing: { after: 120 }, keepNext: true }),
      ...closingKept([`Chủ tịch ${council}`, 'Thành viên Đoàn kiểm tra', u.agency.archive], signer),
    ],
    { title: `Báo cáo kết quả kiểm tra công tác thi đua, khen thưởng năm ${year}`, creator: 'TĐKT Desktop' },
  );
}
