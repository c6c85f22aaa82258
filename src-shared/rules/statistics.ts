/**
 * Báo cáo thống kê (the annual statistical forms on thi đua, khen thưởng) as versioned data:
 * resources/reports/statistics/<regime>.v<N>.json holds the forms of one reporting regime
 * (Thông tư 02/2023/TT-BNV: 0601.N … 0605.N): their rows, columns and how each cell is counted.
 * A newer regime is a new file with a new version, never an edit of an old one; the report of a
 * year uses the version in force for that year (`templateForYear`).
 */
import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/);
const label = z.string().min(1).max(300);
const values = z.array(z.string().min(1).max(40)).min(1);
const match = z.record(z.string().min(1).max(40), values);

export const statColumnSchema = z.strictObject({
  id,
  label,
  /** A header over several columns ("Huân chương" over "Tập thể", "Cá nhân"). */
  group: label.optional(),
  /** The row's records counted once, whatever column they fall in. */
  total: z.boolean().optional(),
  /** Award codes of the catalogue counted here. */
  codes: z.array(z.string().min(1).max(40)).optional(),
  /** Or an award outside the catalogue, by its name folded (no diacritics, lower case). */
  namePattern: z.string().max(300).optional(),
  /** And the record's dimensions must take these values. */
  match: match.optional(),
});
export type StatColumn = z.infer<typeof statColumnSchema>;

export const statLeafRowSchema = z.strictObject({ id, code: z.string().max(8), label, values, dimension: z.string().max(40).optional() });

export const statRowSchema = statLeafRowSchema.extend({
  /** "Trong đó": rows counting a part of this one (each ≤ it). */
  ofWhich: z.array(statLeafRowSchema.extend({ dimension: z.string().min(1).max(40) })).optional(),
  /** "Chia ra": rows dividing this one by another dimension (they add up to it). */
  split: z.strictObject({ dimension: z.string().min(1).max(40), rows: z.array(statLeafRowSchema).min(1) }).optional(),
});
export type StatRow = z.infer<typeof statRowSchema>;

export const statSectionSchema = z.strictObject({
  id,
  label,
  /** The record's dimension the section's rows divide (every record must fall in one row). */
  dimension: z.string().min(1).max(40),
  /** One row per value found in the data (units), labelled from the data. */
  dynamic: z.boolean().optional(),
  rows: z.array(statRowSchema).optional(),
});
export type StatSection = z.infer<typeof statSectionSchema>;

export const statFormSchema = z.strictObject({
  code: z.string().regex(/^\d{4}\.N$/),
  title: label,
  /** What the cells count: award history records, movements, or nothing the app keeps (cells filled by hand). */
  source: z.enum(['awards', 'movements', 'none']),
  /** What of the layout is not checked against the circular's text. */
  unconfirmed: z.string().max(2000).optional(),
  columns: z.array(statColumnSchema).min(1),
  /** The shared award sections of the file ("awards"), or the form's own. */
  sections: z.union([z.literal('awards'), z.array(statSectionSchema)]).optional(),
  /** For source "none": the rows printed with empty cells. */
  manualRows: z.array(z.strictObject({ id, code: z.string().max(8), label })).optional(),
});
export type StatForm = z.infer<typeof statFormSchema>;

export const personGroupRuleSchema = z.strictObject({
  value: z.string().min(1).max(40),
  positionPattern: z.string().max(500).optional(),
  directLabor: z.boolean().optional(),
});

export const statTemplateSchema = z.strictObject({
  id,
  version: z.number().int().min(1),
  regime: label,
  /** The act's short name, printed "Ban hành kèm theo …" under the form number. */
  basis: label,
  yearFrom: z.number().int().min(2000).max(2100),
  yearTo: z.number().int().min(2000).max(2100).nullable(),
  deadline: z.strictObject({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31), label }),
  receiver: label,
  note: z.string().max(3000),
  /** Cá nhân by leadership level: the first rule that fits the person's position (folded) or flag. */
  personGroups: z.array(personGroupRuleSchema),
  forms: z.array(statFormSchema).min(1),
  awardSections: z.array(statSectionSchema),
});
export type StatTemplate = z.infer<typeof statTemplateSchema>;

/** The template in force for a report year: the newest version whose years cover it (null when none does). */
export function templateForYear<T extends Pick<StatTemplate, 'version' | 'yearFrom' | 'yearTo'>>(templates: T[], year: number): T | null {
  return (
    templates
      .filter((t) => t.yearFrom <= year && (t.yearTo === null || year <= t.yearTo))
      .sort((a, b) => b.yearFrom - a.yearFrom || b.version - a.version)[0] ?? null
  );
}

/** The sections of a form, the file's shared award sections resolved. */
export function formSections(t: Pick<StatTemplate, 'awardSections'>, f: StatForm): StatSection[] {
  if (f.sections === 'awards') return t.awardSections;
  return f.sections ?? [];
}

/** The form codes a template carries, in order. */
export const formCodes = (t: Pick<StatTemplate, 'forms'>) => t.forms.map((f) => f.code);
