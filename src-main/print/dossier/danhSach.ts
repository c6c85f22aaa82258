import { AlignmentType } from 'docx';
import type { ServiceContext } from '../../services/core';
import { dataTable, heading, keptGap, LANDSCAPE_WIDTH, pack, para, run, signerRight, title } from '../layout';
import {
  awardPhrase, council, councilHeading, councilSigner, count, dateOf, dayText, decidedInside, headingOf, issuerName, loadDossierPrint,
  positionAndUnit, signer, subjectInfo, subjectWord, voteLine, type DossierPrint,
} from './common';

/** Danh sách đề nghị khen thưởng, attached to the tờ trình: landscape, one row per SELECTED nominee, signed like the tờ trình. */
export async function buildDanhSach(p: DossierPrint): Promise<Buffer> {
  const inside = decidedInside(p);
  const individual = p.award?.subject === 'individual';
  const no = p.toTrinhNumber;
  const date = no ? dateOf(no.issuedOn) : p.now;
  const symbol = p.settings.symbols[inside ? 'to-trinh-hd' : 'to-trinh'];
  const cols = { stt: 700, name: 2700, detail: 3600, vote: 2400 };
  const summaryWidth = LANDSCAPE_WIDTH - cols.stt - cols.name - cols.detail - cols.vote;
  const rows = p.selected.map((n, i) => {
    const v = voteLine(p, n);
    return [String(i + 1), n.name, positionAndUnit(subjectInfo(p, n)), n.summary, v.yes === '—' ? '—' : `${v.yes} (${v.share})`];
  });
  const toTrinh = no ? `Tờ trình số ${no.printed} ${dayText(no.issuedOn)}` : `Tờ trình số        /${symbol} ${dayText(null)}`;
  return pack(
    [
      heading(inside ? councilHeading(p, date, '') : headingOf(p, date, ''), LANDSCAPE_WIDTH),
      ...title('Danh sách đề nghị khen thưởng', `Đề nghị tặng ${awardPhrase(p)}`, LANDSCAPE_WIDTH),
      para([run(`(Kèm theo ${toTrinh} của ${inside ? council(p) : issuerName(p)})`, { italics: true })], {
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
        : para([run(`Không có ${subjectWord(p)} nào đủ điều kiện đề nghị.`, { italics: true })]),
      para([run(`Danh sách có ${count(rows.length)} ${subjectWord(p)}./.`, { italics: true })], { alignment: AlignmentType.CENTER, spacing: { before: 120 }, keepNext: true }),
      keptGap(200),
      signerRight(LANDSCAPE_WIDTH, inside ? councilSigner(p) : signer(p)),
    ],
    { title: `Danh sách đề nghị tặng ${awardPhrase(p)}`, creator: 'TĐKT Desktop', landscape: true },
  );
}

export const danhSachDocument = (ctx: ServiceContext, dossierId: string) => buildDanhSach(loadDossierPrint(ctx, dossierId));
