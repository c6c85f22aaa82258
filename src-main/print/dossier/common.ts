import { AlignmentType, type Paragraph, type Table } from 'docx';
import type { Dossier, Nominee } from '../../../src-shared/api';
import { COLLECTIVE_KIND_LABELS, type CollectiveKind } from '../../../src-shared/catalog/people';
import type { AwardDef } from '../../../src-shared/rules/catalogue';
import { percent, reaches, shareText } from '../../../src-shared/rules/format';
import { ruleSet, getDossier } from '../../services/dossiers';
import type { ServiceContext } from '../../services/core';
import { requireInstallation, type InstallationRow } from '../../services/installation';
import { body, grid, para, run, type Heading, type Signature } from '../layout';

/**
 * What every printed document of a dossier shares: the dossier and its nominees, the award as the
 * catalogue in force on the reference date defines it (name, legal basis, vote threshold), the
 * proposing unit with its parent, and the wording that follows from them (issuer, council, signer).
 */
export interface DossierPrint {
  dossier: Dossier;
  nominees: Nominee[];
  award: AwardDef | undefined;
  /** Share of the council's TOTAL membership that must vote yes; null = no vote required. */
  threshold: number | null;
  secretBallot: boolean;
  me: InstallationRow;
  unit: { name: string; level: string; parentName: string | null };
  movementName: string | null;
  /** The unit's name without its administrative word: "Tân Phong", for "Tân Phong, ngày …". */
  place: string;
  /** A commune (or other administrative unit) writes and signs as its Ủy ban nhân dân. */
  administrative: boolean;
}

export const ADMIN_WORD = /^(Xã|Phường|Đặc khu|Thị trấn|Tỉnh|Thành phố|Huyện|Quận|Thị xã)\s+/u;

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

export function loadDossierPrint(ctx: ServiceContext, dossierId: string): DossierPrint {
  const me = requireInstallation(ctx);
  const { dossier, nominees } = getDossier(ctx, dossierId);
  const rs = ruleSet(ctx, dossier.referenceDate);
  const award = rs.awards.find((a) => a.code === dossier.awardCode);
  // The rule set's parameter wins, as in the eligibility engine; null = the award needs no vote.
  const threshold = award && award.vote.threshold !== null ? (rs.parameters.voteThresholds[award.code] ?? award.vote.threshold) : null;
  const unit = (ctx.sqlite
    .prepare('SELECT u.name, u.level, p.name parentName FROM units u LEFT JOIN units p ON p.id = u.parent_id WHERE u.id = ?')
    .get(dossier.proposingUnitId) as DossierPrint['unit'] | undefined) ?? { name: me.unitName, level: me.level, parentName: me.parentName };
  const movementName = dossier.movementId
    ? ((ctx.sqlite.prepare('SELECT name FROM movements WHERE id = ?').get(dossier.movementId) as { name: string } | undefined)?.name ?? null)
    : null;
  const administrative = ['commune', 'district', 'province'].includes(unit.level) && ADMIN_WORD.test(unit.name);
  // Địa danh is a place: an agency dates its papers where its parent commune or province is.
  const placeOf = administrative || !unit.parentName || !ADMIN_WORD.test(unit.parentName) ? unit.name : unit.parentName;
  return {
    dossier, nominees, award, threshold, secretBallot: award?.vote.secretBallot ?? false, me, unit, movementName,
    place: placeOf.replace(ADMIN_WORD, ''), administrative,
  };
}

/** The proposing body as it signs: "Ủy ban nhân dân xã Tân Phong", or the unit's own name. */
export const issuerName = (p: DossierPrint) => (p.administrative ? `Ủy ban nhân dân ${inSentence(p.unit.name)}` : p.unit.name);

/** The parent as cơ quan chủ quản; NĐ 30 lets it abbreviate "Ủy ban nhân dân" to "UBND". */
export const parentBody = (p: DossierPrint) =>
  p.unit.parentName ? (p.administrative && ADMIN_WORD.test(p.unit.parentName) ? `UBND ${inSentence(p.unit.parentName)}` : p.unit.parentName) : null;

/** The issuer abbreviated for places where it is the chủ quản line (the council's minutes). */
export const issuerShort = (p: DossierPrint) => (p.administrative ? `UBND ${inSentence(p.unit.name)}` : p.unit.name);

export const council = (p: DossierPrint) => `Hội đồng Thi đua - Khen thưởng ${inSentence(p.unit.name)}`;
export const parentCouncil = (p: DossierPrint) => `Hội đồng Thi đua - Khen thưởng ${p.unit.parentName ? inSentence(p.unit.parentName) : 'cấp trên'}`;

/** Ký hiệu: "TTr-UBND" for a commune's tờ trình. */
export const symbol = (p: DossierPrint, kind: string) => (p.administrative ? `${kind}-UBND` : kind);

/**
 * The heading of the unit's own documents. The unit's name is glued with no-break spaces so a
 * narrow issuer column wraps "ỦY BAN NHÂN DÂN / XÃ TÂN PHONG", never inside the name.
 */
export function headingOf(p: DossierPrint, date: Date, number?: string): Heading {
  const issuer = p.administrative ? `Ủy ban nhân dân ${inSentence(p.unit.name).replace(/ /g, '\u00A0')}` : p.unit.name;
  return { parentBody: parentBody(p), issuer, number, place: p.place, date };
}

/** The head of the proposing unit; the name is left for the pen. */
export function signer(p: DossierPrint): Signature {
  return p.administrative
    ? { authority: 'TM. Ủy ban nhân dân', position: 'Chủ tịch', name: '' }
    : { position: 'Thủ trưởng đơn vị', hint: '(Ký, ghi rõ họ tên, đóng dấu)', name: '' };
}

export interface VoteLine {
  /** "8/10" or "—" when no vote was recorded. */
  yes: string;
  /** Share of the TOTAL membership: "80%", or "—". */
  share: string;
  /** "Đạt" / "Không đạt"; "—" when the award needs no vote; "Chưa có phiếu" when it does and none was entered. */
  result: string;
  passed: boolean | null;
}

export function voteLine(p: DossierPrint, n: Nominee): VoteLine {
  const total = p.dossier.councilTotal;
  const has = n.voteYes !== null && total !== null && total > 0;
  const yes = has ? `${n.voteYes}/${total}` : '—';
  const share = has ? percent(n.voteYes!, total!) : '—';
  if (p.threshold === null) return { yes, share, result: '—', passed: null };
  if (!has) return { yes, share, result: 'Chưa có phiếu', passed: null };
  const passed = reaches(n.voteYes!, total!, p.threshold);
  return { yes, share, result: passed ? 'Đạt' : 'Không đạt', passed };
}

export const thresholdText = (p: DossierPrint) => (p.threshold === null ? null : shareText(p.threshold));

/** A section heading inside a document: "I. SƠ LƯỢC LÝ LỊCH". */
export const section = (text: string) => para([run(text, { bold: true })], { spacing: { before: 200, after: 80 }, keepNext: true });

/** "- Label: value" lines of a form, indented like the body. */
export const field = (label: string, value: string) =>
  para([run(`- ${label}: `), run(value || '……………………………………')], { indent: { firstLine: 567 }, spacing: { after: 60, line: 312 } });

/** Free text typed by the clerk: one body paragraph per line, blank lines dropped. */
export const paragraphs = (text: string): Paragraph[] =>
  text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).map((l) => body(l));

/** A signer's block: authority, position, hint, room for the signature and seal, the name. */
function signatureBlock(s: Signature): Paragraph[] {
  const c = AlignmentType.CENTER;
  return [
    ...(s.authority ? [para([run(s.authority.toUpperCase(), { bold: true })], { alignment: c })] : []),
    para([run(s.position.toUpperCase(), { bold: true })], { alignment: c }),
    ...(s.hint ? [para([run(s.hint, { size: 13, italics: true })], { alignment: c })] : []),
    para('', { spacing: { before: 1400 } }),
    para([run(s.name, { bold: true })], { alignment: c }),
  ];
}

/** Two signature blocks side by side (left, right). */
export function twoSigners(width: number, left: Signature, right: Signature): Table {
  const half = Math.floor(width / 2);
  return grid([half, width - half], [[signatureBlock(left), signatureBlock(right)]]);
}

/** One signer at the right of a wide (landscape) page, where the Quốc hiệu stands above. */
export function signerRight(width: number, sig: Signature): Table {
  const right = 6000;
  return grid([width - right, right], [[[para('')], signatureBlock(sig)]]);
}

export interface PersonInfo {
  type: 'person';
  fullName: string; gender: string; birthDate: string | null; birthYear: number | null; ethnicity: string; position: string;
  unitName: string | null; collectiveName: string | null;
}
export interface CollectiveInfo { type: 'collective'; name: string; kind: string; memberCount: number; unitName: string | null }

/** The nominee's own record (person or collective), read fresh for the printout. */
export function subjectInfo(ctx: ServiceContext, n: Nominee): PersonInfo | CollectiveInfo | null {
  if (n.subjectType === 'person') {
    const r = ctx.sqlite
      .prepare(
        `SELECT p.full_name fullName, p.gender, p.birth_date birthDate, p.birth_year birthYear, p.ethnicity, p.position,
                u.name unitName, c.name collectiveName
           FROM people p LEFT JOIN units u ON u.id = p.unit_id LEFT JOIN collectives c ON c.id = p.collective_id WHERE p.id = ?`,
      )
      .get(n.subjectId) as Omit<PersonInfo, 'type'> | undefined;
    return r ? { type: 'person', ...r } : null;
  }
  const r = ctx.sqlite
    .prepare('SELECT c.name, c.kind, c.member_count memberCount, u.name unitName FROM collectives c LEFT JOIN units u ON u.id = c.unit_id WHERE c.id = ?')
    .get(n.subjectId) as Omit<CollectiveInfo, 'type'> | undefined;
  return r ? { type: 'collective', ...r } : null;
}

/** "Công chức Văn phòng - Thống kê, Xã Tân Phong" / "Thôn, tổ dân phố, Xã Tân Phong". */
export const kindLabel = (kind: string) => COLLECTIVE_KIND_LABELS[kind as CollectiveKind] ?? kind;

export function positionAndUnit(info: PersonInfo | CollectiveInfo | null): string {
  if (!info) return '';
  if (info.type === 'person') return [info.position, info.collectiveName, info.unitName].filter(Boolean).join(', ');
  return [kindLabel(info.kind), info.unitName].filter(Boolean).join(', ');
}
