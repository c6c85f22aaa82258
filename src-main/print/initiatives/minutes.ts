import { AlignmentType, type Paragraph, type Table } from 'docx';
import type { Initiative } from '../../../src-shared/api';
import { councilSummary, maxTotal, type ScoreCriterion } from '../../../src-shared/rules/initiatives';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../services/core';
import { getInitiativeRecord, sheetsOf, roundCriteria, roundMembers } from '../../services/initiatives';
import { body, CONTENT_WIDTH, dataTable, heading, keptGap, pack, para, run, title, twoSigners } from '../layout';
import { count, dayText } from '../dossier/common';
import { authorsText, councilHeading, councilName, dateOf, deciderName, issuerName, printableRound, roleLabel, score, unitPrint } from './common';

/** Applications of a round the council considers: received ones, decided or not, in the order they came. */
export function roundApplications(ctx: ServiceContext, roundId: string): Initiative[] {
  const ids = ctx.sqlite
    .prepare(`SELECT id FROM initiatives WHERE round_id = ? AND deleted = 0 AND status != 'draft' ORDER BY received_on, created_at`)
    .all(roundId) as { id: string }[];
  return ids.map((r) => getInitiativeRecord(ctx, r.id));
}

const label = (l: string, text: string) => body([run(`${l}: `, { bold: true }), run(text)]);
const sub = (text: string) => para([run(text, { bold: true })], { spacing: { before: 200, after: 80 }, keepNext: true });

/**
 * Biên bản họp Hội đồng sáng kiến of a round: time, place, the members present (those who
 * scored at least one application; all of them while nobody has scored), each application with
 * the scores per member, the averages per criterion and of the totals, and the proposal the
 * sheets add up to (councilSummary). Signed by the secretary and the chairman.
 */
export async function minutesDocument(ctx: ServiceContext, roundId: string): Promise<Buffer> {
  const round = printableRound(ctx, roundId);
  const members = roundMembers(ctx, round.id);
  if (!members.length) throw new AppError('NO_COUNCIL', `${round.name} năm ${round.year} chưa có Hội đồng sáng kiến; chưa có gì để lập biên bản.`);
  const apps = roundApplications(ctx, round.id);
  if (!apps.length) throw new AppError('NO_APPLICATION', `${round.name} năm ${round.year} chưa có đơn nào được tiếp nhận; chưa có gì để lập biên bản.`);
  const u = unitPrint(ctx);
  const criteria = roundCriteria(round);
  const top = maxTotal(criteria);
  // Minutes carry the meeting's day; without one the day is left for the pen, never the print day.
  const date = round.meetingDate ? dateOf(round.meetingDate) : null;
  const sheetsBy = new Map(apps.map((i) => [i.id, sheetsOf(ctx, i.id)]));
  const scoredBy = new Set([...sheetsBy.values()].flat().map((s) => s.memberId));
  const present = scoredBy.size ? members.filter((m) => scoredBy.has(m.id)) : members;
  const absent = members.filter((m) => !present.includes(m));
  const chair = members.find((m) => m.role === 'chu-tich');
  const secretary = members.find((m) => m.role === 'thu-ky');
  const recognise = apps.filter((i) => councilSummary(criteria, round.passMark, members.length, sheetsBy.get(i.id)!).proposal === 'recognise');

  // Criteria share what the STT, name and total columns leave; their names wrap in the header.
  const sttW = 750;
  const nameW = 2450;
  const totalW = 1150;
  const critW = Math.floor((CONTENT_WIDTH - sttW - nameW - totalW) / Math.max(criteria.length, 1));
  // Beyond five criteria the header names them TC1, TC2…, with a legend above the table.
  const short = criteria.length > 5;
  const head = (c: ScoreCriterion, n: number) => `${short ? `TC${n + 1}` : c.name} (${score(c.max)})`;
  const legend = short
    ? [para([run(criteria.map((c, n) => `TC${n + 1}: ${c.name}`).join('; '), { size: 12, italics: true })], { spacing: { after: 60 }, keepNext: true })]
    : [];
  const application = (i: Initiative, k: number): (Paragraph | Table)[] => {
    const sheets = sheetsBy.get(i.id)!;
    const s = councilSummary(criteria, round.passMark, members.length, sheets);
    const proposal =
      s.proposal === 'recognise' ? 'Hội đồng đề nghị công nhận sáng kiến.'
        : s.proposal === 'refuse' ? 'Hội đồng đề nghị không công nhận sáng kiến.'
          : 'Chưa đủ điều kiện để Hội đồng đề nghị.';
    return [
      sub(`${k + 1}. Sáng kiến “${i.title}”`),
      label(i.authors.length > 1 ? 'Tác giả (tỷ lệ đóng góp)' : 'Tác giả', authorsText(i)),
      ...(i.field ? [label('Lĩnh vực áp dụng', i.field)] : []),
      label('Kết quả chấm điểm', `${count(s.scored)}/${count(s.members)} thành viên Hội đồng đã chấm.`),
      ...legend,
      dataTable(
        [
          { title: 'STT', width: sttW, align: 'center' },
          { title: 'Thành viên Hội đồng', width: nameW + (CONTENT_WIDTH - sttW - nameW - totalW - critW * criteria.length) },
          ...criteria.map((c, n) => ({ title: head(c, n), width: critW, align: 'center' as const })),
          { title: `Tổng (${score(top)})`, width: totalW, align: 'center' },
        ],
        [
          ...sheets.map((sh, n) => [String(n + 1), sh.memberName, ...criteria.map((c) => score(sh.scores[c.code] ?? 0)), score(sh.total)]),
          [
            { text: 'Điểm trung bình', bold: true, span: 2 },
            ...criteria.map((c) => ({ text: s.byCriterion[c.code] === null || s.byCriterion[c.code] === undefined ? '' : score(s.byCriterion[c.code]!), bold: true })),
            { text: s.average === null ? '' : score(s.average), bold: true },
          ],
        ],
      ),
      para([run('Đề nghị: ', { bold: true }), run(`${proposal} ${s.explanation}`)], {
        alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, spacing: { before: 120, after: 120, line: 312 },
      }),
    ];
  };

  return pack(
    [
      heading(councilHeading(u, date, 'Số:        /BB-HĐSK')),
      ...title('Biên bản', `Họp ${councilName(u)} xét công nhận sáng kiến ${round.name} năm ${round.year}`),
      label('Thời gian', `${round.meetingDate ? dayText(round.meetingDate).replace(/^ngày/, 'Ngày') : 'Ngày …… tháng …… năm ……'}.`),
      label('Địa điểm', `trụ sở ${issuerName(u)}.`),
      label('Thành phần', `${count(present.length)}/${count(members.length)} thành viên Hội đồng có mặt${absent.length ? `; vắng mặt: ${absent.map((m) => m.name).join(', ')}` : ''}.`),
      dataTable(
        [
          { title: 'STT', width: 700, align: 'center' },
          { title: 'Họ và tên', width: 2900 },
          { title: 'Chức vụ', width: CONTENT_WIDTH - 700 - 2900 - 2700 },
          { title: 'Vai trò trong Hội đồng', width: 2700 },
        ],
        present.map((m, k) => [String(k + 1), m.name, m.position, roleLabel(m.role)]),
      ),
      para('', { spacing: { after: 80 } }),
      label('Chủ trì', chair ? `${chair.name}, ${roleLabel(chair.role)}.` : '……………………………………………, Chủ tịch Hội đồng.'),
      label('Thư ký', secretary ? `${secretary.name}, ${roleLabel(secretary.role)}.` : '……………………………………………'),
      label(
        'Nội dung',
        `Hội đồng xem xét ${count(apps.length)} đơn yêu cầu công nhận sáng kiến. Mỗi thành viên chấm theo phiếu đánh giá gồm ${count(criteria.length)} tiêu chí, ` +
          `tổng điểm tối đa ${score(top)}; sáng kiến được đề nghị công nhận khi điểm trung bình đạt từ ${score(round.passMark)} điểm trở lên ` +
          'và có quá nửa số thành viên Hội đồng chấm.',
      ),
      para([run('Kết quả:', { bold: true })], { spacing: { before: 120 }, keepNext: true }),
      ...apps.flatMap(application),
      para([run('Kết luận:', { bold: true })], { spacing: { before: 200 }, keepNext: true }),
      body(
        recognise.length
          ? `Hội đồng thống nhất đề nghị ${deciderName(u)} công nhận ${count(recognise.length)} sáng kiến: ${recognise.map((i) => `“${i.title}”`).join('; ')}.`
          : 'Chưa có sáng kiến nào đủ điều kiện để Hội đồng đề nghị công nhận.',
      ),
      body('Cuộc họp kết thúc vào hồi …… giờ …… cùng ngày. Biên bản đã được thông qua tại cuộc họp./.', { keep: true }),
      keptGap(),
      twoSigners(
        CONTENT_WIDTH,
        { position: 'Thư ký', hint: '(Ký, ghi rõ họ tên)', name: secretary?.name ?? '' },
        { position: 'Chủ tịch Hội đồng', hint: '(Ký, ghi rõ họ tên)', name: chair?.name ?? '' },
      ),
    ],
    { title: `Biên bản họp ${councilName(u)} - ${round.name} năm ${round.year}`, creator: 'TĐKT Desktop' },
  );
}
