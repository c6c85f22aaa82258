import { AlignmentType } from 'docx';
import type { Nominee } from '../../../src-shared/api';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../services/core';
import { closing, CONTENT_WIDTH, dataTable, heading, longDate, pack, para, run, title } from '../layout';
import { legalBasisLines } from './toTrinh';
import {
  awardName, awardPhrase, council, count, dayText, inSentence, loadDossierPrint, parentBody, positionAndUnit, subjectInfo, subjectWord, voteLine,
  type DossierPrint,
} from './common';

const COMMUNE_WORD = /^(Xã|Phường|Đặc khu|Thị trấn)\s+/u;

/** The catalogue's authority names the commune chairman: "Chủ tịch UBND cấp xã", "… cấp huyện, cấp xã". */
export const decidedByCommuneChairman = (p: DossierPrint) => !!p.award && /Chủ tịch UBND cấp[^;]*xã/u.test(p.award.authority);

/** The commune whose chairman decides: the proposing commune itself, or the commune an agency belongs to. */
export interface Commune { name: string; parentBody: string | null; place: string }

export function communeOf(p: DossierPrint): Commune {
  if (p.administrative && COMMUNE_WORD.test(p.unit.name)) return { name: p.unit.name, parentBody: parentBody(p), place: p.place };
  if (p.unit.parentName && COMMUNE_WORD.test(p.unit.parentName)) {
    return { name: p.unit.parentName, parentBody: null, place: p.unit.parentName.replace(COMMUNE_WORD, '') };
  }
  throw new AppError('NOT_COMMUNE', `${p.unit.name} không phải xã, phường và không thuộc một xã, phường; không in quyết định, giấy khen ở cấp xã.`);
}

/**
 * Refuses a dossier whose award the commune chairman does not decide; returns the commune and the
 * nominees the decision names (a nominee the council voted down is left out).
 */
export function communeDecision(ctx: ServiceContext, dossierId: string): { p: DossierPrint; commune: Commune; awarded: Nominee[] } {
  const p = loadDossierPrint(ctx, dossierId);
  if (!decidedByCommuneChairman(p)) {
    const what = p.award?.kind === 'title' ? `Danh hiệu “${awardName(p)}”` : `Hình thức “${awardName(p)}”`;
    const by = p.award ? p.award.authority.split(';')[0]!.trim() : 'cấp có thẩm quyền khác';
    throw new AppError('NOT_COMMUNE_AWARD', `${what} do ${by} quyết định, không phải Chủ tịch UBND xã; không in quyết định ở cấp xã.`);
  }
  const commune = communeOf(p);
  const awarded = p.nominees.filter((n) => voteLine(p, n).passed !== false);
  if (!awarded.length) throw new AppError('NOTHING_TO_AWARD', 'Hồ sơ chưa có ai được Hội đồng đề nghị (không có hoặc không ai đạt tỷ lệ phiếu); không có gì để in.');
  return { p, commune, awarded };
}

/** The dossier set carries a decision and Giấy khen: the chairman decides, the commune is known, someone is awarded. */
export function hasCommuneDecision(ctx: ServiceContext, dossierId: string): boolean {
  const p = loadDossierPrint(ctx, dossierId);
  if (!decidedByCommuneChairman(p)) return false;
  try {
    communeOf(p);
  } catch {
    return false;
  }
  return p.nominees.some((n) => voteLine(p, n).passed !== false);
}

/** "Chủ tịch Ủy ban nhân dân xã Tân Phong". */
export const chairmanOf = (c: Commune) => `Chủ tịch Ủy ban nhân dân ${inSentence(c.name)}`;

/**
 * Quyết định khen thưởng of the Chủ tịch UBND xã (NĐ 30/2020 layout), with the list of those
 * awarded on a page of its own. Tiền thưởng follows the rules in force; no amount is printed.
 */
export async function quyetDinhDocument(ctx: ServiceContext, dossierId: string): Promise<Buffer> {
  const { p, commune, awarded } = communeDecision(ctx, dossierId);
  const now = ctx.now();
  const individual = p.award?.subject === 'individual';
  const who = subjectWord(p);
  const number = 'Số:        /QĐ-UBND';
  const bases = [
    ...(p.award ? legalBasisLines(p.award.legalBasis) : []),
    `Theo đề nghị của ${council(p)}${p.dossier.meetingDate ? ` tại cuộc họp ${dayText(p.dossier.meetingDate)}` : ''}`,
  ];
  const italic = (text: string) => para([run(text, { italics: true })], { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, spacing: { after: 60, line: 312 } });
  const article = (n: number, text: string) =>
    para([run(`Điều ${n}. `, { bold: true }), run(text)], { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, spacing: { after: 120, line: 312 } });
  const centre = (text: string, o: { bold?: boolean; italics?: boolean; before?: number; after?: number } = {}) =>
    para([run(text, { bold: o.bold, italics: o.italics })], { alignment: AlignmentType.CENTER, spacing: { before: o.before, after: o.after } });
  const rows = awarded.map((n, i) => [String(i + 1), n.name, positionAndUnit(subjectInfo(ctx, n))]);
  const stt = 800;
  const nameW = 3600;
  return pack(
    [
      // The commune's name is glued with no-break spaces, as in the other documents' headings.
      heading({ parentBody: commune.parentBody, issuer: `Ủy ban nhân dân ${inSentence(commune.name).replace(/ /g, '\u00A0')}`, number, place: commune.place, date: now }),
      ...title('Quyết định', `Về việc tặng ${awardPhrase(p)}`),
      centre(chairmanOf(commune).toUpperCase(), { bold: true, after: 240 }),
      ...bases.map((b, i) => italic(`${b}${i === bases.length - 1 ? '.' : ';'}`)),
      centre('QUYẾT ĐỊNH:', { bold: true, before: 240, after: 240 }),
      article(1, `Tặng ${awardPhrase(p)} cho ${count(awarded.length)} ${who} có tên trong danh sách kèm theo, đã có thành tích xuất sắc trong thực hiện nhiệm vụ và các phong trào thi đua.`),
      article(2, `Các ${who} có tên tại Điều 1 được hưởng tiền thưởng theo quy định hiện hành của pháp luật về thi đua, khen thưởng.`),
      article(3, `Văn phòng Hội đồng nhân dân và Ủy ban nhân dân ${inSentence(commune.name)}, công chức phụ trách công tác thi đua, khen thưởng, các cơ quan, đơn vị có liên quan và các ${who} có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`),
      para('', { spacing: { after: 120 } }),
      closing(['Như Điều 3', council(p), 'Lưu: VT, TĐKT'], { position: 'Chủ tịch', name: '' }),
      // The attached list, on a page of its own.
      para([run('DANH SÁCH', { bold: true })], { alignment: AlignmentType.CENTER, pageBreakBefore: true }),
      centre(`${individual ? 'Cá nhân' : 'Tập thể'} được tặng ${awardPhrase(p)}`, { bold: true }),
      centre(`(Kèm theo Quyết định số        /QĐ-UBND ${longDate('', now).replace(/^, /, '')} của ${chairmanOf(commune)})`, { italics: true, after: 240 }),
      dataTable(
        [
          { title: 'STT', width: stt, align: 'center' },
          { title: individual ? 'Họ và tên' : 'Tên tập thể', width: nameW },
          { title: individual ? 'Chức vụ, đơn vị công tác' : 'Loại tập thể, đơn vị', width: CONTENT_WIDTH - stt - nameW },
        ],
        rows,
      ),
      centre(`Danh sách có ${count(awarded.length)} ${who}./.`, { italics: true, before: 120 }),
    ],
    { title: `Quyết định tặng ${awardPhrase(p)}`, creator: 'TĐKT Desktop' },
  );
}
