import { AlignmentType } from 'docx';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../services/core';
import { closing, CONTENT_WIDTH, dataTable, heading, keptGap, pack, para, run, title } from '../layout';
import {
  archiveLine, awardName, awardPhrase, communeName, council, count, dateOf, dayText, decidedInside, deciderSigner, deciderTitle, headingOf,
  loadDossierPrint, numberLine, positionAndUnit, subjectInfo, subjectWord, type DossierPrint,
} from './common';
import { dossierBases } from './toTrinh';

/** The catalogue's route for the reference date and the unit's level names the commune chairman as decider. */
export const decidedByCommuneChairman = (p: DossierPrint) => p.route?.decidedBy === 'commune-chairman' && decidedInside(p);

/** Refuses a dossier whose award the commune chairman does not decide, or with nobody selected. */
export function assertCommuneDecision(p: DossierPrint): { commune: string } {
  if (!decidedByCommuneChairman(p)) {
    const what = p.award?.kind === 'title' ? `Danh hiệu “${awardName(p)}”` : `Hình thức “${awardName(p)}”`;
    const by = p.route ? deciderTitle(p, p.route.decidedBy) : p.award ? p.award.authority.split(';')[0]!.trim() : 'cấp có thẩm quyền khác';
    throw new AppError('NOT_COMMUNE_AWARD', `${what} do ${by} quyết định, không phải Chủ tịch UBND xã; không in quyết định ở cấp xã.`);
  }
  const commune = communeName(p);
  if (!commune) throw new AppError('NOT_COMMUNE', `${p.unit.name} không phải xã, phường; không in quyết định, giấy khen ở cấp xã.`);
  if (!p.awarded.length) {
    throw new AppError('NOTHING_TO_AWARD', 'Hồ sơ chưa có ai được đề nghị (không ai đạt tỷ lệ phiếu và đủ tiêu chuẩn); không có gì để in.');
  }
  return { commune };
}

/** The dossier set carries a decision and Giấy khen: the commune chairman decides and someone is selected. */
export const hasCommuneDecision = (p: DossierPrint) => decidedByCommuneChairman(p) && !!communeName(p) && p.awarded.length > 0;

/** "Quyết định số 05/QĐ-UBND ngày 20 tháng 01 năm 2026", or blanks for the pen while none is recorded. */
export function decisionRef(p: DossierPrint): { number: string; day: string; date: Date | null } {
  const d = p.decision;
  return d
    ? { number: d.number, day: dayText(d.date), date: dateOf(d.date) }
    : { number: `       /${p.settings.symbols['quyet-dinh']}`, day: dayText(null), date: null };
}

/**
 * Quyết định khen thưởng of the Chủ tịch UBND xã (NĐ 30/2020 layout), number and date from the
 * recorded decision, with the list of those awarded (exactly the selection) on a page of its own.
 */
export async function buildQuyetDinh(p: DossierPrint): Promise<Buffer> {
  const { commune } = assertCommuneDecision(p);
  const ref = decisionRef(p);
  const individual = p.award?.subject === 'individual';
  const who = subjectWord(p);
  const chairman = deciderTitle(p, 'commune-chairman');
  const no = p.toTrinhNumber;
  const bases = [
    ...dossierBases(p, { localGovernment: true }),
    `Xét đề nghị của ${council(p)}${no ? ` tại Tờ trình số ${no.printed} ${dayText(no.issuedOn)}` : p.dossier.meetingDate ? ` tại cuộc họp ${dayText(p.dossier.meetingDate)}` : ''}`,
  ];
  const italic = (text: string) => para([run(text, { italics: true })], { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, spacing: { after: 60, line: 312 } });
  const article = (n: number, text: string, keep = false) =>
    para([run(`Điều ${n}. `, { bold: true }), run(text)], { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, spacing: { after: 120, line: 312 }, ...(keep ? { keepNext: true, keepLines: true } : {}) });
  const centre = (text: string, o: { bold?: boolean; italics?: boolean; before?: number; after?: number } = {}) =>
    para([run(text, { bold: o.bold, italics: o.italics })], { alignment: AlignmentType.CENTER, spacing: { before: o.before, after: o.after } });
  const rows = p.awarded.map((n, i) => [String(i + 1), n.name, positionAndUnit(subjectInfo(p, n))]);
  const stt = 800;
  const nameW = 3600;
  return pack(
    [
      heading(headingOf(p, ref.date, p.decision ? `Số: ${ref.number}` : numberLine(null, p.settings.symbols['quyet-dinh']))),
      ...title('Quyết định', `Về việc tặng ${awardPhrase(p)}`),
      centre(chairman.toUpperCase(), { bold: true, after: 240 }),
      ...bases.map((b, i) => italic(`${b}${i === bases.length - 1 ? '.' : ';'}`)),
      centre('QUYẾT ĐỊNH:', { bold: true, before: 240, after: 240 }),
      article(1, `Tặng ${awardPhrase(p)} cho ${count(p.awarded.length)} ${who} có tên trong danh sách kèm theo, đã có thành tích xuất sắc trong thực hiện nhiệm vụ và các phong trào thi đua.`),
      article(2, `Các ${who} có tên tại Điều 1 được hưởng tiền thưởng theo quy định hiện hành của pháp luật về thi đua, khen thưởng.`),
      article(3, `Văn phòng Hội đồng nhân dân và Ủy ban nhân dân ${commune.charAt(0).toLowerCase()}${commune.slice(1)}, công chức phụ trách công tác thi đua, khen thưởng, các cơ quan, đơn vị có liên quan và các ${who} có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`, true),
      keptGap(),
      closing(['Như Điều 3', council(p), archiveLine(p)], deciderSigner(p)),
      // The attached list, on a page of its own.
      para([run('DANH SÁCH', { bold: true })], { alignment: AlignmentType.CENTER, pageBreakBefore: true }),
      centre(`${individual ? 'Cá nhân' : 'Tập thể'} được tặng ${awardPhrase(p)}`, { bold: true }),
      centre(`(Kèm theo Quyết định số ${ref.number} ${ref.day} của ${chairman})`, { italics: true, after: 240 }),
      dataTable(
        [
          { title: 'STT', width: stt, align: 'center' },
          { title: individual ? 'Họ và tên' : 'Tên tập thể', width: nameW },
          { title: individual ? 'Chức vụ, đơn vị công tác' : 'Loại tập thể, đơn vị', width: CONTENT_WIDTH - stt - nameW },
        ],
        rows,
      ),
      centre(`Danh sách có ${count(p.awarded.length)} ${who}./.`, { italics: true, before: 120 }),
    ],
    { title: `Quyết định tặng ${awardPhrase(p)}`, creator: 'TĐKT Desktop' },
  );
}

export const quyetDinhDocument = (ctx: ServiceContext, dossierId: string) => buildQuyetDinh(loadDossierPrint(ctx, dossierId));
