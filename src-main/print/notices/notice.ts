import type { NoticeInput, NoticeKind, PublicNotice } from '../../../src-shared/api';
import { formatDate } from '../../../src-shared/text';
import type { ServiceContext } from '../../services/core';
import { checkNotice, recordNotice } from '../../services/notices';
import { archiveLine, awardPhrase, count, dayText, headingOf, issuerName, loadDossierPrint, positionAndUnit, signer, subjectInfo, type DossierPrint } from '../dossier/common';
import { slug } from '../slug';
import { body, closing, CONTENT_WIDTH, dataTable, heading, keptGap, pack, para, run, title } from '../layout';

/**
 * Thông báo công khai (Luật Thi đua, khen thưởng 2022, Điều 84 khoản 5), NĐ 30/2020 layout: the
 * list of those the dossier proposes (before the decision) or of those its recorded decision
 * awarded, the posting period and place, and where to send comments before the period ends.
 */
export async function noticeDocument(p: DossierPrint, kind: NoticeKind, o: { from: string; to: string; place: string; now: Date }): Promise<Buffer> {
  const awarded = kind === 'awarded';
  const list = awarded ? p.awarded : p.selected;
  const issuer = issuerName(p);
  const place = o.place || `trụ sở ${issuer}`;
  const what = awarded
    ? `danh sách tập thể, cá nhân được tặng ${awardPhrase(p)} theo Quyết định số ${p.decision!.number} ${dayText(p.decision!.date)}${p.decision!.issuer ? ` của ${p.decision!.issuer}` : ''}`
    : `danh sách tập thể, cá nhân được đề nghị tặng ${awardPhrase(p)}`;
  const rows = list.map((n, i) => [String(i + 1), n.name, positionAndUnit(subjectInfo(p, n))]);
  return pack(
    [
      heading(headingOf(p, o.now, `Số:        /TB-${p.settings.symbols['quyet-dinh'].split('-').slice(1).join('-') || 'UBND'}`)),
      ...title('Thông báo', awarded ? 'Công khai danh sách tập thể, cá nhân được khen thưởng' : 'Công khai danh sách tập thể, cá nhân được đề nghị khen thưởng'),
      body(`Thực hiện khoản 5 Điều 84 Luật Thi đua, khen thưởng năm 2022, ${issuer} thông báo công khai ${what} (${count(list.length)} trường hợp), như sau:`),
      ...(rows.length
        ? [dataTable([
            { title: 'STT', width: 700, align: 'center' },
            { title: 'Tập thể, cá nhân', width: 3300 },
            { title: 'Chức vụ, đơn vị công tác', width: CONTENT_WIDTH - 700 - 3300 },
          ], rows)]
        : [body('(Không có tập thể, cá nhân nào.)')]),
      para('', { spacing: { after: 120 } }),
      body([run('Thời gian niêm yết công khai: ', { bold: true }), run(`từ ngày ${formatDate(o.from)} đến hết ngày ${formatDate(o.to)}.`)]),
      body([run('Địa điểm niêm yết: ', { bold: true }), run(`${place}.`)]),
      body(`Trong thời gian niêm yết, mọi ý kiến phản ánh (nếu có) xin gửi về ${issuer} (qua bộ phận làm công tác thi đua, khen thưởng) trước ngày ${formatDate(o.to)} để xem xét, giải quyết theo quy định.`, { keep: true }),
      keptGap(),
      closing(['Các tập thể, cá nhân có tên trên', 'Niêm yết tại trụ sở', archiveLine(p)], signer(p)),
    ],
    { title: awarded ? 'Thông báo công khai danh sách được khen thưởng' : 'Thông báo công khai danh sách đề nghị khen thưởng', creator: 'TĐKT Desktop' },
  );
}

/** Checks, prints and records a notice; a refused input (a period ending before it starts) writes nothing. */
export async function printNotice(ctx: ServiceContext, input: NoticeInput): Promise<{ notice: PublicNotice; fileName: string; contentBase64: string }> {
  const p = loadDossierPrint(ctx, input.dossierId);
  const { kind } = checkNotice(ctx, input, !!p.decision);
  const bytes = await noticeDocument(p, kind, { from: input.postedFrom, to: input.postedTo, place: input.place.normalize('NFC').trim(), now: ctx.now() });
  const notice = recordNotice(ctx, input, kind);
  return {
    notice,
    fileName: `thong-bao-cong-khai-${kind === 'awarded' ? 'duoc-khen-thuong' : 'de-nghi-khen-thuong'}_${slug(p.dossier.title)}.docx`,
    contentBase64: bytes.toString('base64'),
  };
}
