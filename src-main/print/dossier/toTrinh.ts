import { AlignmentType } from 'docx';
import type { ServiceContext } from '../../services/core';
import { addressees, body, closing, heading, keptGap, pack, para, run, title } from '../layout';
import { basisLines } from './bases';
import {
  addresseesOf, archiveLine, askLine, awardPhrase, council, councilHeading, councilSigner, count, dateOf, dayText, decidedInside, deciderTitle,
  headingOf, issuerName, loadDossierPrint, numberLine, signer, subjectWord, thresholdText, voteLine, type DossierPrint,
} from './common';

/** The căn cứ of a dossier paper: the rule set's documents, the award's articles, the province's regulation. */
export function dossierBases(p: DossierPrint, o: { localGovernment: boolean }): string[] {
  return basisLines(p.ruleSet, p.award?.legalBasis ?? null, { localGovernment: o.localGovernment, regulation: p.settings.regulation });
}

/** The council's vote in a few sentences, on the TOTAL membership; only the proposed are named. */
function voteSentences(p: DossierPrint): string[] {
  const d = p.dossier;
  const who = subjectWord(p);
  if (d.councilTotal === null) return [`${council(p)} chưa họp xét; kết quả sẽ được bổ sung theo biên bản họp Hội đồng.`];
  const meeting =
    `Ngày ${d.meetingDate ? dayText(d.meetingDate).replace(/^ngày /, '') : '…'}, ${council(p)} đã họp xét ${count(p.nominees.length)} ${who} với ${count(d.councilTotal)} thành viên ` +
    `(có mặt ${count(d.councilPresent ?? 0)}${d.councilWritten ? `, ý kiến bằng văn bản ${count(d.councilWritten)}` : ''}).`;
  const how = p.secretBallot ? 'bỏ phiếu kín' : 'biểu quyết';
  const named = p.selected.map((n) => ({ n, v: voteLine(p, n) }));
  const result = p.threshold === null
    ? `Hội đồng đã ${how} thống nhất đề nghị ${count(named.length)} ${who}.`
    : `Kết quả ${how}: ${count(named.length)} ${who} được đề nghị đạt tỷ lệ từ ${thresholdText(p)} trở lên trên tổng số thành viên Hội đồng` +
      (named.length ? ` (${named.map((l) => `${l.n.name} ${l.v.yes} phiếu, ${l.v.share}`).join('; ')}).` : '.');
  const left = p.selection.excluded.length;
  const rest = left
    ? [`${count(left)} ${who} không được đề nghị do không đạt tỷ lệ phiếu đồng ý, chưa đạt tiêu chuẩn hoặc không thuộc đơn vị (chi tiết tại biên bản họp Hội đồng).`]
    : [];
  return [meeting, result, ...rest];
}

/** Tờ trình đề nghị khen thưởng (Mẫu số 01, Phụ lục NĐ 152/2025): to the one who decides, naming exactly the selection. */
export async function buildToTrinh(p: DossierPrint): Promise<Buffer> {
  const d = p.dossier;
  const inside = decidedInside(p);
  const who = inside ? council(p) : issuerName(p);
  const no = p.toTrinhNumber;
  const date = no ? dateOf(no.issuedOn) : p.now;
  const symbol = p.settings.symbols[inside ? 'to-trinh-hd' : 'to-trinh'];
  const head = inside ? councilHeading(p, date, numberLine(no?.printed ?? null, symbol)) : headingOf(p, date, numberLine(no?.printed ?? null, symbol));
  const bases = [
    ...dossierBases(p, { localGovernment: p.administrative && !inside }),
    ...(d.councilTotal !== null ? [`Căn cứ kết quả họp ${council(p)} ${dayText(d.meetingDate)}`] : []),
  ];
  const italic = (text: string) => para([run(text, { italics: true })], { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, spacing: { after: 60, line: 312 } });
  const decider = p.route ? deciderTitle(p, p.route.decidedBy) : addresseesOf(p)[0]!;
  const overridden = p.selection.overridden;
  return pack(
    [
      heading(head),
      ...title('Tờ trình', `Về việc đề nghị tặng ${awardPhrase(p)}`),
      ...addressees(addresseesOf(p)),
      ...bases.map((b, i) => italic(`${b}${i === bases.length - 1 ? '.' : ';'}`)),
      body(
        `${who} đề nghị ${decider} tặng ${awardPhrase(p)} cho ${count(p.selected.length)} ${subjectWord(p)} ` +
          'đã có thành tích xuất sắc trong thực hiện nhiệm vụ và các phong trào thi đua.',
      ),
      ...voteSentences(p).map((s) => body(s)),
      // A dossier whose achievement year began under the earlier decree says which rule set judged it.
      ...(p.statement.paperText ? [body(p.statement.paperText)] : []),
      para([run('(Có danh sách kèm theo)', { italics: true })], { alignment: AlignmentType.CENTER, spacing: { after: 120 } }),
      ...(d.overrideReason
        ? [body([
            run(overridden.length
              ? `Có ${subjectWord(p)} chưa đạt đủ tiêu chuẩn theo quy định (${overridden.map((c) => c.name).join('; ')}) hoặc hồ sơ còn thiếu thành phần. `
              : 'Hồ sơ được gửi khi còn thiếu một số thành phần theo quy định. '),
            run('Lý do vẫn đề nghị: ', { bold: true }),
            run(`${d.overrideReason.replace(/[.\s]+$/u, '')}.`),
          ])]
        : []),
      body(`${who} kính trình ${askLine(p)}./.`, { keep: true }),
      keptGap(),
      closing(['Như trên', archiveLine(p)], inside ? councilSigner(p) : signer(p)),
    ],
    { title: `Tờ trình đề nghị tặng ${awardPhrase(p)}`, creator: 'TĐKT Desktop' },
  );
}

export const toTrinhDocument = (ctx: ServiceContext, dossierId: string) => buildToTrinh(loadDossierPrint(ctx, dossierId));
