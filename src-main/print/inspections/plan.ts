import type { ServiceContext } from '../../services/core';
import { getTemplate } from '../../services/inspections';
import { body, CONTENT_WIDTH, heading, pack, para, run, title } from '../layout';
import { count } from '../dossier/common';
import { dateOf, deciderName, issuerName, unitHeading, unitPrint } from '../initiatives/common';
import { bodyKept, closingKept, dash, period, printablePlan, richTable, roleLabel, roman, section, shortDate, subsection, tdktCouncil, teamInOrder } from './common';

/** "Kiểm tra công tác thi đua, khen thưởng năm 2026" from the plan's title ("Kế hoạch kiểm tra …"). */
export const planSubject = (title: string) => {
  const rest = title.replace(/^Kế hoạch\s+/iu, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
};

/**
 * Kế hoạch kiểm tra công tác thi đua, khen thưởng of a year (NĐ 30/2020 layout): purpose and
 * requirements, the content (the sections and items of the plan's checklist version), the units
 * with their planned dates, the team, the deadline (30/11 unless set) and who does what.
 */
export async function planDocument(ctx: ServiceContext, planId: string): Promise<Buffer> {
  const plan = printablePlan(ctx, planId);
  const template = getTemplate(ctx, plan.templateId);
  const u = unitPrint(ctx);
  const date = plan.planDate ? dateOf(plan.planDate) : ctx.now();
  const number = plan.planNumber ? `Số: ${plan.planNumber}` : `Số:        /KH${u.administrative ? '-UBND' : ''}`;
  const issuer = issuerName(u);
  const council = tdktCouncil(u);
  const team = teamInOrder(plan.team);
  const deadline = shortDate(plan.deadline);

  const last = template.sections.at(-1)?.items.at(-1);
  const content = template.sections.flatMap((s, k) => [
    para([run(`${k + 1}. ${s.title}`, { bold: true, italics: true })], { indent: { firstLine: 567 }, spacing: { before: 60, after: 60 }, keepNext: true }),
    ...s.items.map((i) => dash(`${i.text}${i.evidence ? ` (tài liệu: ${i.evidence.replace(/\.$/, '')})` : ''}${i === last ? '.' : ';'}`)),
  ]);

  return pack(
    [
      heading(unitHeading(u, date, number)),
      ...title('Kế hoạch', planSubject(plan.title)),
      body(
        `Thực hiện Luật Thi đua, khen thưởng năm 2022 và các văn bản hướng dẫn thi hành, ${issuer} ban hành Kế hoạch kiểm tra công tác thi đua, khen thưởng năm ${plan.year} như sau:`,
      ),
      section(`${roman(0)}. MỤC ĐÍCH, YÊU CẦU`),
      subsection('1. Mục đích'),
      dash('Đánh giá việc triển khai, thực hiện các quy định của pháp luật về thi đua, khen thưởng tại các đơn vị; kịp thời phát hiện, chấn chỉnh những hạn chế, thiếu sót;'),
      dash('Phát hiện, biểu dương những cách làm hay, điển hình tiên tiến để nhân rộng; làm cơ sở đề xuất khen thưởng và xét danh hiệu thi đua cuối năm.'),
      subsection('2. Yêu cầu'),
      dash('Việc kiểm tra bảo đảm khách quan, công khai, đúng nội dung, đúng thời gian; không làm ảnh hưởng đến hoạt động bình thường của đơn vị;'),
      dash('Mỗi đơn vị được kiểm tra có biên bản kiểm tra, ghi rõ kết quả từng nội dung, tồn tại và kiến nghị.'),
      section(`${roman(1)}. NỘI DUNG KIỂM TRA`),
      body(`Kiểm tra theo ${template.name} (phiên bản ${template.version}), gồm ${count(template.sections.length)} phần với ${count(template.sections.reduce((n, s) => n + s.items.length, 0))} nội dung:`),
      ...content,
      section(`${roman(2)}. ĐƠN VỊ ĐƯỢC KIỂM TRA VÀ THỜI GIAN KIỂM TRA`),
      ...(plan.units.length
        ? [richTable(
            [
              { title: 'STT', width: 700, align: 'center' },
              { title: 'Đơn vị được kiểm tra', width: CONTENT_WIDTH - 700 - 3800 },
              { title: 'Thời gian kiểm tra dự kiến', width: 3800, align: 'center' },
            ],
            plan.units.map((x, k) => [{ content: String(k + 1) }, { content: x.unitName }, { content: period(x.plannedFrom, x.plannedTo, { compact: true }) }]),
          )]
        : [body('(Chưa chọn đơn vị được kiểm tra.)')]),
      para([run('Thời gian hoàn thành việc kiểm tra: ', { bold: true }), run(`trước ngày ${deadline}.`)], { indent: { firstLine: 567 }, spacing: { before: 120, after: 120 } }),
      section(`${roman(3)}. THÀNH PHẦN ĐOÀN KIỂM TRA`),
      ...(team.length
        ? [richTable(
            [
              { title: 'STT', width: 700, align: 'center' },
              { title: 'Họ và tên', width: 2900 },
              { title: 'Chức vụ, đơn vị công tác', width: CONTENT_WIDTH - 700 - 2900 - 2200 },
              { title: 'Nhiệm vụ trong Đoàn', width: 2200, align: 'center' },
            ],
            team.map((m, k) => [{ content: String(k + 1) }, { content: m.name }, { content: m.position }, { content: roleLabel(m.role) }]),
          )]
        : [body(`Đoàn kiểm tra do ${deciderName(u)} quyết định thành lập.`)]),
      section(`${roman(4)}. TỔ CHỨC THỰC HIỆN`),
      dash(`Đoàn kiểm tra thông báo lịch kiểm tra đến từng đơn vị; kiểm tra theo các nội dung tại mục ${roman(1)}; lập biên bản kiểm tra tại từng đơn vị;`),
      dash(`Các đơn vị được kiểm tra tự đánh giá theo các nội dung tại mục ${roman(1)}, chuẩn bị báo cáo, hồ sơ, tài liệu liên quan và bố trí thành phần làm việc với Đoàn kiểm tra;`),
      dash(`Đoàn kiểm tra tổng hợp kết quả, báo cáo Chủ tịch ${council} trước ngày ${deadline}.`),
      bodyKept(`Trên đây là Kế hoạch kiểm tra công tác thi đua, khen thưởng năm ${plan.year} của ${issuer}./.`),
      para('', { spacing: { after: 120 }, keepNext: true }),
      ...closingKept(
        ['Các đơn vị được kiểm tra', 'Thành viên Đoàn kiểm tra', u.agency.archive],
        u.agency.signer(),
      ),
    ],
    { title: plan.title, creator: 'TĐKT Desktop' },
  );
}
