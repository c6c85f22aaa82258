import { AlignmentType } from 'docx';
import { today, type ServiceContext } from '../../services/core';
import { dataTable, heading, LANDSCAPE_WIDTH, pack, para, run, title } from '../layout';
import { awardPhrase, dayText, headingOf, issuerName, loadDossierPrint, positionAndUnit, signer, signerRight, subjectInfo, symbol, voteLine } from './common';

/** Danh sách đề nghị khen thưởng, attached to the tờ trình: landscape, one row per nominee. */
export async function danhSachDocument(ctx: ServiceContext, dossierId: string): Promise<Buffer> {
  const p = loadDossierPrint(ctx, dossierId);
  const now = ctx.now();
  const individual = p.award?.subject === 'individual';
  const cols = { stt: 700, name: 2700, detail: 3600, vote: 2400 };
  const summaryWidth = LANDSCAPE_WIDTH - cols.stt - cols.name - cols.detail - cols.vote;
  const rows = p.nominees.map((n, i) => {
    const v = voteLine(p, n);
    return [String(i + 1), n.name, positionAndUnit(subjectInfo(ctx, n)), n.summary, v.yes === '—' ? '—' : `${v.yes} (${v.share})`];
  });
  return pack(
    [
      heading(headingOf(p, now, ''), LANDSCAPE_WIDTH),
      ...title('Danh sách đề nghị khen thưởng', `Đề nghị tặng ${awardPhrase(p)}`),
      para([run(`(Kèm theo Tờ trình số        /${symbol(p, 'TTr')} ${dayText(today(ctx))} của ${issuerName(p)})`, { italics: true })], {
        alignment: AlignmentType.CENTER, spacing: { after: 240 },
      }),
      rows.length
        ? dataTable(
            [
              { title: 'STT', width: cols.stt, align: 'center' },
              { title: individual ? 'Họ và tên' : 'Tên tập thể', width: cols.name },
              { title: individual ? 'Chức vụ, đơn vị công tác' : 'Loại tập thể, đơn vị', width: cols.detail },
              { title: 'Tóm tắt thành tích', width: summaryWidth },
              { title: 'Số phiếu đồng ý / tổng số thành viên Hội đồng (tỷ lệ)', width: cols.vote, align: 'center' },
            ],
            rows,
          )
        : para([run('Hồ sơ chưa có người được đề nghị.', { italics: true })]),
      para('', { spacing: { after: 200 } }),
      signerRight(LANDSCAPE_WIDTH, signer(p)),
    ],
    { title: `Danh sách đề nghị tặng ${awardPhrase(p)}`, creator: 'TĐKT Desktop', landscape: true },
  );
}
