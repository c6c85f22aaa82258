import type { Dossier, DocumentSettings, DossierDecision, Nominee, OutgoingNumber } from '../../../src-shared/api';
import { routeFor, type AwardDef, type DeciderRoute, type RuleSet } from '../../../src-shared/rules/catalogue';
import { percentRounded, reaches } from '../../../src-shared/rules/format';
import { selectNominees, type Selection, type SelectionCandidate, type Verdict } from '../../../src-shared/rules/selection';
import { dossierDecision, dossierEligibility, dossierMembership, getDossier, ruleSet } from '../../services/dossiers';
import type { ServiceContext } from '../../services/core';
import { getDocumentSettings, numberFor, requireInstallation, type InstallationRow } from '../../services/installation';

/**
 * Everything a dossier's printed set needs, read ONCE: the dossier and its nominees with their
 * records, the award as the rule set of the reference date defines it (threshold, who decides),
 * the document settings, the vote of each nominee, the one selection every paper of the set
 * uses, and the decision and numbers recorded for it. Builders only format from here.
 */
export interface DossierPrint {
  dossier: Dossier;
  /** Everyone voted on (the biên bản); `selected` are those the set proposes. */
  nominees: Nominee[];
  selected: Nominee[];
  /**
   * Those the quyết định and the certificates name: once an upper level's decision with outcomes
   * is recorded, exactly the nominees it awarded (a per-nominee decision may award fewer than
   * were proposed); before that, the selection.
   */
  awarded: Nominee[];
  selection: Selection<Candidate>;
  award: AwardDef | undefined;
  ruleSet: RuleSet;
  /** Share of the council's TOTAL membership that must vote yes; null = no vote required. */
  threshold: number | null;
  secretBallot: boolean;
  me: InstallationRow;
  unit: { id: string; name: string; level: string; parentName: string | null; parentLevel: string | null; provinceName: string | null };
  movementName: string | null;
  settings: DocumentSettings;
  /** Địa danh from the settings. */
  place: string;
  /** A commune (or other administrative unit) writes and signs as its Ủy ban nhân dân. */
  administrative: boolean;
  route: DeciderRoute | null;
  info: Map<string, PersonInfo | CollectiveInfo | null>;
  /** Which rule set judges the dossier; printed when the achievement year began under an earlier one. */
  statement: { paperText: string | null };
  votes: Map<string, VoteLine>;
  /** The decision recorded for the dossier (the upper level's, or the unit's own quyết định). */
  decision: RecordedDecision | null;
  /** The tờ trình's number in the register, when taken. */
  toTrinhNumber: OutgoingNumber | null;
  now: Date;
}

export interface Candidate extends SelectionCandidate { nominee: Nominee }

export interface PersonInfo {
  type: 'person';
  fullName: string; gender: string; birthDate: string | null; birthYear: number | null; ethnicity: string; position: string;
  unitName: string | null; collectiveName: string | null;
  /** Quê quán, trú quán, trình độ chuyên môn, học hàm/học vị ('' when not known): the báo cáo's particulars. */
  homeTown: string; residence: string; qualification: string; academicRank: string;
}
export interface CollectiveInfo { type: 'collective'; name: string; kind: string; memberCount: number; unitName: string | null }

export interface VoteLine {
  /** "8/10" or "—" when no vote was recorded. */
  yes: string;
  /** Share of the TOTAL membership, rounded half up: "88,9%", or "—". */
  share: string;
  /** "Đạt" / "Không đạt"; "—" when the award needs no vote; "Chưa có phiếu" when it does and none was entered. */
  result: string;
  passed: boolean | null;
}

export interface RecordedDecision { number: string; date: string; issuer: string }

export const ADMIN_WORD = /^(Xã|Phường|Đặc khu|Thị trấn|Tỉnh|Thành phố|Huyện|Quận|Thị xã)\s+/u;

/**
 * The decision recorded for a dossier: the upper level's "decided" status (record_status.decision),
 * else the quyết định this unit numbered for it in its register. Per-nominee decisions at the
 * province extend this one function.
 */
export function recordedDecision(ctx: ServiceContext, dossierId: string, upper = dossierDecision(ctx, dossierId)): RecordedDecision | null {
  if (upper?.decision && upper.nominees.some((n) => n.status === 'decided')) {
    return { number: upper.decision.number, date: upper.decision.date, issuer: upper.decision.issuer };
  }
  const s = ctx.sqlite.prepare(`SELECT decision FROM record_status WHERE record_type = 'dossier' AND record_id = ? AND status = 'decided'`).get(dossierId) as
    | { decision: string | null }
    | undefined;
  if (s?.decision) {
    const d = JSON.parse(s.decision) as Partial<RecordedDecision>;
    if (d.number && d.date) return { number: d.number, date: d.date, issuer: d.issuer ?? '' };
  }
  const own = numberFor(ctx, 'dossier', dossierId, ['quyet-dinh']);
  return own ? { number: own.printed, date: own.issuedOn, issuer: '' } : null;
}

function awardedBy(upper: DossierDecision | null, nominees: Nominee[], selected: Nominee[]): Nominee[] {
  if (!upper) return selected;
  const decided = new Set(upper.nominees.filter((n) => n.status === 'decided').map((n) => n.nomineeId));
  return nominees.filter((n) => decided.has(n.id));
}

/** The registry rows of the dossier's nominees (of one nominee, when `nomineeId` is given), by nominee id. */
export function infos(ctx: ServiceContext, dossierId: string, nomineeId?: string): Map<string, PersonInfo | CollectiveInfo | null> {
  const one = nomineeId ? ' AND n.id = ?' : '';
  const args = nomineeId ? [dossierId, nomineeId] : [dossierId];
  const people = ctx.sqlite
    .prepare(
      `SELECT n.id nomineeId, p.full_name fullName, p.gender, p.birth_date birthDate, p.birth_year birthYear, p.ethnicity, p.position,
              u.name unitName, c.name collectiveName, p.home_town homeTown, p.residence, p.qualification, p.academic_rank academicRank
         FROM dossier_nominees n JOIN people p ON p.id = n.subject_id
         LEFT JOIN units u ON u.id = p.unit_id LEFT JOIN collectives c ON c.id = p.collective_id
        WHERE n.dossier_id = ? AND n.subject_type = 'person'${one}`,
    )
    .all(...args) as (Omit<PersonInfo, 'type'> & { nomineeId: string })[];
  const collectives = ctx.sqlite
    .prepare(
      `SELECT n.id nomineeId, c.name, c.kind, c.member_count memberCount, u.name unitName
         FROM dossier_nominees n JOIN collectives c ON c.id = n.subject_id LEFT JOIN units u ON u.id = c.unit_id
        WHERE n.dossier_id = ? AND n.subject_type = 'collective'${one}`,
    )
    .all(...args) as (Omit<CollectiveInfo, 'type'> & { nomineeId: string })[];
  const out = new Map<string, PersonInfo | CollectiveInfo | null>();
  for (const { nomineeId, ...r } of people) out.set(nomineeId, { type: 'person', ...r });
  for (const { nomineeId, ...r } of collectives) out.set(nomineeId, { type: 'collective', ...r });
  return out;
}

function voteOf(threshold: number | null, total: number | null, n: Nominee): VoteLine {
  const has = n.voteYes !== null && total !== null && total > 0;
  const yes = has ? `${n.voteYes}/${total}` : '—';
  const share = has ? percentRounded(n.voteYes!, total!) : '—';
  if (threshold === null) return { yes, share, result: '—', passed: null };
  if (!has) return { yes, share, result: 'Chưa có phiếu', passed: null };
  const passed = reaches(n.voteYes!, total!, threshold);
  return { yes, share, result: passed ? 'Đạt' : 'Không đạt', passed };
}

/** The worst verdict of the criteria other than the vote (the vote is judged by the set's threshold). */
const criteriaVerdict = (criteria: { id: string; result: Verdict }[]): Verdict =>
  criteria.some((c) => c.id !== 'vote' && c.id !== 'own-unit' && c.result === 'fail') ? 'fail'
    : criteria.some((c) => c.id !== 'vote' && c.id !== 'own-unit' && c.result === 'evidence') ? 'evidence' : 'pass';

/** The proposing unit as the heading and the routes need it (its parent, its province), else the installation's. */
export function unitOf(ctx: ServiceContext, dossier: Dossier, me: InstallationRow): DossierPrint['unit'] {
  return (ctx.sqlite
    .prepare(
      `SELECT u.id, u.name, u.level, p.name parentName, p.level parentLevel,
              CASE WHEN u.level = 'province' THEN u.name WHEN p.level = 'province' THEN p.name ELSE (SELECT g.name FROM units g WHERE g.id = p.parent_id AND g.level = 'province') END provinceName
         FROM units u LEFT JOIN units p ON p.id = u.parent_id WHERE u.id = ?`,
    )
    .get(dossier.proposingUnitId) as DossierPrint['unit'] | undefined) ??
    { id: me.unitId, name: me.unitName, level: me.level, parentName: me.parentName, parentLevel: null, provinceName: null };
}

export const movementOf = (ctx: ServiceContext, dossier: Dossier): string | null =>
  dossier.movementId
    ? ((ctx.sqlite.prepare('SELECT name FROM movements WHERE id = ?').get(dossier.movementId) as { name: string } | undefined)?.name ?? null)
    : null;

export function loadDossierPrint(ctx: ServiceContext, dossierId: string): DossierPrint {
  const me = requireInstallation(ctx);
  const settings = getDocumentSettings(ctx);
  const { dossier, nominees } = getDossier(ctx, dossierId);
  const rs = ruleSet(ctx, dossier.referenceDate);
  const award = rs.awards.find((a) => a.code === dossier.awardCode);
  // The council's own setting, else the rule set's parameter (as the eligibility engine); null = no vote needed.
  const threshold = award && award.vote.threshold !== null ? (settings.council.voteThreshold ?? rs.parameters.voteThresholds[award.code] ?? award.vote.threshold) : null;
  const unit = unitOf(ctx, dossier, me);
  const movementName = movementOf(ctx, dossier);
  const administrative = ['commune', 'district', 'province'].includes(unit.level) && ADMIN_WORD.test(unit.name);
  const votes = new Map(nominees.map((n) => [n.id, voteOf(threshold, dossier.councilTotal, n)]));
  const members = dossierMembership(ctx, dossierId);
  // The upper level's decision, read once for the QĐ's number and the nominees it awarded.
  const upper = dossierDecision(ctx, dossierId);
  const eligibility = dossierEligibility(ctx, dossierId);
  const verdicts = new Map(eligibility.nominees.map((e) => [e.nomineeId, criteriaVerdict(e.criteria)]));
  const selection = selectNominees<Candidate>(
    nominees.map((n) => ({
      id: n.id, name: n.name, nominee: n,
      vote: threshold === null ? 'not-required' : votes.get(n.id)!.passed,
      criteria: verdicts.get(n.id) ?? 'evidence',
      inUnit: members.get(n.id)?.inUnit ?? true,
    })),
    dossier.overrideReason,
  );
  return {
    dossier, nominees, selected: selection.selected.map((c) => c.nominee), awarded: awardedBy(upper, nominees, selection.selected.map((c) => c.nominee)),
    selection, award, ruleSet: rs, threshold,
    secretBallot: award?.vote.secretBallot ?? false, me, unit, movementName, settings, place: settings.placeName, administrative,
    route: routeFor(award, unit.level), info: infos(ctx, dossierId), votes, statement: eligibility.statement,
    decision: recordedDecision(ctx, dossierId, upper),
    toTrinhNumber: numberFor(ctx, 'dossier', dossierId, ['to-trinh', 'to-trinh-hd']),
    now: ctx.now(),
  };
}
