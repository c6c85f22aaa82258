import type { Paragraph, Table } from 'docx';
import type { ItemAnswer } from '../../../src-shared/api';
import { checklistItems, ITEM_RESULT_LABELS, itemOutcome, type ChecklistItem } from '../../../src-shared/rules/inspections';
import type { ServiceContext } from '../../services/core';
import { getInspection } from '../../services/inspections';
import { body, CONTENT_WIDTH, heading, pack, para, run, title } from '../layout';
import { count, dayText } from '../dossier/common';
import { dateOf, issuerName, unitPrint } from '../initiatives/common';
import {
  cellText, dash, labelled, leaderSignature, localDay, num, paragraphsOr, period, planReference, printablePlan, richTable, roleLabel, roman, section,
  tail, teamHeading, teamInOrder, twoSignersKept, type RichCell,
} from './common';

/** A section's row in the results table: bold, kept on the page of its first item. */
const keepWithNext = (text: string) => para([run(text, { size: 13, bold: true })], { keepNext: true });

/** "Đạt", "8/10 điểm (Đạt)", "Không áp dụng"; null when not answered. */
export function resultText(item: ChecklistItem, a: Pick<ItemAnswer, 'result' | 'score'> | undefined): string | null {
  const outcome = itemOutcome(item, a);
  if (outcome === null) return null;
  if (item.scale === 'score' && outcome !== 'kad' && a?.score !== null && a?.score !== undefined) {
    return `${num(a.score)}/${num(item.max ?? 0)} điểm (${ITEM_RESULT_LABELS[outcome]})`;
  }
  return ITEM_RESULT_LABELS[outcome];
}

/**
 * Biên bản kiểm tra at one inspected unit: time, place, the team and the unit's representatives,
 * per section and item the result (the unit's self-assessment marked as such where the team kept
 * it), findings, documents seen and evidence count, the items left unanswered with the reason
 * given at finish, the conclusion, and the signatures of the unit's head and the team leader.
 */
export async function recordDocument(ctx: ServiceContext, inspectionId: string): Promise<Buffer> {
  const d = getInspection(ctx, inspectionId);
  const i = d.inspection;
  const plan = printablePlan(ctx, i.planId);
  const u = unitPrint(ctx);
  const team = teamInOrder(plan.team);
  const day = i.finishedAt ? localDay(i.finishedAt) : (i.plannedFrom ?? (i.startedAt ? localDay(i.startedAt) : null));
  const date = day ? dateOf(day) : ctx.now();
  const answers = new Map(d.answers.map((a) => [a.itemCode, a]));
  const evidence = (code: string) => d.evidence.filter((e) => e.itemCode === code).length;
  const items = checklistItems(d.template.sections);
  const outcomes = items.map((it) => itemOutcome(it, answers.get(it.code)));
  const tally = (r: string | null) => outcomes.filter((o) => o === r).length;
  const unanswered = i.status === 'finished' ? i.unansweredAtFinish : d.progress.unanswered;
  const fromUnit = d.answers.filter((a) => a.source === 'unit' && (a.result !== null || a.score !== null)).length;
  const when = i.finishedAt ? localDay(i.finishedAt) : null;
  const startDay = i.startedAt ? localDay(i.startedAt) : i.plannedFrom;
  const held = i.status === 'planned' ? period(i.plannedFrom, i.plannedTo) : period(startDay, when ?? i.plannedTo);

  const noteCell = (it: ChecklistItem, a: ItemAnswer | undefined): Paragraph[] => {
    const out: Paragraph[] = [];
    for (const line of (a?.findings ?? '').split('\n').map((l) => l.trim()).filter(Boolean)) out.push(cellText(line));
    if (a?.documentsSeen) out.push(para([run('Tài liệu đã xem: ', { size: 13, italics: true }), run(a.documentsSeen.replace(/\n/g, '; '), { size: 13 })]));
    const n = evidence(it.code);
    if (n) out.push(para([run('Minh chứng kèm theo: ', { size: 13, italics: true }), run(`${count(n)} tệp`, { size: 13 })]));
    if (a?.self) {
      const own = resultText(it, a.self);
      // The unit's own view, where the team answered for itself or the unit explained.
      if (a.source === 'team' && own) out.push(para([run('Đơn vị tự đánh giá: ', { size: 13, italics: true }), run(own, { size: 13 })]));
      if (a.self.note) out.push(para([run('Giải trình của đơn vị: ', { size: 13, italics: true }), run(a.self.note.replace(/\n/g, '; '), { size: 13 })]));
    }
    return out;
  };
  const resultCell = (it: ChecklistItem, a: ItemAnswer | undefined): Paragraph[] => {
    const r = resultText(it, a);
    if (r === null) return [cellText('Chưa đánh giá', { italics: true, align: 'center' })];
    return [
      cellText(r, { bold: itemOutcome(it, a) === 'chua-dat', align: 'center' }),
      ...(a?.source === 'unit' ? [cellText('(theo đơn vị tự đánh giá)', { italics: true, align: 'center', size: 12 })] : []),
    ];
  };
  const W = { code: 650, result: 1500, text: 3300 };
  const rows: RichCell[][] = d.template.sections.flatMap((s, k) => [
    [{ content: [keepWithNext(`${roman(k)}. ${s.title}`)], span: 4 }],
    ...s.items.map((it): RichCell[] => {
      const a = answers.get(it.code);
      return [
        { content: it.code, align: 'center' },
        { content: it.text },
        { content: resultCell(it, a) },
        { content: noteCell(it, a) },
      ];
    }),
  ]);

  const unansweredPart: (Paragraph | Table)[] = unanswered.length
    ? [
        section(`III. NỘI DUNG CHƯA ĐÁNH GIÁ (${count(unanswered.length)} nội dung)`),
        ...unanswered.map((code, k) => dash(`${code}. ${items.find((it) => it.code === code)?.text ?? ''}${k === unanswered.length - 1 ? '.' : ';'}`)),
        i.status === 'finished'
          ? labelled('Lý do chưa đánh giá', `${(i.finishReason ?? '').replace(/[.;]?$/, '')}.`)
          : body([run('Cuộc kiểm tra chưa kết thúc; các nội dung trên còn phải đánh giá.', { italics: true })]),
      ]
    : [];
  const n = unanswered.length ? 'IV' : 'III';

  return pack(
    [
      heading(teamHeading(u, date, 'Số:        /BB-ĐKT')),
      ...title('Biên bản', `Kiểm tra công tác thi đua, khen thưởng năm ${i.year} tại ${i.unitName}`),
      body(`Thực hiện ${planReference(u, plan)}, Đoàn kiểm tra đã làm việc với ${i.unitName} về công tác thi đua, khen thưởng của đơn vị.`),
      labelled('Thời gian', `${held}.`),
      labelled('Địa điểm', `trụ sở ${i.unitName}.`),
      section('I. THÀNH PHẦN'),
      para([run('1. Đoàn kiểm tra', { bold: true, italics: true })], { indent: { firstLine: 567 }, keepNext: true }),
      ...(team.length
        ? team.map((m, k) => dash(`Ông (bà) ${m.name}${m.position ? `, ${m.position}` : ''} - ${roleLabel(m.role)}${k === team.length - 1 ? '.' : ';'}`))
        : [dash('……………………………………………………………………')]),
      para([run(`2. Đại diện ${i.unitName}`, { bold: true, italics: true })], { indent: { firstLine: 567 }, keepNext: true }),
      ...[';', '.'].map((end) => para([run(`- Ông (bà): ${'…'.repeat(10)} Chức vụ: ${'…'.repeat(8)}${end}`)], { indent: { firstLine: 567 }, spacing: { after: 60, line: 312 } })),
      section('II. KẾT QUẢ KIỂM TRA'),
      body(
        `Đoàn đã đánh giá ${count(items.length - tally(null))}/${count(items.length)} nội dung theo ${d.template.name} (phiên bản ${d.template.version}): ` +
          `Đạt ${count(tally('dat'))}; Chưa đạt ${count(tally('chua-dat'))}; Không áp dụng ${count(tally('kad'))}; chưa đánh giá ${count(tally(null))}` +
          `${fromUnit ? `; trong đó ${count(fromUnit)} nội dung lấy theo kết quả đơn vị tự đánh giá` : ''}` +
          `${d.evidence.length ? `. Minh chứng kèm theo: ${count(d.evidence.length)} tệp` : ''}.`,
      ),
      richTable(
        [
          { title: 'Mã', width: W.code, align: 'center' },
          { title: 'Nội dung kiểm tra', width: W.text },
          { title: 'Kết quả', width: W.result, align: 'center' },
          { title: 'Nhận xét, tồn tại; tài liệu đã xem', width: CONTENT_WIDTH - W.code - W.text - W.result },
        ],
        rows,
      ),
      ...unansweredPart,
      section(`${n}. KẾT LUẬN, KIẾN NGHỊ`),
      ...paragraphsOr(i.conclusion),
      para(
        [run(`Biên bản lập xong ${when ? dayText(when) : 'ngày …… tháng …… năm ……'}, thành 02 bản: Đoàn kiểm tra giữ 01 bản, ${i.unitName} giữ 01 bản; đã đọc lại cho các thành phần cùng nghe và thống nhất ký tên./.`)],
        { indent: { firstLine: 567 }, spacing: { before: 120, after: 240, line: 312 }, keepNext: true },
      ),
      twoSignersKept(
        CONTENT_WIDTH,
        { authority: 'Đơn vị được kiểm tra', position: 'Thủ trưởng đơn vị', hint: '(Ký, ghi rõ họ tên, đóng dấu)', name: '' },
        leaderSignature(plan),
      ),
      tail(),
    ],
    { title: `Biên bản kiểm tra công tác thi đua, khen thưởng năm ${i.year} - ${i.unitName} (${issuerName(u)})`, creator: 'TĐKT Desktop' },
  );
}
