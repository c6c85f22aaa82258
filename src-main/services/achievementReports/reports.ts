import { and, eq, inArray } from 'drizzle-orm';
import type { AchievementReport, AwardHistoryRow, Dossier, Nominee } from '../../../src-shared/api';
import { ethnicityName } from '../../../src-shared/catalog/ethnicities';
import { GENDER_LABELS, type Gender } from '../../../src-shared/catalog/people';
import {
  estimatedPages, historyTableOf, pageLimitWarning, particularsOf, reportProblems, reportSubjectOf, sectionsOf, toParagraphs,
  type ReportContent, type ReportForm, type ReportSubject, type ReportTableRow,
} from '../../../src-shared/rules/reportForms';
import { awardIn, type RuleSet } from '../../../src-shared/rules/catalogue';
import { formatDate } from '../../../src-shared/text';
import { awardHistory } from '../../db/schema';
import { AppError, notFound } from '../../errors';
import { inTransaction, isoNow, writeAudit, type ServiceContext } from '../core';
import { awardDef, bump, getDossierRow, listHistory, listNominees, owned, ruleSet } from '../dossiers';
import { formFor } from './forms';

/*
 * Báo cáo thành tích per dossier nominee, by the decree's form. Until the clerk saves one, the
 * report is filled from the registry (particulars) and the award history (the two tables), with
 * the nominee's older free-text report as the first achievements section.
 */

interface Row { nomineeId: string; dossierId: string; templateId: string; templateVersion: number; content: string; rev: number; updatedAt: string }

interface Loaded { dossier: Dossier; nominee: Nominee; form: ReportForm; subject: ReportSubject; awardPhrase: string }

const ROUND_WORDS: Record<string, string> = { annual: 'thường xuyên', adhoc: 'đột xuất', thematic: 'chuyên đề' };

/** A dossier and its nominee already read (a printed set reads them once for all its reports). */
export interface ReportSource {
  dossier: Dossier;
  nominee: Nominee;
  /** What a printed set read once for all its reports (reportSetData); absent: read for this report alone. */
  set?: ReportSetData;
}

/** The registry's row of a nominee's subject, as the set's print data holds it (null: not in the registry). */
export type RegistrySubject =
  | { type: 'person'; fullName: string; gender: string; birthDate: string | null; birthYear: number | null; ethnicity: string; position: string; unitName: string | null; collectiveName: string | null
      homeTown: string; residence: string; qualification: string; academicRank: string }
  | { type: 'collective'; name: string; memberCount: number; unitName: string | null };

/**
 * Everything the reports of one dossier read besides the dossier and the nominee, read in a
 * handful of statements for the whole set instead of four or five per report: the rule set of the
 * reference date, the movement's name, the saved reports, the award history of every nominee, and
 * the registry rows (the set's print data has them already).
 */
export interface ReportSetData {
  ruleSet: RuleSet;
  movementName: string | null;
  saved: Map<string, Row>;
  /** By subject: "person:ID", "collective:ID". */
  history: Map<string, AwardHistoryRow[]>;
  registry: Map<string, RegistrySubject | null>;
}

const HISTORY_CHUNK = 500;

/** The set's report data for `nominees` of `dossier` (registry rows by nominee id, as print/dossier reads them). */
export function reportSetData(
  ctx: ServiceContext,
  given: { dossier: Dossier; nominees: Nominee[]; ruleSet: RuleSet; movementName: string | null; registry: Map<string, RegistrySubject | null> },
): ReportSetData {
  const saved = new Map<string, Row>();
  const rows = ctx.sqlite
    .prepare(
      `SELECT r.nominee_id nomineeId, r.dossier_id dossierId, r.template_id templateId, r.template_version templateVersion, r.content, r.rev, r.updated_at updatedAt
         FROM achievement_reports r JOIN dossier_nominees n ON n.id = r.nominee_id WHERE n.dossier_id = ?`,
    )
    .all(given.dossier.id) as Row[];
  for (const r of rows) saved.set(r.nomineeId, r);
  // Only the history of those without a saved report is printed (a saved report has its own tables).
  const history = new Map<string, AwardHistoryRow[]>();
  const ids = [...new Set(given.nominees.filter((n) => !saved.has(n.id)).map((n) => n.subjectId))];
  for (let i = 0; i < ids.length; i += HISTORY_CHUNK) {
    const found = ctx.db
      .select()
      .from(awardHistory)
      .where(and(inArray(awardHistory.subjectId, ids.slice(i, i + HISTORY_CHUNK)), eq(awardHistory.deleted, false)))
      .orderBy(awardHistory.year, awardHistory.awardName)
      .all() as AwardHistoryRow[];
    for (const h of found) {
      const key = `${h.subjectType}:${h.subjectId}`;
      const list = history.get(key);
      if (list) list.push(h);
      else history.set(key, [h]);
    }
  }
  return { ruleSet: given.ruleSet, movementName: given.movementName, saved, history, registry: given.registry };
}

function load(ctx: ServiceContext, nomineeId: string, known?: ReportSource): Loaded {
  let dossier: Dossier;
  let nominee: Nominee | undefined;
  if (known) {
    ({ dossier, nominee } = known);
  } else {
    const ref = ctx.sqlite.prepare('SELECT dossier_id dossierId FROM dossier_nominees WHERE id = ?').get(nomineeId) as { dossierId: string } | undefined;
    if (!ref) throw notFound('người được đề nghị');
    dossier = getDossierRow(ctx, ref.dossierId);
    nominee = listNominees(ctx, dossier.id).find((n) => n.id === nomineeId);
  }
  if (!nominee) throw notFound('người được đề nghị');
  const award = known?.set ? awardIn(known.set.ruleSet, dossier.awardCode) : awardDef(ctx, dossier.awardCode, dossier.referenceDate);
  const awardSubject = award?.subject ?? (nominee.subjectType === 'collective' ? 'collective' : 'individual');
  const form = formFor({ awardSubject, dossierRound: dossier.round, referenceDate: dossier.referenceDate, catalogueForm: award?.reportForm ?? null });
  if (!form) {
    throw new AppError(
      'NO_REPORT_FORM',
      `Chưa có mẫu báo cáo thành tích cho ngày tham chiếu ${formatDate(dossier.referenceDate)} (các mẫu có từ 01/01/2024). Hãy kiểm tra ngày tham chiếu của hồ sơ.`,
    );
  }
  const movement = known?.set ? known.set.movementName : dossier.movementId
    ? ((ctx.sqlite.prepare('SELECT name FROM movements WHERE id = ?').get(dossier.movementId) as { name: string } | undefined)?.name ?? null)
    : null;
  return { dossier, nominee, form, subject: reportSubjectOf(awardSubject), awardPhrase: phrase(dossier, award?.kind, movement) };
}

/** "danh hiệu “Chiến sĩ thi đua cơ sở” năm 2025", "Giấy khen (khen thưởng đột xuất) năm 2025". */
function phrase(d: Dossier, kind: string | undefined, movement: string | null): string {
  const bare = d.awardName.replace(/\s*\((cá nhân|tập thể)\)$/u, '');
  const name = kind === 'title' ? `danh hiệu “${bare}”` : bare;
  if (d.round === 'thematic') return movement ? `${name} trong ${movement}` : `${name} theo chuyên đề năm ${d.year}`;
  if (d.round === 'adhoc') return `${name} (khen thưởng đột xuất) năm ${d.year}`;
  return `${name} năm ${d.year}`;
}

/** Particulars from the registry: what it knows; quê quán, trú quán, trình độ… when the person form has them; the rest the clerk types. */
function registryParticulars(ctx: ServiceContext, n: Nominee, form: ReportForm, subject: ReportSubject, set?: ReportSetData): Record<string, string> {
  const out: Record<string, string> = {};
  const known = set ? (set.registry.get(n.id) ?? null) : undefined;
  if (n.subjectType === 'person') {
    const p = known !== undefined ? (known?.type === 'person' ? known : undefined) : ctx.sqlite
      .prepare(
        `SELECT p.full_name fullName, p.gender, p.birth_date birthDate, p.birth_year birthYear, p.ethnicity, p.position, u.name unitName, c.name collectiveName,
                p.home_town homeTown, p.residence, p.qualification, p.academic_rank academicRank
           FROM people p LEFT JOIN units u ON u.id = p.unit_id LEFT JOIN collectives c ON c.id = p.collective_id WHERE p.id = ?`,
      )
      .get(n.subjectId) as
      | { fullName: string; gender: string; birthDate: string | null; birthYear: number | null; ethnicity: string; position: string; unitName: string | null; collectiveName: string | null
          homeTown: string; residence: string; qualification: string; academicRank: string }
      | undefined;
    if (p) {
      Object.assign(out, {
        fullName: p.fullName,
        birthDate: formatDate(p.birthDate) || (p.birthYear ? String(p.birthYear) : ''),
        gender: GENDER_LABELS[p.gender as Gender] ?? p.gender,
        ethnicity: ethnicityName(p.ethnicity),
        position: p.position,
        workplace: [p.collectiveName, p.unitName].filter(Boolean).join(', '),
        homeTown: p.homeTown,
        residence: p.residence,
        qualification: p.qualification,
        academicRank: p.academicRank,
      });
    }
  } else {
    const c = known !== undefined ? (known?.type === 'collective' ? known : undefined) : ctx.sqlite
      .prepare('SELECT c.name, c.member_count memberCount, u.name unitName FROM collectives c LEFT JOIN units u ON u.id = c.unit_id WHERE c.id = ?')
      .get(n.subjectId) as { name: string; memberCount: number; unitName: string | null } | undefined;
    if (c) Object.assign(out, { name: c.name, headcount: String(n.collectiveFacts?.members ?? c.memberCount) });
  }
  const keys = new Set(particularsOf(form, subject).map((p) => p.key));
  return Object.fromEntries(Object.entries(out).filter(([k, v]) => keys.has(k) && v));
}

/** The nominee's award history as the form's two tables. */
function historyTables(ctx: ServiceContext, l: Loaded, set?: ReportSetData): Pick<ReportContent, 'titles' | 'commendations'> {
  const awards = set ? set.ruleSet.awards : (() => {
    try {
      return ruleSet(ctx, l.dossier.referenceDate).awards;
    } catch {
      return [];
    }
  })();
  const kindOf = (code: string) => awards.find((a) => a.code === code)?.kind;
  const out: Pick<ReportContent, 'titles' | 'commendations'> = { titles: [], commendations: [] };
  const history = set ? (set.history.get(`${l.nominee.subjectType}:${l.nominee.subjectId}`) ?? []) : listHistory(ctx, l.nominee.subjectType, l.nominee.subjectId);
  for (const h of history) {
    const row: ReportTableRow = { year: h.year, name: h.awardName, decisionNumber: h.decisionNumber, decisionDate: h.decisionDate, issuer: h.issuer };
    out[historyTableOf(h.awardCode, h.awardName, kindOf)].push(row);
  }
  return out;
}

function prefilled(ctx: ServiceContext, l: Loaded, set?: ReportSetData): ReportContent {
  const all = sectionsOf(l.form, l.subject);
  const first = all.find((s) => s.key === 'results' || s.key === 'deed') ?? all.find((s) => s.part === 'II');
  const legacy = toParagraphs(l.nominee.report);
  return {
    particulars: registryParticulars(ctx, l.nominee, l.form, l.subject, set),
    sections: first && legacy.length ? { [first.key]: legacy } : {},
    ...historyTables(ctx, l, set),
  };
}

/** A saved report read against the form in force: keys the form does not have are left out. */
function fitted(form: ReportForm, subject: ReportSubject, c: ReportContent): ReportContent {
  const ps = new Set(particularsOf(form, subject).map((p) => p.key));
  const ss = new Set(sectionsOf(form, subject).map((s) => s.key));
  return {
    particulars: Object.fromEntries(Object.entries(c.particulars).filter(([k]) => ps.has(k))),
    sections: Object.fromEntries(Object.entries(c.sections).filter(([k]) => ss.has(k))),
    titles: c.titles,
    commendations: c.commendations,
  };
}

const savedRow = (ctx: ServiceContext, nomineeId: string) =>
  ctx.sqlite
    .prepare('SELECT nominee_id nomineeId, dossier_id dossierId, template_id templateId, template_version templateVersion, content, rev, updated_at updatedAt FROM achievement_reports WHERE nominee_id = ?')
    .get(nomineeId) as Row | undefined;

function view(l: Loaded, content: ReportContent, row: Row | undefined): AchievementReport {
  const pages = estimatedPages(l.form, l.subject, content);
  return {
    nomineeId: l.nominee.id, dossierId: l.dossier.id, name: l.nominee.name, subject: l.subject, awardPhrase: l.awardPhrase, form: l.form,
    content, saved: !!row, rev: row?.rev ?? null, editable: l.dossier.editable, estimatedPages: pages,
    pageWarning: pageLimitWarning(l.form, pages, l.nominee.name),
  };
}

export function getAchievementReport(ctx: ServiceContext, nomineeId: string, known?: ReportSource): AchievementReport {
  const l = load(ctx, nomineeId, known);
  const row = known?.set ? known.set.saved.get(nomineeId) : savedRow(ctx, nomineeId);
  const content = row ? fitted(l.form, l.subject, JSON.parse(row.content) as ReportContent) : prefilled(ctx, l, known?.set);
  return view(l, content, row);
}

/**
 * The report and its form, for print: the saved one, or the one filled from the registry and the
 * history; the set's dossier and nominee are passed in, so 200 reports do not read the nominee
 * list 200 times.
 */
export const reportForPrint = (ctx: ServiceContext, source: ReportSource): AchievementReport => getAchievementReport(ctx, source.nominee.id, source);

const clean = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

function normalized(c: ReportContent): ReportContent {
  const row = (r: ReportTableRow): ReportTableRow => ({ ...r, name: clean(r.name), decisionNumber: clean(r.decisionNumber), issuer: clean(r.issuer) });
  return {
    particulars: Object.fromEntries(Object.entries(c.particulars).map(([k, v]) => [k, v.normalize('NFC').trim()])),
    sections: Object.fromEntries(Object.entries(c.sections).map(([k, v]) => [k, toParagraphs(v.join('\n'))])),
    titles: c.titles.map(row),
    commendations: c.commendations.map(row),
  };
}

export function saveAchievementReport(
  ctx: ServiceContext,
  input: { nomineeId: string; templateId: string; templateVersion: number; content: ReportContent },
): AchievementReport {
  const l = load(ctx, input.nomineeId);
  if (!l.dossier.editable) throw new AppError('READ_ONLY', 'Hồ sơ này do đơn vị khác lập nên không sửa được báo cáo thành tích.');
  if (input.templateId !== l.form.id || input.templateVersion > l.form.version) {
    throw new AppError(
      'FORM_MISMATCH',
      `Mẫu báo cáo “${input.templateId}” không phù hợp với ${l.dossier.awardName} (${l.subject === 'individual' ? 'cá nhân' : 'tập thể'}, ${ROUND_WORDS[l.dossier.round] ?? l.dossier.round}, ngày tham chiếu ${formatDate(l.dossier.referenceDate)}): hồ sơ này dùng mẫu “${l.form.name}”. Hãy mở lại báo cáo để soạn theo đúng mẫu.`,
    );
  }
  const content = normalized(input.content);
  const problems = reportProblems(l.form, l.subject, content);
  if (problems.length) throw new AppError('INVALID_INPUT', problems[0]!.message, problems.map((p) => ({ path: `content.${p.field}`, message: p.message })));
  return inTransaction(ctx, () => {
    const before = savedRow(ctx, input.nomineeId);
    const after: Row = {
      nomineeId: l.nominee.id, dossierId: l.dossier.id, templateId: l.form.id, templateVersion: l.form.version,
      content: JSON.stringify(content), rev: (before?.rev ?? 0) + 1, updatedAt: isoNow(ctx),
    };
    ctx.sqlite
      .prepare(
        `INSERT INTO achievement_reports (nominee_id, dossier_id, template_id, template_version, content, rev, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(nominee_id) DO UPDATE SET dossier_id = excluded.dossier_id, template_id = excluded.template_id,
           template_version = excluded.template_version, content = excluded.content, rev = excluded.rev, updated_at = excluded.updated_at`,
      )
      .run(after.nomineeId, after.dossierId, after.templateId, after.templateVersion, after.content, after.rev, after.updatedAt);
    const json = (r: Row | undefined) => (r ? { ...r, content: JSON.parse(r.content) as unknown } : undefined);
    writeAudit(ctx, { action: before ? 'update' : 'create', entity: 'achievement-report', entityId: l.nominee.id, before: json(before), after: json(after) });
    // The report travels with its dossier (the dossier record): a changed report is a new rev to send.
    bump(ctx, owned(ctx, l.dossier.id), {}, 'achievement report');
    return view(l, content, after);
  });
}
