import { AlignmentType, TabStopType, type Paragraph, type Table } from 'docx';
import type { CouncilMember, EvaluationSheet, Initiative } from '../../../src-shared/api';
import { maxTotal, type ScoreCriterion } from '../../../src-shared/rules/initiatives';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../services/core';
import { sheetsOf, roundCriteria, roundMembers } from '../../services/initiatives';
import { body, CONTENT_WIDTH, dataTable, grid, heading, para, run, title } from '../layout';
import { section } from '../dossier/common';
import {
  authorsText, councilHeading, councilName, dateOf, labelled, packSections, printableInitiative, printableRound, roleLabel, score, unitPrint, type UnitPrint,
} from './common';

/** The round's criteria with their maxima and, when the member scored, the scores and the total; blank cells otherwise. */
export function criteriaTable(criteria: readonly ScoreCriterion[], sheet: EvaluationSheet | undefined): Table {
  const nameW = CONTENT_WIDTH - 700 - 1500 - 1700;
  return dataTable(
    [
      { title: 'STT', width: 700, align: 'center' },
      { title: 'Tiêu chí đánh giá', width: nameW },
      { title: 'Điểm tối đa', width: 1500, align: 'center' },
      { title: 'Điểm chấm', width: 1700, align: 'center' },
    ],
    [
      ...criteria.map((c, k) => [String(k + 1), c.name, score(c.max), sheet ? score(sheet.scores[c.code] ?? 0) : '']),
      [{ text: 'Tổng cộng', bold: true, span: 2 }, { text: score(maxTotal(criteria)), bold: true }, { text: sheet ? score(sheet.total) : '', bold: true }],
    ],
  );
}

/** A dotted line across the page to write on: a tab to the right edge with a dot leader. */
const dots = () => para([run('\t', { size: 13 })], { tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH, leader: 'dot' }], spacing: { before: 120, after: 0 } });

function memberPage(u: UnitPrint, i: Initiative, round: { name: string; year: number; passMark: number }, date: Date, criteria: readonly ScoreCriterion[], m: CouncilMember, sheet: EvaluationSheet | undefined) {
  const children: (Paragraph | Table)[] = [
    // A phiếu carries no number: the issuer column keeps an empty line in its place.
    heading(councilHeading(u, date, '')),
    ...title('Phiếu đánh giá sáng kiến', `${councilName(u)} - ${round.name} năm ${round.year}`),
    labelled('Họ và tên thành viên Hội đồng', m.name),
    labelled('Chức vụ', m.position),
    labelled('Vai trò trong Hội đồng', roleLabel(m.role)),
    labelled('Tên sáng kiến', i.title),
    labelled(i.authors.length > 1 ? 'Tác giả (tỷ lệ đóng góp)' : 'Tác giả', authorsText(i)),
    labelled('Lĩnh vực áp dụng', i.field),
    section('I. ĐIỂM ĐÁNH GIÁ'),
    criteriaTable(criteria, sheet),
    para([run(`Sáng kiến được đề nghị công nhận khi điểm trung bình của các thành viên Hội đồng đạt từ ${score(round.passMark)}/${score(maxTotal(criteria))} điểm trở lên.`, { italics: true, size: 13 })], {
      alignment: AlignmentType.JUSTIFIED, spacing: { before: 80, after: 80 },
    }),
    section('II. NHẬN XÉT, Ý KIẾN KHÁC'),
    ...(sheet?.comment ? sheet.comment.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).map((l) => body(l)) : [dots(), dots(), dots()]),
    para('', { spacing: { after: 120 } }),
    grid([Math.floor(CONTENT_WIDTH / 2), CONTENT_WIDTH - Math.floor(CONTENT_WIDTH / 2)], [[
      [para('')],
      [
        para([run('NGƯỜI ĐÁNH GIÁ', { bold: true })], { alignment: AlignmentType.CENTER }),
        para([run('(Ký, ghi rõ họ tên)', { size: 13, italics: true })], { alignment: AlignmentType.CENTER }),
        para('', { spacing: { before: 1200 } }),
        para([run(m.name, { bold: true })], { alignment: AlignmentType.CENTER }),
      ],
    ]]),
  ];
  return { children };
}

/**
 * Phiếu đánh giá sáng kiến: one page per member of the council of the initiative's round, the
 * round's criteria with their maxima, the member's scores and total when entered (blank cells
 * to fill by hand otherwise), the comment and the member's signature.
 */
export async function evaluationDocument(ctx: ServiceContext, id: string): Promise<Buffer> {
  const i = printableInitiative(ctx, id);
  if (!i.roundId) throw new AppError('NO_ROUND', `Đơn "${i.title}" chưa thuộc đợt xét nào; hãy chọn đợt xét (có Hội đồng sáng kiến) trước khi in phiếu đánh giá.`);
  const round = printableRound(ctx, i.roundId);
  const members = roundMembers(ctx, round.id);
  if (!members.length) throw new AppError('NO_COUNCIL', `${round.name} năm ${round.year} chưa có Hội đồng sáng kiến; hãy lập Hội đồng trước khi in phiếu đánh giá.`);
  const u = unitPrint(ctx);
  const criteria = roundCriteria(round);
  const sheets = sheetsOf(ctx, i.id);
  const date = round.meetingDate ? dateOf(round.meetingDate) : ctx.now();
  return packSections(
    members.map((m) => memberPage(u, i, round, date, criteria, m, sheets.find((s) => s.memberId === m.id))),
    { title: `Phiếu đánh giá sáng kiến - ${i.title}`, creator: 'TĐKT Desktop' },
  );
}
