import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import shipped from '../../../resources/inspections/checklist.v1.json';
import { checklistSection, type InspectionTemplate, type InspectionTemplateSummary } from '../../../src-shared/api';
import { checklistItems, checklistProblems, type ChecklistSection } from '../../../src-shared/rules/inspections';
import { cleanText } from '../../../src-shared/text';
import { inspectionTemplates } from '../../db/schema';
import { fieldError, notFound } from '../../errors';
import { inTransaction, writeAudit, isoNow, type ServiceContext } from '../core';
import { originCode } from '../installation';

// Mẫu phiếu kiểm tra, stored immutable by version: saving an edit makes the next version of
// the same key, so a plan or an inspection that used a version reads exactly what it used.

type Row = typeof inspectionTemplates.$inferSelect;

const shippedSchema = z.object({
  id: z.string().uuid(), key: z.string().min(1), version: z.number().int().min(1), name: z.string().min(1), description: z.string(),
  sections: z.array(checklistSection).min(1),
});

/** The checklist shipped with the app (resources/inspections), parsed once: it is data, not state. */
let parsedShipped: z.output<typeof shippedSchema> | null = null;
export function shippedTemplate() {
  if (!parsedShipped) {
    const t = shippedSchema.parse(shipped);
    const problems = checklistProblems(t.sections);
    if (problems.length) throw new Error(`shipped inspection checklist is invalid: ${problems.join(' ')}`);
    parsedShipped = t;
  }
  return parsedShipped;
}

/** Loads the shipped checklist into the database the first time inspections are used. */
export function ensureDefaultTemplate(ctx: ServiceContext): void {
  const t = shippedTemplate();
  if (ctx.sqlite.prepare('SELECT 1 FROM inspection_templates WHERE id = ?').get(t.id)) return;
  inTransaction(ctx, () => {
    const now = isoNow(ctx);
    const row = {
      id: t.id, origin: originCode(ctx), rev: 1, createdAt: now, updatedAt: now, deleted: false, key: t.key, version: t.version,
      name: t.name, description: t.description, source: 'shipped', basedOnId: null, sections: JSON.stringify(t.sections),
    };
    ctx.db.insert(inspectionTemplates).values(row).run();
    writeAudit(ctx, { action: 'create', entity: 'inspection-template', entityId: row.id, after: { key: row.key, version: row.version, source: 'shipped' } });
  });
}

export function templateRow(ctx: ServiceContext, id: string): Row {
  ensureDefaultTemplate(ctx);
  const r = ctx.db.select().from(inspectionTemplates).where(eq(inspectionTemplates.id, id)).get();
  if (!r || r.deleted) throw notFound('mẫu phiếu kiểm tra');
  return r;
}

export const templateSections = (r: Pick<Row, 'sections'>) => JSON.parse(r.sections) as ChecklistSection[];

/** The id of the newest version of the shipped checklist's key: what a new plan uses unless told otherwise. */
export function latestDefaultTemplateId(ctx: ServiceContext): string {
  ensureDefaultTemplate(ctx);
  const r = ctx.sqlite
    .prepare('SELECT id FROM inspection_templates WHERE key = ? AND deleted = 0 ORDER BY version DESC, created_at DESC LIMIT 1')
    .get(shippedTemplate().key) as { id: string };
  return r.id;
}

function summarize(ctx: ServiceContext, r: Row): InspectionTemplateSummary {
  const used = ctx.sqlite
    .prepare('SELECT (SELECT count(*) FROM inspection_plans WHERE template_id = ? AND deleted = 0) + (SELECT count(*) FROM inspections WHERE template_id = ? AND deleted = 0) n')
    .get(r.id, r.id) as { n: number };
  // One newest version per key, as a new plan picks it (a received version may share its number with a local edit).
  const top = ctx.sqlite.prepare('SELECT id FROM inspection_templates WHERE key = ? AND deleted = 0 ORDER BY version DESC, created_at DESC LIMIT 1').get(r.key) as { id: string };
  return {
    id: r.id, origin: r.origin, rev: r.rev, createdAt: r.createdAt, updatedAt: r.updatedAt, key: r.key, version: r.version, name: r.name,
    description: r.description, source: r.source as InspectionTemplateSummary['source'], basedOnId: r.basedOnId,
    items: checklistItems(templateSections(r)).length, usedBy: used.n, latest: r.id === top.id,
  };
}

export function listTemplates(ctx: ServiceContext, input: { key: string | null }): InspectionTemplateSummary[] {
  ensureDefaultTemplate(ctx);
  const rows = ctx.sqlite
    .prepare('SELECT id FROM inspection_templates WHERE deleted = 0 AND (? IS NULL OR key = ?) ORDER BY key, version DESC, created_at DESC')
    .all(input.key, input.key) as { id: string }[];
  return rows.map((x) => summarize(ctx, templateRow(ctx, x.id)));
}

export function getTemplate(ctx: ServiceContext, id: string): InspectionTemplate {
  const r = templateRow(ctx, id);
  return { ...summarize(ctx, r), sections: templateSections(r) };
}

const cleanSections = (sections: readonly ChecklistSection[]): ChecklistSection[] =>
  sections.map((s) => ({
    code: s.code.trim(),
    title: cleanText(s.title),
    items: s.items.map((i) => ({
      code: i.code.trim(), text: cleanText(i.text), guidance: cleanText(i.guidance), evidence: cleanText(i.evidence), scale: i.scale,
      max: i.scale === 'score' ? i.max : null, weight: i.weight, passScore: i.scale === 'score' ? i.passScore : null,
    })),
  }));

/** Saves an edited copy as the next version of the same key; the version it was based on never changes. */
export function saveTemplate(
  ctx: ServiceContext,
  input: { basedOnId: string; name: string; description: string; sections: ChecklistSection[] },
): InspectionTemplate {
  return inTransaction(ctx, () => {
    const base = templateRow(ctx, input.basedOnId);
    const sections = cleanSections(input.sections);
    const problems = checklistProblems(sections);
    if (problems.length) throw fieldError('sections', problems.join(' '));
    const name = cleanText(input.name);
    if (!name) throw fieldError('name', 'Vui lòng nhập tên mẫu phiếu.');
    const top = ctx.sqlite.prepare('SELECT max(version) v FROM inspection_templates WHERE key = ?').get(base.key) as { v: number };
    const now = isoNow(ctx);
    const row = {
      id: crypto.randomUUID(), origin: originCode(ctx), rev: 1, createdAt: now, updatedAt: now, deleted: false, key: base.key, version: top.v + 1,
      name, description: cleanText(input.description), source: 'local', basedOnId: base.id, sections: JSON.stringify(sections),
    };
    ctx.db.insert(inspectionTemplates).values(row).run();
    writeAudit(ctx, { action: 'create', entity: 'inspection-template', entityId: row.id, after: { ...row, sections } });
    return getTemplate(ctx, row.id);
  });
}
