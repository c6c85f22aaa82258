import { AlignmentType } from 'docx';
import type { Initiative } from '../../../src-shared/api';
import { SCOPE_LABELS } from '../../../src-shared/rules/vocab';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../services/core';
import { closing, dataTable, heading, LANDSCAPE_WIDTH, para, run, title } from '../layout';
import { count, dayText } from '../dossier/common';
import {
  authorsText, councilName, dateOf, deciderName, deciderSignature, issuerName, packSections, printableRound, unitHeading, unitPrint,
} from './common';
import { roundApplications } from './minutes';

/** The recognised initiatives of a round; the first one recognised gives the decision's number and date. */
export function recognisedIn(ctx: ServiceContext, roundId: string): Initiative[] {
  return roundApplications(ctx, roundId)
    .filter((i) => i.status === 'recognised')
    .sort((a, b) => (a.recognisedOn ?? '').localeCompare(b.recognisedOn ?? '') || a.createdAt.localeCompare(b.createdAt));
}

/**
 * Quyết định công nhận sáng kiến of a round, issued by the head of the unit (the commune's
 * chairman in his own name), with the attached list on a landscape page: every recognised
 * initiative with its authors and shares, field, scope and certificate number. The number and
 * date are those entered with the decision (initiatives.decide) on the first recognised one.
 */
export async function decisionDocument(ctx: ServiceContext, roundId: string): Promise<Buffer> {
  const round = printableRound(ctx, roundId);
  const list = recognisedIn(ctx, round.id);
  if (!list.length) {
    throw new AppError('NOTHING_RECOGNISED', `${round.name} năm ${round.year} chưa có sáng kiến nào được công nhận; chưa có gì để in quyết định công nhận.`);
  }
  const u = unitPrint(ctx);
  const first = list[0]!;
  const decided = dateOf(first.recognisedOn!);
  const number = first.decisionNumber;
  const council = councilName(u);
  const bases = [
    'Căn cứ Nghị định số 13/2012/NĐ-CP ngày 02 tháng 3 năm 2012 của Chính phủ ban hành Điều lệ Sáng kiến',
    'Căn cứ Thông tư số 18/2013/TT-BKHCN ngày 01 tháng 8 năm 2013 của Bộ trưởng Bộ Khoa học và Công nghệ hướng dẫn thi hành một số quy định của Điều lệ Sáng kiến',
    `Căn cứ Biên bản họp ${council} xét công nhận sáng kiến ${round.name} năm ${round.year}${round.meetingDate ? ` ${dayText(round.meetingDate)}` : ''}`,
    `Xét đề nghị của ${council}`,
  ];
  const italic = (text: string) => para([run(text, { italics: true })], { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, spacing: { after: 60, line: 312 } });
  const article = (n: number, text: string) =>
    para([run(`Điều ${n}. `, { bold: true }), run(text)], { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, spacing: { after: 120, line: 312 } });
  const centre = (text: string, o: { bold?: boolean; italics?: boolean; before?: number; after?: number } = {}) =>
    para([run(text, { bold: o.bold, italics: o.italics })], { alignment: AlignmentType.CENTER, spacing: { before: o.before, after: o.after } });
  const executors = u.administrative
    ? `Văn phòng Hội đồng nhân dân và Ủy ban nhân dân ${issuerName(u).replace(/^Ủy ban nhân dân /, '')}, ${council}, các cơ quan, đơn vị có liên quan`
    : `${council}, các bộ phận có liên quan`;
  const w = { stt: 700, title: 3900, authors: 3300, field: 2400, scope: 1700 };
  const certW = LANDSCAPE_WIDTH - w.stt - w.title - w.authors - w.field - w.scope;

  return packSections(
    [
      {
        children: [
          heading(unitHeading(u, decided, `Số: ${number}`)),
          ...title('Quyết định', `Về việc công nhận sáng kiến ${round.name} năm ${round.year}`),
          centre(deciderName(u).toUpperCase(), { bold: true, after: 240 }),
          ...bases.map((b, k) => italic(`${b}${k === bases.length - 1 ? '.' : ';'}`)),
          centre('QUYẾT ĐỊNH:', { bold: true, before: 240, after: 240 }),
          article(1, `Công nhận ${count(list.length)} sáng kiến của các tác giả có tên trong danh sách kèm theo; phạm vi ảnh hưởng của từng sáng kiến ghi tại danh sách.`),
          article(2, 'Tác giả, đồng tác giả của các sáng kiến tại Điều 1 được cấp Giấy chứng nhận sáng kiến và được hưởng các quyền lợi theo quy định của Điều lệ Sáng kiến và pháp luật hiện hành.'),
          article(3, `Quyết định này có hiệu lực kể từ ngày ký. ${executors} và các tác giả có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`),
          para('', { spacing: { after: 120 } }),
          closing(['Như Điều 3', council, u.agency.archive], deciderSignature(u)),
        ],
      },
      {
        // The list is wide (title, authors, field, scope, certificate): NĐ 30 allows landscape for big tables.
        landscape: true,
        children: [
          centre('DANH SÁCH SÁNG KIẾN ĐƯỢC CÔNG NHẬN', { bold: true }),
          centre(`(Kèm theo Quyết định số ${number} ${dayText(first.recognisedOn)} của ${deciderName(u)})`, { italics: true, after: 240 }),
          dataTable(
            [
              { title: 'STT', width: w.stt, align: 'center' },
              { title: 'Tên sáng kiến', width: w.title },
              { title: 'Tác giả (tỷ lệ đóng góp)', width: w.authors },
              { title: 'Lĩnh vực áp dụng', width: w.field },
              { title: 'Phạm vi ảnh hưởng', width: w.scope, align: 'center' },
              { title: 'Số giấy chứng nhận', width: certW, align: 'center' },
            ],
            list.map((i, k) => [
              String(k + 1), i.title, authorsText(i), i.field, i.scope ? capitalise(SCOPE_LABELS[i.scope]) : '', i.certificateNumber,
            ]),
          ),
          centre(`Danh sách có ${count(list.length)} sáng kiến./.`, { italics: true, before: 120 }),
        ],
      },
    ],
    { title: `Quyết định công nhận sáng kiến ${round.name} năm ${round.year}`, creator: 'TĐKT Desktop' },
  );
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
