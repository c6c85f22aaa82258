import crypto from 'node:crypto';
import tt02v1 from '../../../resources/reports/statistics/tt02-2023.v1.json';
import { statTemplateSchema, templateForYear, type StatForm, type StatTemplate } from '../../../src-shared/rules/statistics';
import { AppError } from '../../errors';

/**
 * The statistical report templates shipped with the app, one file per regime and version. Each
 * version is frozen: its fingerprint (SHA-256 of its canonical JSON) is written here when it is
 * added, and a file that no longer matches is refused, so a version is never edited in place; a
 * newer regime (Thông tư 18/2025/TT-BNV once its forms are at hand) is a new file and a new line.
 */
export const SHIPPED_TEMPLATES: { file: string; json: unknown; sha256: string }[] = [
  { file: 'tt02-2023.v1.json', json: tt02v1, sha256: 'b389935c239b0e176b8ab1736031d50e0ae470e8f06fe4fd5f33de4ec659f4b0' },
];

/** JSON with object keys sorted, so the fingerprint does not depend on formatting. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

export const templateFingerprint = (json: unknown) => crypto.createHash('sha256').update(canonicalJson(json)).digest('hex');

/** Parses and checks shipped templates: a changed version, or two files claiming one version, is a build defect. */
export function loadTemplates(shipped: { file: string; json: unknown; sha256: string }[]): StatTemplate[] {
  const seen = new Set<string>();
  return shipped.map((s) => {
    const fp = templateFingerprint(s.json);
    if (fp !== s.sha256) throw new Error(`statistics template ${s.file} was changed after it shipped (sha256 ${fp}); add a new version instead`);
    const t = statTemplateSchema.parse(s.json);
    const key = `${t.id}@${t.version}`;
    if (seen.has(key)) throw new Error(`statistics template ${key} shipped twice`);
    seen.add(key);
    return t;
  });
}

let cache: StatTemplate[] | null = null;
export function statisticsTemplates(): StatTemplate[] {
  cache ??= loadTemplates(SHIPPED_TEMPLATES);
  return cache;
}

/** The template and form for a report year, or a Vietnamese reason why there is none. */
export function formForYear(code: string, year: number, templates = statisticsTemplates()): { template: StatTemplate; form: StatForm } {
  const template = templateForYear(templates, year);
  if (!template) {
    const from = Math.min(...templates.map((t) => t.yearFrom));
    throw new AppError('NO_TEMPLATE', `Chưa có mẫu báo cáo thống kê cho năm ${year}: các mẫu hiện có áp dụng từ năm ${from}.`);
  }
  const form = template.forms.find((f) => f.code === code);
  if (!form) {
    throw new AppError('NO_FORM', `Chế độ báo cáo áp dụng cho năm ${year} (${template.regime}) không có biểu ${code}. Các biểu hiện có: ${template.forms.map((f) => f.code).join(', ')}.`);
  }
  return { template, form };
}

/** The day the year's statistical report is due and its forms, by the template in force (null when none is). */
export function statisticsDeadline(year: number, templates = statisticsTemplates()): { date: string; forms: string[]; receiver: string } | null {
  const t = templateForYear(templates, year);
  if (!t) return null;
  return { date: `${year}-${String(t.deadline.month).padStart(2, '0')}-${String(t.deadline.day).padStart(2, '0')}`, forms: t.forms.map((f) => f.code), receiver: t.receiver };
}
