import { EXCLUSION_LABELS } from '../../../src-shared/rules/selection';
import type { ServiceContext } from '../../services/core';
import { body, CONTENT_WIDTH, dataTable, heading, keptGap, pack, para, run, title, twoSigners } from '../layout';
import {
  awardPhrase, chairName, council, councilHeading, count, dateOf, dayText, issuerName, loadDossierPrint, numberLine, subjectWord, thresholdText, voteLine,
  type DossierPrint,
} from './common';

/**
 * Biên bản họp Hội đồng Thi đua - Khen thưởng, dated the meeting's day: who sat (of the TOTAL
 * membership), and EVERYONE voted on with the yes votes as a share of the total membership and the
 * result; the conclusion names those the set proposes. Signed by the chair and the secretary.
 */
export async function buildBienBan(p: DossierPrint): Promise<Buffer> {
  const d = p.dossier;
  const total = d.councilTotal;
  const present = d.councilPresent ?? 0;
  const written = d.councilWritten ?? 0;
  const how = p.secretBallot ? 'bỏ phiếu kín' : 'biểu quyết';
  const label = (l: string, text: string) => body([run(`${l}: `, { bold: true }), run(text)]);
  const who = subjectWord(p);
  const chair = chairName(p);
  const secretary = p.settings.council.secretaryName;
  // Passed the vote but not proposed: criteria not met, or not of this unit.
  const heldBack = p.selection.excluded.filter((x) => x.candidate.vote !== false && x.candidate.vote !== null);
  return pack(
    [
      heading(councilHeading(p, d.meetingDate ? dateOf(d.meetingDate) : null, numberLine(null, p.settings.symbols['bien-ban']))),
      ...title('Biên bản', `Họp ${council(p)} xét đề nghị tặng ${awardPhrase(p)}`),
      label('Thời gian', `${d.meetingDate ? dayText(d.meetingDate).replace(/^ngày/, 'Ngày') : 'Ngày …… tháng …… năm ……'}.`),
      label('Địa điểm', `trụ sở ${issuerName(p)}.`),
      label(
        'Thành phần',
        total === null
          ? 'chưa nhập số thành viên Hội đồng.'
          : `tổng số thành viên Hội đồng: ${count(total)}; có mặt: ${count(present)}; vắng mặt: ${count(total - present)}` +
            (total > present ? `, trong đó có ý kiến bằng văn bản: ${count(written)}.` : '.'),
      ),
      label('Chủ trì', `${chair || '……………………………………………'}, Chủ tịch Hội đồng.`),
      label('Thư ký', `${secretary || '……………………………………………'}.`),
      label(
        'Nội dung',
        `Hội đồng xem xét đề nghị tặng ${awardPhrase(p)} cho ${count(p.nominees.length)} ${who}. ` +
          (p.threshold === null
            ? `Hình thức: ${how}; danh hiệu, hình thức khen thưởng này không yêu cầu tỷ lệ phiếu.`
            : `Hình thức: ${how}; ${who} được đề nghị khi đạt từ ${thresholdText(p)} số phiếu đồng ý trở lên trên tổng số thành viên Hội đồng.`),
      ),
      para([run('Kết quả:', { bold: true })], { spacing: { before: 120, after: 120 }, keepNext: true }),
      dataTable(
        [
          { title: 'STT', width: 700, align: 'center' },
          { title: p.award?.subject === 'individual' ? 'Họ và tên' : 'Tên tập thể', width: CONTENT_WIDTH - 700 - 1700 - 1900 - 1700 },
          { title: 'Số phiếu đồng ý', width: 1700, align: 'center' },
          { title: 'Tỷ lệ trên tổng số thành viên', width: 1900, align: 'center' },
          { title: 'Kết quả', width: 1700, align: 'center' },
        ],
        p.nominees.map((n, i) => {
          const v = voteLine(p, n);
          return [String(i + 1), n.name, v.yes, v.share, v.result];
        }),
      ),
      para('', { spacing: { after: 120 } }),
      body(
        p.selected.length
          ? `Hội đồng thống nhất đề nghị tặng ${awardPhrase(p)} cho ${count(p.selected.length)} ${who}: ${p.selected.map((n) => n.name).join('; ')} (có danh sách kèm theo).`
          : `Chưa có ${who} nào đủ điều kiện để Hội đồng đề nghị.`,
      ),
      ...(heldBack.length
        ? [body(`Đạt tỷ lệ phiếu nhưng không đề nghị: ${heldBack.map((x) => `${x.candidate.name} (${x.reasons.map((r) => EXCLUSION_LABELS[r]).join(', ')})`).join('; ')}.`)]
        : []),
      body('Cuộc họp kết thúc vào hồi …… giờ …… cùng ngày. Biên bản đã được thông qua tại cuộc họp./.', { keep: true }),
      keptGap(),
      twoSigners(
        CONTENT_WIDTH,
        { position: 'Thư ký', hint: '(Ký, ghi rõ họ tên)', name: secretary },
        { position: 'Chủ tịch Hội đồng', hint: '(Ký, ghi rõ họ tên)', name: chair },
      ),
    ],
    { title: `Biên bản họp ${council(p)}`, creator: 'TĐKT Desktop' },
  );
}

export const bienBanDocument = (ctx: ServiceContext, dossierId: string) => buildBienBan(loadDossierPrint(ctx, dossierId));
