import crypto from 'node:crypto';
import type { TypicalExample, TypicalExampleInput } from '../../../src-shared/api';
import { currentStage, EXAMPLE_KIND_LABELS, personFlags, stageProblem, type ExampleKind, type ExampleStage } from '../../../src-shared/rules/examples';
import { cleanText, fold, formatDate, isValidIsoDate } from '../../../src-shared/text';
import { typicalExamples } from '../../db/schema';
import { fieldError, notFound } from '../../errors';
import { inTransaction, isoNow, today, writeAudit, type ServiceContext } from '../core';
import { membership } from '../dossiers';
import { assertOwned, requireInstallation } from '../installation';

interface Row {
  id: string; origin: string; rev: number; createdAt: string; updatedAt: string; kind: ExampleKind; name: string; personId: string | null;
  collectiveId: string | null; unitId: string; unitName: string | null; field: string; movementId: string | null; movementName: string | null;
  achievements: string; stage: ExampleStage; stages: string; media: string; awardIds: string; receivedAwards: string; women: number; ethnicMinority: number;
  directWorker: number; reviewOn: string | null; gender: string | null; ethnicity: string | null; directLabor: number | null;
}

const SELECT = `SELECT x.id, x.origin, x.rev, x.created_at createdAt, x.updated_at updatedAt, x.kind, x.name, x.person_id personId,
    x.collective_id collectiveId, x.unit_id unitId, u.name unitName, x.field, x.movement_id movementId, m.name movementName, x.achievements,
    x.stage, x.stages, x.media, x.award_ids awardIds, x.received_awards receivedAwards, x.women, x.ethnic_minority ethnicMinority, x.direct_worker directWorker, x.review_on reviewOn,
    p.gender, p.ethnicity, p.direct_labor directLabor
  FROM typical_examples x LEFT JOIN units u ON u.id = x.unit_id LEFT JOIN movements m ON m.id = x.movement_id
  LEFT JOIN people p ON p.id = x.person_id AND p.deleted = 0`;

const AWARDS = `SELECT id, year, award_name awardName, decision_number decisionNumber, decision_date decisionDate FROM award_history
  WHERE deleted = 0 AND id IN (SELECT value FROM json_each(?)) ORDER BY year, award_name`;

function toExample(ctx: ServiceContext, r: Row, me: string): TypicalExample {
  // The flags of a linked person come from the person's record (kept up to date there).
  const fromPerson = r.personId !== null && r.gender !== null;
  const flags = fromPerson
    ? personFlags({ gender: r.gender!, ethnicity: r.ethnicity ?? '', directLabor: r.directLabor === 1 })
    : { women: r.women === 1, ethnicMinority: r.ethnicMinority === 1, directWorker: r.directWorker === 1 };
  return {
    id: r.id, origin: r.origin, rev: r.rev, createdAt: r.createdAt, updatedAt: r.updatedAt, kind: r.kind, name: r.name, personId: r.personId,
    collectiveId: r.collectiveId, unitId: r.unitId, unitName: r.unitName ?? '', field: r.field, movementId: r.movementId, movementName: r.movementName,
    achievements: r.achievements, stage: r.stage, stages: JSON.parse(r.stages) as TypicalExample['stages'], media: JSON.parse(r.media) as TypicalExample['media'],
    awards: [
      ...(ctx.sqlite.prepare(AWARDS).all(r.awardIds) as TypicalExample['awards']),
      // A copy received from a unit below carries its awards as described there.
      ...(JSON.parse(r.receivedAwards) as Omit<TypicalExample['awards'][number], 'id'>[]).map((a, i) => ({ ...a, id: `${r.id}:${i}` })),
    ],
    ...flags, flagsFromPerson: fromPerson, reviewOn: r.reviewOn,
    readOnly: r.origin !== me,
  };
}

/** The register, by name; `year` keeps the examples with a step in that year, `stage` those standing at it. */
export function listExamples(ctx: ServiceContext, input: { year: number | null; stage: ExampleStage | null }): TypicalExample[] {
  const me = requireInstallation(ctx).unitCode;
  const rows = ctx.sqlite
    .prepare(
      `${SELECT} WHERE x.deleted = 0 AND (@stage IS NULL OR x.stage = @stage)
         AND (@year IS NULL OR EXISTS (SELECT 1 FROM json_each(x.stages) s WHERE substr(json_extract(s.value, '$.on'), 1, 4) = @year))
       ORDER BY x.name_folded, x.id`,
    )
    .all({ stage: input.stage, year: input.year === null ? null : String(input.year) }) as Row[];
  return rows.map((r) => toExample(ctx, r, me));
}

export function getExample(ctx: ServiceContext, id: string): TypicalExample {
  const r = ctx.sqlite.prepare(`${SELECT} WHERE x.id = ? AND x.deleted = 0`).get(id) as Row | undefined;
  if (!r) throw notFound('điển hình tiên tiến');
  return toExample(ctx, r, requireInstallation(ctx).unitCode);
}

function checkDate(ctx: ServiceContext, field: string, label: string, date: string, future = false) {
  if (!isValidIsoDate(date)) throw fieldError(field, `${label} không có thật; hãy nhập theo dạng dd/mm/yyyy.`);
  const now = today(ctx);
  if (!future && date > now) throw fieldError(field, `${label} (${formatDate(date)}) sau ngày hôm nay (${formatDate(now)}); hãy kiểm tra lại ngày.`);
}

/** What the example is linked to must exist and belong to its unit; the unit must be this one or one below. */
function resolve(ctx: ServiceContext, input: TypicalExampleInput) {
  const me = requireInstallation(ctx);
  const unitId = input.unitId ?? me.unitId;
  const unit = ctx.sqlite.prepare('SELECT name FROM units WHERE id = ?').get(unitId) as { name: string } | undefined;
  if (!unit) throw fieldError('unitId', 'Không tìm thấy đơn vị đã chọn; hãy chọn lại đơn vị của điển hình.');
  const inScope = ctx.sqlite
    .prepare('WITH RECURSIVE scope(id) AS (SELECT ? UNION SELECT u.id FROM units u JOIN scope s ON u.parent_id = s.id) SELECT 1 ok FROM scope WHERE id = ?')
    .get(me.unitId, unitId);
  if (!inScope) throw fieldError('unitId', `${unit.name} không thuộc ${me.unitName}; sổ điển hình chỉ ghi điển hình của đơn vị mình hoặc đơn vị trực thuộc.`);
  let name = cleanText(input.name);
  if (input.kind === 'person' && !input.personId) throw fieldError('personId', 'Điển hình cá nhân: hãy chọn người trong danh mục cá nhân.');
  if (input.kind === 'collective' && !input.collectiveId) throw fieldError('collectiveId', 'Điển hình tập thể: hãy chọn tập thể trong danh mục.');
  let flags = { women: input.women, ethnicMinority: input.ethnicMinority, directWorker: input.directWorker };
  if (input.personId) {
    const p = ctx.sqlite.prepare('SELECT full_name name, gender, ethnicity, direct_labor directLabor FROM people WHERE id = ? AND deleted = 0').get(input.personId) as
      { name: string; gender: string; ethnicity: string; directLabor: number } | undefined;
    if (!p) throw fieldError('personId', 'Không tìm thấy cá nhân đã chọn trong danh mục; hãy chọn lại.');
    const m = membership(ctx, unitId, 'person', input.personId);
    if (!m.inUnit) {
      throw fieldError('personId', `${p.name} thuộc ${m.unitName ?? 'đơn vị khác'}, không thuộc ${unit.name}; chỉ ghi điển hình là người của đơn vị mình. Hãy báo đơn vị quản lý người này ghi vào sổ của họ.`);
    }
    name ||= p.name;
    // A person's flags are the person's record, whatever the form sent.
    flags = personFlags({ gender: p.gender, ethnicity: p.ethnicity, directLabor: p.directLabor === 1 });
  }
  if (input.collectiveId) {
    const c = ctx.sqlite.prepare('SELECT name FROM collectives WHERE id = ? AND deleted = 0').get(input.collectiveId) as { name: string } | undefined;
    if (!c) throw fieldError('collectiveId', 'Không tìm thấy tập thể đã chọn trong danh mục; hãy chọn lại.');
    const m = membership(ctx, unitId, 'collective', input.collectiveId);
    if (!m.inUnit) {
      throw fieldError('collectiveId', `${c.name} thuộc ${m.unitName ?? 'đơn vị khác'}, không thuộc ${unit.name}; chỉ ghi điển hình là tập thể của đơn vị mình.`);
    }
    name ||= c.name;
  }
  if (!name) throw fieldError('name', `Vui lòng nhập tên điển hình (${EXAMPLE_KIND_LABELS[input.kind].toLowerCase()}).`);
  if (input.movementId && !ctx.sqlite.prepare('SELECT 1 FROM movements WHERE id = ? AND deleted = 0').get(input.movementId)) {
    throw fieldError('movementId', 'Không tìm thấy phong trào thi đua đã chọn; hãy chọn lại.');
  }
  input.stages.forEach((s, i) => checkDate(ctx, `stages.${i}.on`, `Ngày của bước thứ ${i + 1}`, s.on));
  const problem = stageProblem(input.stages);
  if (problem) throw fieldError(`stages.${problem.index}.on`, problem.message);
  input.media.forEach((m, i) => checkDate(ctx, `media.${i}.on`, `Ngày đăng bài “${cleanText(m.outlet)}”`, m.on));
  if (input.reviewOn) {
    checkDate(ctx, 'reviewOn', 'Ngày rà soát', input.reviewOn, true);
    if (input.reviewOn < input.stages[0]!.on) {
      throw fieldError('reviewOn', `Ngày rà soát (${formatDate(input.reviewOn)}) trước ngày phát hiện (${formatDate(input.stages[0]!.on)}); hãy chọn ngày sau.`);
    }
  }
  const awardIds = [...new Set(input.awardIds)];
  for (const id of awardIds) {
    const a = ctx.sqlite.prepare('SELECT subject_type t, subject_id s, award_name n FROM award_history WHERE id = ? AND deleted = 0').get(id) as { t: string; s: string; n: string } | undefined;
    if (!a) throw fieldError('awardIds', 'Không tìm thấy khen thưởng đã chọn trong lịch sử khen thưởng; hãy chọn lại.');
    const linked = input.personId ? { t: 'person', s: input.personId } : input.collectiveId ? { t: 'collective', s: input.collectiveId } : null;
    if (linked && (a.t !== linked.t || a.s !== linked.s)) throw fieldError('awardIds', `Khen thưởng “${a.n}” không phải của ${name}; chỉ gắn khen thưởng của chính điển hình này.`);
  }
  const stages = input.stages.map((s) => ({ stage: s.stage, on: s.on, by: cleanText(s.by), note: cleanText(s.note) }));
  const media = input.media.map((m) => ({ outlet: cleanText(m.outlet), on: m.on, link: m.link.trim(), title: cleanText(m.title) })).sort((a, b) => a.on.localeCompare(b.on));
  return {
    kind: input.kind, name, nameFolded: fold(name), personId: input.personId, collectiveId: input.collectiveId, unitId, field: cleanText(input.field),
    movementId: input.movementId, achievements: input.achievements.normalize('NFC').trim(), stage: currentStage(stages), stages: JSON.stringify(stages),
    media: JSON.stringify(media), awardIds: JSON.stringify(awardIds), ...flags, reviewOn: input.reviewOn,
  };
}

/** Registers a typical example: checked whole first, then one audited transaction. */
export function createExample(ctx: ServiceContext, input: TypicalExampleInput): TypicalExample {
  const values = resolve(ctx, input);
  return inTransaction(ctx, () => {
    const now = isoNow(ctx);
    const row = { id: crypto.randomUUID(), origin: requireInstallation(ctx).unitCode, rev: 1, createdAt: now, updatedAt: now, deleted: false, ...values };
    ctx.db.insert(typicalExamples).values(row).run();
    writeAudit(ctx, { action: 'create', entity: 'typical-example', entityId: row.id, after: row });
    return getExample(ctx, row.id);
  });
}

const rawRow = (ctx: ServiceContext, id: string) => {
  const r = ctx.sqlite.prepare('SELECT * FROM typical_examples WHERE id = ? AND deleted = 0').get(id) as Record<string, unknown> & { origin: string } | undefined;
  if (!r) throw notFound('điển hình tiên tiến');
  assertOwned(ctx, r.origin);
  return r;
};

export function updateExample(ctx: ServiceContext, input: TypicalExampleInput & { id: string }): TypicalExample {
  const before = rawRow(ctx, input.id);
  const v = resolve(ctx, input);
  return inTransaction(ctx, () => {
    ctx.sqlite
      .prepare(
        `UPDATE typical_examples SET kind = @kind, name = @name, name_folded = @nameFolded, person_id = @personId, collective_id = @collectiveId, unit_id = @unitId,
           field = @field, movement_id = @movementId, achievements = @achievements, stage = @stage, stages = @stages, media = @media, award_ids = @awardIds,
           women = @women, ethnic_minority = @ethnicMinority, direct_worker = @directWorker, review_on = @reviewOn, rev = rev + 1, updated_at = @now WHERE id = @id`,
      )
      .run({ ...v, women: v.women ? 1 : 0, ethnicMinority: v.ethnicMinority ? 1 : 0, directWorker: v.directWorker ? 1 : 0, now: isoNow(ctx), id: input.id });
    writeAudit(ctx, { action: 'update', entity: 'typical-example', entityId: input.id, before, after: v });
    return getExample(ctx, input.id);
  });
}

/** A tombstone (it travels as a deletion); an example on a conference list is kept until taken off it. */
export function deleteExample(ctx: ServiceContext, id: string): { ok: true } {
  const before = rawRow(ctx, id);
  const conf = ctx.sqlite
    .prepare('SELECT title FROM example_conferences WHERE deleted = 0 AND EXISTS (SELECT 1 FROM json_each(example_ids) WHERE value = ?)')
    .get(id) as { title: string } | undefined;
  if (conf) throw fieldError('id', `Điển hình này có trong danh sách “${conf.title}”; hãy bỏ khỏi danh sách hội nghị trước khi xóa.`);
  return inTransaction(ctx, () => {
    ctx.sqlite.prepare('UPDATE typical_examples SET deleted = 1, rev = rev + 1, updated_at = ? WHERE id = ?').run(isoNow(ctx), id);
    writeAudit(ctx, { action: 'delete', entity: 'typical-example', entityId: id, before });
    return { ok: true as const };
  });
}

/** The award history of a person or collective, to link the awards an example led to. */
export function awardChoices(ctx: ServiceContext, input: { personId: string | null; collectiveId: string | null }): TypicalExample['awards'] {
  const subject = input.personId ? ['person', input.personId] : input.collectiveId ? ['collective', input.collectiveId] : null;
  if (!subject) return [];
  return ctx.sqlite
    .prepare(`SELECT id, year, award_name awardName, decision_number decisionNumber, decision_date decisionDate FROM award_history
               WHERE deleted = 0 AND subject_type = ? AND subject_id = ? ORDER BY year DESC, award_name`)
    .all(...subject) as TypicalExample['awards'];
}
