import { PLAN_TASK_STATUS_LABELS, type PlanTask, type WorkPlan } from '../../../src-shared/api';
import { deadlineQuarter, QUARTER_ROMAN } from '../../../src-shared/rules/planDeadline';
import { formatDate } from '../../../src-shared/text';
import type { ServiceContext } from '../../services/core';
import { getWorkPlan } from '../../services/plans';
import { inSentence } from '../dossier/common';
import { dateOf, issuerName, issuerShort, packSections, unitHeading, unitPrint } from '../initiatives/common';
import { cellText, closingKept, dash, richTable, section, type RichCell } from '../inspections/common';
import { body, heading as headingTable, type Heading, LANDSCAPE_WIDTH, para, run, title } from '../layout';
import { AlignmentType } from 'docx';

/**
 * Kế hoạch công tác thi đua, khen thưởng năm (or the council's kế hoạch hoạt động), NĐ 30/2020:
 * the plan on portrait pages, then its appendix, the table of tasks by quarter (STT, content,
 * lead unit, coordinating units, deadline, status and result) on landscape pages.
 */
export async function workPlanDocument(ctx: ServiceContext, planId: string): Promise<Buffer> {
  const plan = getWorkPlan(ctx, planId);
  const u = unitPrint(ctx);
  const council = plan.kind === 'council';
  const date = plan.planDate ? dateOf(plan.planDate) : ctx.now();
  const symbol = council ? '/KH-HĐTĐKT' : `/${u.agency.settings.symbols['ke-hoach'] ?? 'KH'}`;
  const number = plan.planNumber ? `Số: ${plan.planNumber}` : `Số:        ${symbol}`;
  const heading: Heading = council
    ? { parentBody: issuerShort(u), issuer: 'Hội đồng Thi đua - Khen thưởng', number, place: u.place, date }
    : unitHeading(u, date, number);
  const councilSettings = u.agency.settings.council;
  const issuer = council ? councilSettings.name || `Hội đồng Thi đua - Khen thưởng ${inSentence(u.name)}` : issuerName(u);
  const subject = plan.title.replace(/^Kế hoạch\s+/iu, '');
  const dated = plan.taskList.filter((t) => t.dueOn);
  const ongoing = plan.taskList.filter((t) => !t.dueOn);
  const purpose = plan.purpose.split(/\n+/).map((l) => l.trim()).filter(Boolean);
  const lower = `${plan.title.charAt(0).toLowerCase()}${plan.title.slice(1)}`;
  const reference = plan.planNumber ? `Kế hoạch số ${plan.planNumber}${plan.planDate ? ` ngày ${formatDate(plan.planDate)}` : ''}` : plan.title;

  const portrait = [
    headingTable(heading),
    ...title('Kế hoạch', subject.charAt(0).toUpperCase() + subject.slice(1)),
    body(`Căn cứ Luật Thi đua, khen thưởng năm 2022 và các văn bản hướng dẫn thi hành, ${issuer} ban hành ${lower} như sau:`),
    section('I. MỤC ĐÍCH, YÊU CẦU'),
    ...(purpose.length ? purpose.map((l) => dash(l)) : [dash('Tổ chức thực hiện có hiệu quả các phong trào thi đua và công tác khen thưởng trong năm; khen thưởng kịp thời, chính xác, công khai, minh bạch, đúng quy định.')]),
    section('II. NHIỆM VỤ TRỌNG TÂM'),
    body(`Gồm ${plan.taskList.length} nhiệm vụ${ongoing.length && dated.length ? `, trong đó ${dated.length} nhiệm vụ có thời hạn cụ thể và ${ongoing.length} nhiệm vụ thực hiện thường xuyên` : ''} (có Phụ lục kèm theo).`),
    section('III. TỔ CHỨC THỰC HIỆN'),
    dash('Đơn vị chủ trì từng nhiệm vụ tại Phụ lục chủ động triển khai, phối hợp với các đơn vị liên quan, bảo đảm đúng thời hạn;'),
    dash(`Định kỳ báo cáo kết quả thực hiện về ${council ? 'Thường trực Hội đồng' : 'cơ quan thường trực Hội đồng Thi đua - Khen thưởng'} để tổng hợp, báo cáo sơ kết 6 tháng và tổng kết năm ${plan.year}.`),
    para([run(`Trên đây là ${lower} của ${issuer}./.`)], { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, spacing: { after: 120 }, keepNext: true }),
    ...closingKept(['Các đơn vị, bộ phận liên quan', u.agency.archive], council ? { authority: 'TM. Hội đồng', position: 'Chủ tịch', name: councilSettings.chairName || u.agency.signer().name } : u.agency.signer()),
  ];

  const appendix = [
    para([run('PHỤ LỤC', { bold: true })], { alignment: AlignmentType.CENTER }),
    para([run(`NHIỆM VỤ TRỌNG TÂM ${plan.kind === 'council' ? 'HOẠT ĐỘNG CỦA HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG' : 'CÔNG TÁC THI ĐUA, KHEN THƯỞNG'} NĂM ${plan.year}`, { bold: true })], { alignment: AlignmentType.CENTER }),
    para([run(`(Kèm theo ${reference} của ${issuer})`, { italics: true })], { alignment: AlignmentType.CENTER, spacing: { after: 240 } }),
    appendixTable(plan),
  ];
  return packSections([{ children: portrait }, { children: appendix, landscape: true }], { title: plan.title, creator: 'TĐKT Desktop' });
}

const W = { stt: 700, lead: 2400, coord: 2600, deadline: 1400, status: 2100 };

function appendixTable(plan: WorkPlan) {
  const content = LANDSCAPE_WIDTH - W.stt - W.lead - W.coord - W.deadline - W.status;
  const groups: { label: string; tasks: PlanTask[] }[] = [1, 2, 3, 4].map((q) => ({
    label: `Công việc thực hiện trong Quý ${QUARTER_ROMAN[q - 1]}`, tasks: plan.taskList.filter((t) => deadlineQuarter(t.deadline, plan.year) === q),
  }));
  groups.push({ label: 'Công việc thực hiện thường xuyên', tasks: plan.taskList.filter((t) => deadlineQuarter(t.deadline, plan.year) === null) });
  const rows: RichCell[][] = [];
  let g = 0;
  for (const grp of groups) {
    if (!grp.tasks.length) continue;
    rows.push([{ content: ROMAN_GROUPS[g++]!, bold: true, align: 'center' }, { content: grp.label, bold: true, span: 5 }]);
    grp.tasks.forEach((t, k) => {
      const statusLines = [PLAN_TASK_STATUS_LABELS[t.status], ...(t.result ? [t.result] : [])];
      rows.push([
        { content: String(k + 1), align: 'center' },
        { content: t.followsContent ? [cellText(t.content), cellText(`(Thực hiện nhiệm vụ của cấp trên: ${t.followsContent})`, { italics: true, size: 12 })] : t.content },
        { content: t.leadUnit },
        { content: t.coordinatingUnits },
        { content: t.deadlineLabel, align: 'center' },
        { content: statusLines.map((l, i) => cellText(l, { italics: i > 0, size: i > 0 ? 12 : 13 })) },
      ]);
    });
  }
  if (!rows.length) rows.push([{ content: '(Chưa có nhiệm vụ nào.)', span: 6, align: 'center' }]);
  return richTable(
    [
      { title: 'STT', width: W.stt, align: 'center' },
      { title: 'Nội dung công việc', width: content },
      { title: 'Đơn vị chủ trì', width: W.lead },
      { title: 'Đơn vị phối hợp', width: W.coord },
      { title: 'Thời hạn', width: W.deadline, align: 'center' },
      { title: 'Tình hình thực hiện', width: W.status },
    ],
    rows,
    { splitRows: true },
  );
}

const ROMAN_GROUPS = ['I', 'II', 'III', 'IV', 'V'];
