import { AlignmentType } from 'docx';
import type { ServiceContext } from '../../services/core';
import { body, closing, heading, pack, para, run, title } from '../layout';
import {
  awardPhrase, council, count, dayText, headingOf, issuerName, loadDossierPrint, parentCouncil, signer, subjectWord, symbol, thresholdText, voteLine,
  type DossierPrint,
} from './common';

/** Full names for the abbreviations the catalogue writes its legal basis with. */
function documentName(short: string): string {
  const s = short.trim();
  if (/^Luật TĐKT 2022$/u.test(s)) return 'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022';
  const decree = /^NĐ\s+(\S+)$/u.exec(s);
  if (decree) return `Nghị định số ${decree[1]} của Chính phủ`;
  const circular = /^TT\s+(\S+)$/u.exec(s);
  if (circular) return `Thông tư số ${circular[1]}`;
  return s;
}

/**
 * "Luật TĐKT 2022, Điều 23, Điều 84; Luật TĐKT 2022, Điều 80; NĐ 129/2025/NĐ-CP, Điều 59" →
 * one line per document, its articles gathered in order: "Căn cứ Điều 23, Điều 80, Điều 84 của
 * Luật Thi đua, khen thưởng …".
 */
export function legalBasisLines(legalBasis: string): string[] {
  const docs = new Map<string, string[]>();
  for (const part of legalBasis.split(';').map((s) => s.trim()).filter(Boolean)) {
    const [doc = '', ...rest] = part.split(/,\s*/u);
    const articles = docs.get(doc) ?? [];
    for (const a of rest) if (a && !articles.includes(a)) articles.push(a);
    docs.set(doc, articles);
  }
  const article = (a: string) => Number(/\d+/.exec(a)?.[0] ?? 0);
  return [...docs].map(([doc, articles]) => {
    const sorted = [...articles].sort((a, b) => article(a) - article(b));
    return `Căn cứ ${sorted.length ? `${sorted.join(', ')} của ` : ''}${documentName(doc)}`;
  });
}

/** The council's vote in one or two sentences, on the TOTAL membership. */
function voteSentences(p: DossierPrint): string[] {
  const d = p.dossier;
  const who = subjectWord(p);
  if (d.councilTotal === null) return [`${council(p)} chưa họp xét; kết quả sẽ được bổ sung theo biên bản họp Hội đồng.`];
  const meeting =
    `Ngày ${d.meetingDate ? dayText(d.meetingDate).replace(/^ngày /, '') : '…'}, ${council(p)} đã họp xét với ${count(d.councilTotal)} thành viên ` +
    `(có mặt ${count(d.councilPresent ?? 0)}${d.councilWritten ? `, ý kiến bằng văn bản ${count(d.councilWritten)}` : ''}).`;
  const lines = p.nominees.map((n) => ({ n, v: voteLine(p, n) }));
  if (p.threshold === null) {
    return [`${meeting} Hội đồng đã ${p.secretBallot ? 'bỏ phiếu kín' : 'biểu quyết'} thống nhất đề nghị ${count(p.nominees.length)} ${who} nêu trên.`];
  }
  const how = p.secretBallot ? 'bỏ phiếu kín' : 'biểu quyết';
  const passed = lines.filter((l) => l.v.passed === true);
  const failed = lines.filter((l) => l.v.passed === false);
  const missing = lines.filter((l) => l.v.passed === null);
  const list = (ls: typeof lines) => ls.map((l) => `${l.n.name} ${l.v.yes} phiếu, ${l.v.share}`).join('; ');
  let result = `Kết quả ${how}: ${count(passed.length)} ${who} đạt tỷ lệ từ ${thresholdText(p)} trở lên trên tổng số thành viên Hội đồng`;
  if (passed.length) result += ` (${list(passed)})`;
  if (failed.length) result += `; ${count(failed.length)} ${who} không đạt (${list(failed)})`;
  if (missing.length) result += `; ${count(missing.length)} ${who} chưa có kết quả bỏ phiếu (${missing.map((l) => l.n.name).join('; ')})`;
  return [meeting, `${result}.`];
}

/** Tờ trình đề nghị khen thưởng (Mẫu số 01, Phụ lục NĐ 152/2025), with the list attached. */
export async function toTrinhDocument(ctx: ServiceContext, dossierId: string): Promise<Buffer> {
  const p = loadDossierPrint(ctx, dossierId);
  const d = p.dossier;
  const issuer = issuerName(p);
  const bases = [
    ...(p.award ? legalBasisLines(p.award.legalBasis) : []),
    ...(d.councilTotal !== null ? [`Căn cứ kết quả họp ${council(p)} ${dayText(d.meetingDate)}`] : []),
  ];
  const italic = (text: string) => para([run(text, { italics: true })], { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, spacing: { after: 60, line: 312 } });
  const n = p.nominees.length;
  return pack(
    [
      heading(headingOf(p, ctx.now(), `Số:        /${symbol(p, 'TTr')}`)),
      ...title('Tờ trình', `Về việc đề nghị tặng ${awardPhrase(p)}`),
      para([run(`Kính gửi: ${parentCouncil(p)}.`)], { alignment: AlignmentType.CENTER, spacing: { after: 240 } }),
      ...bases.map((b, i) => italic(`${b}${i === bases.length - 1 ? '.' : ';'}`)),
      body(
        `${issuer} đề nghị tặng ${awardPhrase(p)} cho ${count(n)} ${subjectWord(p)} ` +
          'đã có thành tích xuất sắc trong thực hiện nhiệm vụ và các phong trào thi đua.',
      ),
      ...voteSentences(p).map((s) => body(s)),
      para([run('(Có danh sách kèm theo)', { italics: true })], { alignment: AlignmentType.CENTER, spacing: { after: 120 } }),
      ...(d.overrideReason
        ? [body([
            run('Hồ sơ được gửi khi còn thiếu một số thành phần hoặc có tiêu chuẩn chưa đạt theo quy định. '),
            run('Lý do vẫn gửi: ', { bold: true }),
            run(`${d.overrideReason.replace(/[.\s]+$/u, '')}.`),
          ])]
        : []),
      body(`${issuer} kính trình ${parentCouncil(p)} xem xét, quyết định./.`),
      para('', { spacing: { after: 120 } }),
      closing(['Như trên', 'Lưu: VT, TĐKT'], signer(p)),
    ],
    { title: `Tờ trình đề nghị tặng ${awardPhrase(p)}`, creator: 'TĐKT Desktop' },
  );
}
