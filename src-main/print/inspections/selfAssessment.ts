import type { Paragraph, Table } from 'docx';
import type { ChecklistItemValues, UnitSelfAssessment } from '../../../src-shared/api';
import { checklistItems, itemOutcome } from '../../../src-shared/rules/inspections';
import type { ServiceContext } from '../../services/core';
import { getPlan, unitSelfAssessment } from '../../services/inspections';
import { body, CONTENT_WIDTH, heading, pack, para, run, title } from '../layout';
import { count, dayText } from '../dossier/common';
import { issuerName, unitHeading, unitPrint } from '../initiatives/common';
import { bodyKept, cellText, closingKept, dash, localDay, richTable, roman, section, type RichCell } from './common';
import { resultText } from './record';

type Answer = UnitSelfAssessment['answers'][number];

/**
 * Báo cáo tự đánh giá công tác thi đua, khen thưởng: the inspected unit's own answers to the
 * checklist of the plan it received, signed by its head and handed to (or sent ahead of) the
 * inspection team. Issued by this installation's unit; the plan is the inspecting body's.
 */
export async function selfAssessmentDocument(ctx: ServiceContext, planId: string): Promise<Buffer> {
  const sa = unitSelfAssessment(ctx, planId);
  const plan = getPlan(ctx, planId);
  const u = unitPrint(ctx);
  const issuer = issuerName(u);
  const date = sa.submittedAt ? new Date(`${localDay(sa.submittedAt)}T12:00:00`) : ctx.now();
  const answers = new Map(sa.answers.map((a) => [a.itemCode, a]));
  const items = checklistItems(sa.template.sections);
  const outcomes = items.map((it) => itemOutcome(it, answers.get(it.code)));
  const tally = (r: string | null) => outcomes.filter((o) => o === r).length;
  const notMet = items.filter((_, k) => outcomes[k] === 'chua-dat');
  const reference = `Kế hoạch${plan.planNumber ? ` số ${plan.planNumber}` : ''}${plan.planDate ? ` ${dayText(plan.planDate)}` : ''} của ${plan.inspectingBody}`;

  const resultCell = (it: ChecklistItemValues, a: Answer | undefined): Paragraph[] => {
    const r = resultText(it, a);
    return [r === null ? cellText('Chưa tự đánh giá', { italics: true, align: 'center' }) : cellText(r, { bold: itemOutcome(it, a) === 'chua-dat', align: 'center' })];
  };
  const noteCell = (a: Answer | undefined): Paragraph[] =>
    (a?.note ?? '').split('\n').map((l) => l.trim()).filter(Boolean).map((l) => cellText(l));
  const W = { code: 650, result: 1750, text: 3250 };
  const rows: RichCell[][] = sa.template.sections.flatMap((s, k) => [
    [{ content: [para([run(`${roman(k)}. ${s.title}`, { size: 13, bold: true })], { keepNext: true })], span: 4 }],
    ...s.items.map((it): RichCell[] => {
      const a = answers.get(it.code);
      return [{ content: it.code, align: 'center' }, { content: it.text }, { content: resultCell(it, a) }, { content: noteCell(a) }];
    }),
  ]);

  const notMetPart: (Paragraph | Table)[] = notMet.length
    ? [
        section('II. NHỮNG NỘI DUNG CHƯA ĐẠT VÀ HƯỚNG KHẮC PHỤC'),
        ...notMet.map((it, k) => {
          const note = answers.get(it.code)?.note.replace(/[;,.]?\s*\n\s*/g, '; ').replace(/[.;]$/, '');
          return dash(`${it.code}. ${it.text}${note ? `: ${note}` : ''}${k === notMet.length - 1 ? '.' : ';'}`);
        }),
      ]
    : [];

  return pack(
    [
      heading(unitHeading(u, date, `Số:        /BC${u.administrative ? '-UBND' : ''}`)),
      ...title('Báo cáo', `Tự đánh giá công tác thi đua, khen thưởng năm ${plan.year}`),
      body(`Thực hiện ${reference} về kiểm tra công tác thi đua, khen thưởng năm ${plan.year}, ${issuer} báo cáo kết quả tự đánh giá như sau:`),
      section('I. KẾT QUẢ TỰ ĐÁNH GIÁ'),
      body(
        `Đơn vị đã tự đánh giá ${count(items.length - tally(null))}/${count(items.length)} nội dung theo ${sa.template.name} (phiên bản ${sa.template.version}): ` +
          `Đạt ${count(tally('dat'))}; Chưa đạt ${count(tally('chua-dat'))}; Không áp dụng ${count(tally('kad'))}; chưa tự đánh giá ${count(tally(null))}.`,
      ),
      richTable(
        [
          { title: 'Mã', width: W.code, align: 'center' },
          { title: 'Nội dung', width: W.text },
          { title: 'Tự đánh giá', width: W.result, align: 'center' },
          { title: 'Giải trình, tài liệu kèm theo', width: CONTENT_WIDTH - W.code - W.text - W.result },
        ],
        rows,
      ),
      ...notMetPart,
      bodyKept(`Trên đây là báo cáo tự đánh giá công tác thi đua, khen thưởng năm ${plan.year} của ${issuer}./.`),
      para('', { spacing: { after: 120 }, keepNext: true }),
      ...closingKept(
        [`Đoàn kiểm tra (${plan.inspectingBody})`, u.agency.archive],
        u.agency.signer(),
      ),
    ],
    { title: `Báo cáo tự đánh giá công tác thi đua, khen thưởng năm ${plan.year} - ${issuer}`, creator: 'TĐKT Desktop' },
  );
}
