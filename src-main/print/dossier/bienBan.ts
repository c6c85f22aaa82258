import type { ServiceContext } from '../../services/core';
import { body, CONTENT_WIDTH, dataTable, heading, pack, para, run, title } from '../layout';
import {
  awardPhrase, council, count, dayText, issuerName, issuerShort, loadDossierPrint, subjectWord, thresholdText, twoSigners, voteLine,
} from './common';

/**
 * Biên bản họp Hội đồng Thi đua - Khen thưởng: who sat (of the TOTAL membership), the award
 * considered and, per nominee, the yes votes as a share of the total membership against the
 * catalogue's threshold. Signed by the chair and the secretary.
 */
export async function bienBanDocument(ctx: ServiceContext, dossierId: string): Promise<Buffer> {
  const p = loadDossierPrint(ctx, dossierId);
  const d = p.dossier;
  const date = d.meetingDate ? new Date(`${d.meetingDate}T12:00:00`) : ctx.now();
  const total = d.councilTotal;
  const present = d.councilPresent ?? 0;
  const written = d.councilWritten ?? 0;
  const how = p.secretBallot ? 'bỏ phiếu kín' : 'biểu quyết';
  const label = (l: string, text: string) => body([run(`${l}: `, { bold: true }), run(text)]);
  const votes = p.nominees.map((n) => ({ n, v: voteLine(p, n) }));
  // Without a threshold the council agrees on the list as a whole.
  const passed = p.threshold === null ? votes : votes.filter((x) => x.v.passed === true);
  const who = subjectWord(p);

  return pack(
    [
      heading({ parentBody: issuerShort(p), issuer: 'Hội đồng Thi đua - Khen thưởng', number: 'Số:        /BB-HĐTĐKT', place: p.place, date }),
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
      label('Chủ trì', '……………………………………………, Chủ tịch Hội đồng.'),
      label('Thư ký', '……………………………………………'),
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
        votes.map(({ n, v }, i) => [String(i + 1), n.name, v.yes, v.share, v.result]),
      ),
      para('', { spacing: { after: 120 } }),
      body(
        passed.length
          ? `Hội đồng thống nhất đề nghị tặng ${awardPhrase(p)} cho ${count(passed.length)} ${who}: ${passed.map((x) => x.n.name).join('; ')} (có danh sách kèm theo).`
          : `Chưa có ${who} nào đủ điều kiện để Hội đồng đề nghị.`,
      ),
      body('Cuộc họp kết thúc vào hồi …… giờ …… cùng ngày. Biên bản đã được thông qua tại cuộc họp./.'),
      para('', { spacing: { after: 120 } }),
      twoSigners(
        CONTENT_WIDTH,
        { position: 'Thư ký', hint: '(Ký, ghi rõ họ tên)', name: '' },
        { position: 'Chủ tịch Hội đồng', hint: '(Ký, ghi rõ họ tên)', name: '' },
      ),
    ],
    { title: `Biên bản họp ${council(p)}`, creator: 'TĐKT Desktop' },
  );
}
