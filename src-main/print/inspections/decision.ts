import { AlignmentType } from 'docx';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../services/core';
import { CONTENT_WIDTH, heading, pack, para, run, title } from '../layout';
import { count, inSentence } from '../dossier/common';
import { dateOf, deciderName, deciderSignature, issuerName, unitHeading, unitPrint } from '../initiatives/common';
import { closingKept, planReference, printablePlan, richTable, roleLabel, shortDate, tdktCouncil, teamInOrder } from './common';

/**
 * Quyết định thành lập Đoàn kiểm tra công tác thi đua, khen thưởng of a plan, issued by the head
 * of the unit (the commune's chairman in his own name, as the other decisions): Điều 1 the team
 * with each member's position and role, Điều 2 its task after the plan, Điều 3 effect and who
 * carries it out. Dated on the plan's date; the number is left for the register.
 */
export async function decisionDocument(ctx: ServiceContext, planId: string): Promise<Buffer> {
  const plan = printablePlan(ctx, planId);
  const team = teamInOrder(plan.team);
  if (!team.length) {
    throw new AppError('NO_TEAM', `${plan.title} chưa có thành viên Đoàn kiểm tra; hãy nhập thành phần Đoàn trong kế hoạch trước khi in quyết định thành lập Đoàn.`);
  }
  const u = unitPrint(ctx);
  const date = plan.planDate ? dateOf(plan.planDate) : ctx.now();
  const issuer = issuerName(u);
  const bases = [
    'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
    'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết và hướng dẫn thi hành Luật Thi đua, khen thưởng',
    `Căn cứ ${planReference(u, plan)}`,
    u.administrative ? 'Xét đề nghị của công chức phụ trách công tác thi đua, khen thưởng' : 'Xét đề nghị của bộ phận phụ trách công tác thi đua, khen thưởng',
  ];
  const italic = (text: string) => para([run(text, { italics: true })], { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, spacing: { after: 60, line: 312 } });
  const article = (n: number, text: string, keepNext = false, before = 0) =>
    para([run(`Điều ${n}. `, { bold: true }), run(text)], { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, spacing: { before, after: 120, line: 312 }, keepNext });
  const centre = (text: string, o: { bold?: boolean; before?: number; after?: number } = {}) =>
    para([run(text, { bold: o.bold })], { alignment: AlignmentType.CENTER, spacing: { before: o.before, after: o.after } });
  const executors = u.administrative
    ? `Văn phòng Hội đồng nhân dân và Ủy ban nhân dân ${inSentence(u.name)}, các đơn vị được kiểm tra và các ông (bà) có tên tại Điều 1`
    : 'Các bộ phận có liên quan, các đơn vị được kiểm tra và các ông (bà) có tên tại Điều 1';
  const units = plan.units.length;

  return pack(
    [
      heading(unitHeading(u, date, `Số:        /QĐ${u.administrative ? '-UBND' : ''}`)),
      ...title('Quyết định', `Về việc thành lập Đoàn kiểm tra công tác thi đua, khen thưởng năm ${plan.year}`),
      centre(deciderName(u).toUpperCase(), { bold: true, after: 240 }),
      ...bases.map((b, k) => italic(`${b}${k === bases.length - 1 ? '.' : ';'}`)),
      centre('QUYẾT ĐỊNH:', { bold: true, before: 240, after: 240 }),
      article(1, `Thành lập Đoàn kiểm tra công tác thi đua, khen thưởng năm ${plan.year} của ${issuer}, gồm các ông (bà) có tên sau:`, true),
      richTable(
        [
          { title: 'STT', width: 700, align: 'center' },
          { title: 'Họ và tên', width: 2800 },
          { title: 'Chức vụ, đơn vị công tác', width: CONTENT_WIDTH - 700 - 2800 - 2100 },
          { title: 'Nhiệm vụ trong Đoàn', width: 2100, align: 'center' },
        ],
        team.map((m, k) => [{ content: String(k + 1) }, { content: m.name }, { content: m.position }, { content: roleLabel(m.role) }]),
      ),
      article(
        2,
        `Đoàn kiểm tra có nhiệm vụ kiểm tra công tác thi đua, khen thưởng tại ${count(units)} đơn vị theo ${planReference(u, plan)}; ` +
          `lập biên bản kiểm tra tại từng đơn vị; tổng hợp, báo cáo kết quả kiểm tra với Chủ tịch ${tdktCouncil(u)} trước ngày ${shortDate(plan.deadline)}. ` +
          'Trưởng đoàn phân công nhiệm vụ cho các thành viên; Đoàn kiểm tra tự giải thể sau khi hoàn thành nhiệm vụ.',
        false,
        120,
      ),
      article(3, `Quyết định này có hiệu lực kể từ ngày ký. ${executors} chịu trách nhiệm thi hành Quyết định này./.`, true),
      ...closingKept(['Như Điều 3', u.agency.archive], deciderSignature(u)),
    ],
    { title: `Quyết định thành lập Đoàn kiểm tra công tác thi đua, khen thưởng năm ${plan.year}`, creator: 'TĐKT Desktop' },
  );
}
