import { AlignmentType } from 'docx';
import { formatShare } from '../../../src-shared/rules/initiatives';
import { formatDate } from '../../../src-shared/text';
import type { Initiative } from '../../../src-shared/api';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../services/core';
import { requireInstallation } from '../../services/installation';
import { body, CONTENT_WIDTH, dataTable, heading, pack, para, run, title } from '../layout';
import { twoSigners } from '../dossier/common';
import { dateOf, issuerName, labelled, printableInitiative, unitHeading, unitPrint } from './common';

/** A receipt taken after the round's deadline says so, with the reason the round kept receiving. */
function lateNote(ctx: ServiceContext, i: Initiative) {
  if (!i.receivedLate || !i.roundId) return [];
  const r = ctx.sqlite.prepare('SELECT name, year, deadline FROM initiative_rounds WHERE id = ?').get(i.roundId) as
    | { name: string; year: number; deadline: string | null }
    | undefined;
  if (!r) return [];
  // The reason it was received under, kept on the application (the round's may since be withdrawn).
  const why = i.receivedLateReason ? `; đơn vị vẫn nhận hồ sơ vì: ${i.receivedLateReason.replace(/[.。]\s*$/u, '')}` : '';
  return [labelled('Ghi chú', `Đơn nhận sau hạn nhận đơn của ${r.name} năm ${r.year} (${formatDate(r.deadline)})${why}.`)];
}

/**
 * Giấy biên nhận đơn yêu cầu công nhận sáng kiến (TT 18/2013/TT-BKHCN Điều 6, Phụ lục II): the
 * unit that received the application, the receipt number, who filed it (the authors and their
 * shares), the initiative, the day received and the day the answer is due (three months later,
 * Điều lệ Sáng kiến Điều 7 k1). Signed by the one who receives it; the filer signs on the left.
 */
export async function receiptDocument(ctx: ServiceContext, id: string): Promise<Buffer> {
  const i = printableInitiative(ctx, id);
  if (!i.receivedOn || !i.dueOn || i.status === 'draft') {
    throw new AppError('NOT_RECEIVED', `Đơn "${i.title}" chưa được tiếp nhận; hãy tiếp nhận đơn (ghi ngày nhận) trước khi in giấy biên nhận.`);
  }
  const u = unitPrint(ctx);
  const number = i.receiptNumber ? `Số: ${i.receiptNumber}` : undefined;
  const birth = (y: number | null) => (y ? String(y) : '');
  return pack(
    [
      heading(unitHeading(u, dateOf(i.receivedOn), number)),
      ...title('Giấy biên nhận', 'Đơn yêu cầu công nhận sáng kiến'),
      body(`${issuerName(u)} đã nhận đơn yêu cầu công nhận sáng kiến của tác giả (đồng tác giả) có tên dưới đây:`),
      dataTable(
        [
          { title: 'STT', width: 700, align: 'center' },
          { title: 'Họ và tên', width: 2900 },
          { title: 'Năm sinh', width: 1100, align: 'center' },
          { title: 'Chức vụ', width: CONTENT_WIDTH - 700 - 2900 - 1100 - 1800 },
          { title: 'Tỷ lệ đóng góp', width: 1800, align: 'center' },
        ],
        i.authors.map((a, k) => [String(k + 1), a.fullName, birth(a.birthYear), a.position, `${formatShare(a.share)}%`]),
      ),
      para('', { spacing: { after: 80 } }),
      labelled('Tên sáng kiến', i.title),
      labelled('Lĩnh vực áp dụng', i.field),
      labelled('Số biên nhận', i.receiptNumber),
      labelled('Ngày nhận đơn', formatDate(i.receivedOn)),
      ...lateNote(ctx, i),
      labelled('Hạn trả lời', `${formatDate(i.dueOn)} (03 tháng kể từ ngày nhận đơn, theo Điều 7 Điều lệ Sáng kiến ban hành kèm theo Nghị định số 13/2012/NĐ-CP)`),
      body(
        `Trong thời hạn trên, ${issuerName(u)} xem xét đơn và công nhận sáng kiến (cấp Giấy chứng nhận sáng kiến) ` +
          'hoặc từ chối công nhận bằng văn bản, nêu rõ lý do.',
      ),
      para([run('Giấy biên nhận này được lập thành 02 bản, tác giả giữ 01 bản, cơ quan nhận đơn giữ 01 bản.', { italics: true, size: 13 })], {
        alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, spacing: { after: 240 },
      }),
      twoSigners(
        CONTENT_WIDTH,
        // The first author files; the clerk of the installation receives.
        { position: 'Người nộp đơn', hint: '(Ký, ghi rõ họ tên)', name: i.authors[0]?.fullName ?? '' },
        { position: 'Người nhận đơn', hint: '(Ký, ghi rõ họ tên)', name: requireInstallation(ctx).clerkName },
      ),
    ],
    { title: `Giấy biên nhận đơn yêu cầu công nhận sáng kiến - ${i.title}`, creator: 'TĐKT Desktop' },
  );
}
