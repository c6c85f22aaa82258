/**
 * The award catalogue of one rule set as a flat list a clerk (or a script) reads: code, name,
 * level, who decides, the legal basis, the report forms, the documents and the rounds.
 */
import type { AwardDef, RuleSet } from './catalogue';
import { DECIDER_LABELS, type Decider } from './deciders';
import { REPORT_FORMS, awardReportFormFor, reportFormLabel } from './awardReportForms';
import { AWARD_KIND_LABELS, AWARD_SUBJECT_LABELS } from './vocab';

export const AWARD_LEVELS = ['nha-nuoc', 'tinh', 'co-so', 'chua-xac-dinh'] as const;
export type AwardLevel = (typeof AWARD_LEVELS)[number];
export const AWARD_LEVEL_LABELS: Record<AwardLevel, string> = {
  'nha-nuoc': 'Cấp Nhà nước',
  tinh: 'Cấp tỉnh',
  'co-so': 'Cấp cơ sở',
  'chua-xac-dinh': 'Chưa xác định',
};

/** The highest decider of any route: Chủ tịch nước / Thủ tướng → Nhà nước; Chủ tịch UBND tỉnh → tỉnh; else cơ sở. */
export function awardLevel(award: AwardDef): AwardLevel {
  const by = new Set<Decider>((award.routes ?? []).map((r) => r.decidedBy));
  if (by.has('president') || by.has('prime-minister')) return 'nha-nuoc';
  if (by.has('province-chairman')) return 'tinh';
  return by.size ? 'co-so' : 'chua-xac-dinh';
}

export function listAwards(rs: RuleSet) {
  return rs.awards.map((a) => ({
    code: a.code,
    name: a.name,
    kind: a.kind,
    kindLabel: AWARD_KIND_LABELS[a.kind],
    subject: a.subject,
    subjectLabel: AWARD_SUBJECT_LABELS[a.subject],
    level: awardLevel(a),
    levelLabel: AWARD_LEVEL_LABELS[awardLevel(a)],
    category: a.category,
    authority: a.authority,
    deciders: (a.routes ?? []).map((r) => ({
      levels: [...r.levels],
      decidedBy: r.decidedBy,
      decidedByLabel: DECIDER_LABELS[r.decidedBy],
      submitTo: r.submitTo,
      submitToLabel: DECIDER_LABELS[r.submitTo],
      viaProvinceBody: r.viaProvinceBody,
      citation: r.citation,
    })),
    legalBasis: a.legalBasis,
    sameTitleAs: a.sameTitleAs ?? null,
    reportForm: a.reportForm,
    reportFormName: REPORT_FORMS[a.reportForm].name,
    reportFormTemplate: reportFormLabel(a.reportForm),
    /** The form by the dossier's round: regular (annual), chuyên đề (thematic), đột xuất (adhoc). */
    reportForms: { annual: a.reportForm, thematic: awardReportFormFor(a, 'thematic'), adhoc: awardReportFormFor(a, 'adhoc') },
    requiredDocuments: a.requiredDocuments.map((d) => ({ code: d.code, name: d.name, template: d.template, copies: d.copies })),
    rounds: (a.rounds ?? []).map((r) => ({ ...r })),
    criteria: a.criteria.map((c) => ({ id: c.id, text: c.text, citation: c.citation, check: c.check })),
  }));
}
export type AwardListItem = ReturnType<typeof listAwards>[number];
