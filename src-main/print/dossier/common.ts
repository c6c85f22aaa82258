import type { Paragraph } from 'docx';
import type { Nominee } from '../../../src-shared/api';
import { COLLECTIVE_KIND_LABELS, type CollectiveKind } from '../../../src-shared/catalog/people';
import { DECIDER_LABELS, type Decider } from '../../../src-shared/rules/catalogue';
import { shareText } from '../../../src-shared/rules/format';
import { agencySigner, headSigner } from '../../services/installation';
import { body, para, run, twoSigners, type Heading, type Signature } from '../layout';
import { ADMIN_WORD, type CollectiveInfo, type DossierPrint, type PersonInfo, type VoteLine } from './set';

export { ADMIN_WORD, loadDossierPrint, recordedDecision, type CollectiveInfo, type DossierPrint, type PersonInfo, type VoteLine } from './set';
export { twoSigners };

/**
 * The wording every printed document of a dossier shares: the award phrase, the issuer and its
 * heading, who decides and to whom the tờ trình goes, the signers, the vote lines.
 */

/** "Xã Tân Phong" → "xã Tân Phong", as it reads inside a sentence; other names unchanged. */
export const inSentence = (name: string) => (ADMIN_WORD.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name);

/** Counts in administrative prose: "02 cá nhân", "12 cá nhân", "0". */
export const count = (n: number) => (n > 0 && n < 10 ? `0${n}` : String(n));

/** "ngày 05 tháng 02 năm 2026" from an ISO date (NĐ 30: day < 10 and months 1–2 with a leading zero). */
export function dayText(iso: string | null): string {
  if (!iso) return 'ngày …… tháng …… năm ……';
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `ngày ${String(d).padStart(2, '0')} tháng ${m <= 2 ? `0${m}` : m} năm ${y}`;
}

/** An ISO day as a Date at noon (no time-zone slip to the day before). */
export const dateOf = (iso: string) => new Date(`${iso}T12:00:00`);

/** "Chiến sĩ thi đua cơ sở", without the catalogue's "(cá nhân)" / "(tập thể)" tag. */
export const awardName = (p: DossierPrint) => p.dossier.awardName.replace(/\s*\((cá nhân|tập thể)\)$/u, '');

/** "danh hiệu “Chiến sĩ thi đua cơ sở” năm 2025" / "Giấy khen năm 2025". */
export function awardPhrase(p: DossierPrint): string {
  const name = p.award?.kind === 'title' ? `danh hiệu “${awardName(p)}”` : awardName(p);
  const { round, year } = p.dossier;
  if (round === 'thematic') return p.movementName ? `${name} trong ${p.movementName}` : `${name} theo chuyên đề năm ${year}`;
  if (round === 'adhoc') return `${name} (khen thưởng đột xuất) năm ${year}`;
  return `${name} năm ${year}`;
}

export const subjectWord = (p: DossierPrint) => (p.award?.subject === 'individual' ? 'cá nhân' : 'tập thể');

/** The agency as it writes in a sentence: "Ủy ban nhân dân xã Tân Phong" (from the heading lines of the settings). */
export const issuerName = (p: DossierPrint) => {
  const joined = p.settings.agencyName.split('\n').join(' ').trim();
  return joined === joined.toUpperCase() ? sentenceCase(joined) : joined;
};

/** "ỦY BAN NHÂN DÂN XÃ TÂN PHONG" → "Ủy ban nhân dân xã Tân Phong" (administrative words lower case, names capitalised). */
function sentenceCase(caps: string): string {
  const lower = caps.toLowerCase();
  const m = /^(ủy ban nhân dân|hội đồng nhân dân)\s+(xã|phường|đặc khu|thị trấn|tỉnh|thành phố|huyện|quận|thị xã)\s+(.*)$/u.exec(lower);
  const cap = (s: string) => s.replace(/(^|\s)(\p{L})/gu, (_x, a: string, b: string) => a + b.toUpperCase());
  if (m) return `${m[1]!.charAt(0).toUpperCase()}${m[1]!.slice(1)} ${m[2]} ${cap(m[3]!)}`;
  return cap(lower);
}

/** The agency as chủ quản of its council's papers: "UBND XÃ TÂN PHONG". */
export const agencyShort = (p: DossierPrint) => p.settings.agencyName.split('\n').join(' ').replace(/^ỦY BAN NHÂN DÂN\s+/u, 'UBND ');

export const council = (p: DossierPrint) => p.settings.council.name;

/** The agency's own heading, from the settings (agency lines, cơ quan chủ quản, địa danh). */
export function headingOf(p: DossierPrint, date: Date | null, number?: string): Heading {
  return { parentBody: p.settings.managingAgency, issuer: p.settings.agencyName, number, place: p.place, date };
}

/** The council's heading: the agency as chủ quản, "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG" as issuer. */
export const councilHeading = (p: DossierPrint, date: Date | null, number: string): Heading =>
  ({ parentBody: agencyShort(p), issuer: 'Hội đồng Thi đua - Khen thưởng', number, place: p.place, date });

/** "Số:        /TTr-UBND" while unnumbered, "Số: 05/TTr-UBND" once the register gave it a number. */
export const numberLine = (printed: string | null, symbol: string) => (printed ? `Số: ${printed}` : `Số:        /${symbol}`);

// ---------------------------------------------------------------------------------------------
// Who decides, and to whom the tờ trình goes (catalogue routes, per rule set and unit level)

/** The commune whose chairman decides a commune title: the proposing commune, or the commune an agency is under. */
export function communeName(p: DossierPrint): string | null {
  if (p.administrative && /^(Xã|Phường|Đặc khu|Thị trấn)\s/u.test(p.unit.name)) return p.unit.name;
  if (p.unit.parentName && /^(Xã|Phường|Đặc khu|Thị trấn)\s/u.test(p.unit.parentName)) return p.unit.parentName;
  return null;
}

/** "Chủ tịch Ủy ban nhân dân xã Tân Phong", "Chủ tịch Ủy ban nhân dân tỉnh Lai Châu", "Thủ tướng Chính phủ"… */
export function deciderTitle(p: DossierPrint, who: Decider): string {
  switch (who) {
    case 'commune-chairman': {
      const c = communeName(p);
      return c ? `Chủ tịch Ủy ban nhân dân ${inSentence(c)}` : 'Chủ tịch Ủy ban nhân dân cấp xã';
    }
    case 'district-chairman':
      return p.unit.parentLevel === 'district' && p.unit.parentName ? `Chủ tịch Ủy ban nhân dân ${inSentence(p.unit.parentName)}` : 'Chủ tịch Ủy ban nhân dân cấp huyện';
    case 'province-chairman':
      return p.unit.provinceName ? `Chủ tịch Ủy ban nhân dân ${inSentence(p.unit.provinceName)}` : 'Chủ tịch Ủy ban nhân dân cấp tỉnh';
    case 'unit-head':
      return `Thủ trưởng ${p.unit.name}`;
    default:
      return DECIDER_LABELS[who];
  }
}

/**
 * The award is decided inside the proposing body (its own chairman or head): the tờ trình is then
 * the council's, to the chairman; otherwise the agency's, upward.
 */
export const decidedInside = (p: DossierPrint) =>
  !!p.route && (p.route.submitTo === 'unit-head' || (p.route.submitTo === 'commune-chairman' && p.administrative && communeName(p) === p.unit.name));

/** The lines after "Kính gửi:". Never a council: a council advises, the head decides. */
export function addresseesOf(p: DossierPrint): string[] {
  if (!p.route) return [p.award ? p.award.authority.split(';')[0]!.trim() : 'Cấp có thẩm quyền khen thưởng'];
  const to = [deciderTitle(p, p.route.submitTo)];
  if (p.route.viaProvinceBody && p.settings.upperBody) to.push(p.settings.upperBody);
  return to;
}

/** "… kính trình Chủ tịch UBND xã Tân Phong xem xét, quyết định" / "… xem xét, trình Thủ tướng Chính phủ quyết định". */
export function askLine(p: DossierPrint): string {
  if (!p.route) return `${addresseesOf(p)[0]} xem xét, quyết định`;
  const to = deciderTitle(p, p.route.submitTo);
  return p.route.decidedBy === p.route.submitTo ? `${to} xem xét, quyết định` : `${to} xem xét, trình ${deciderTitle(p, p.route.decidedBy)} quyết định`;
}

// ---------------------------------------------------------------------------------------------
// Signers (names from the document settings)

/** The agency's signer: "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / Lò Văn Páo" (or KT. for a deputy). */
export function signer(p: DossierPrint): Signature {
  const s = agencySigner(p.settings, p.administrative ? 'Ủy ban nhân dân' : null);
  return { authority: s.authority.join('\n') || undefined, position: s.position, name: s.name, ...(p.administrative ? {} : { hint: '(Ký, ghi rõ họ tên, đóng dấu)' }) };
}

/** The chairman's own decision: "CHỦ TỊCH" (no TM.), or "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH". */
export function deciderSigner(p: DossierPrint): Signature {
  const s = agencySigner(p.settings, null);
  return { authority: s.authority.join('\n') || undefined, position: s.position, name: s.name };
}

/** The council's signer on its tờ trình: the vice-chair "KT. CHỦ TỊCH", else the chair. */
export function councilSigner(p: DossierPrint): Signature {
  const c = p.settings.council;
  return c.viceChairName
    ? { authority: 'TM. Hội đồng\nKT. Chủ tịch', position: 'Phó Chủ tịch', name: c.viceChairName }
    : { authority: 'TM. Hội đồng', position: 'Chủ tịch', name: c.chairName || headSigner(p.settings).fullName };
}

export const chairName = (p: DossierPrint) => p.settings.council.chairName || headSigner(p.settings).fullName;

/** "Lưu: VT, VP." */
export const archiveLine = (p: DossierPrint) => `Lưu: VT, ${p.settings.archiveAbbreviation}`;

// ---------------------------------------------------------------------------------------------
// Nominees

export const voteLine = (p: DossierPrint, n: Nominee): VoteLine => p.votes.get(n.id)!;
export const thresholdText = (p: DossierPrint) => (p.threshold === null ? null : shareText(p.threshold));
export const subjectInfo = (p: Pick<DossierPrint, 'info'>, n: Nominee): PersonInfo | CollectiveInfo | null => p.info.get(n.id) ?? null;

/** "Công chức Văn phòng - Thống kê, Xã Tân Phong" / "Thôn, tổ dân phố, Xã Tân Phong". */
export const kindLabel = (kind: string) => COLLECTIVE_KIND_LABELS[kind as CollectiveKind] ?? kind;

export function positionAndUnit(info: PersonInfo | CollectiveInfo | null): string {
  if (!info) return '';
  if (info.type === 'person') return [info.position, info.collectiveName, info.unitName].filter(Boolean).join(', ');
  return [kindLabel(info.kind), info.unitName].filter(Boolean).join(', ');
}

// ---------------------------------------------------------------------------------------------
// Paragraph helpers

/** A section heading inside a document: "I. SƠ LƯỢC LÝ LỊCH". */
export const section = (text: string) => para([run(text, { bold: true })], { spacing: { before: 200, after: 80 }, keepNext: true });

/** "- Label: value" lines of a form, indented like the body. */
export const field = (label: string, value: string) =>
  para([run(`- ${label}: `), run(value || '……………………………………')], { indent: { firstLine: 567 }, spacing: { after: 60, line: 312 } });

/** Free text typed by the clerk: one body paragraph per line, blank lines dropped. */
export const paragraphs = (text: string): Paragraph[] =>
  text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).map((l) => body(l));
