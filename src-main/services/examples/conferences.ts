import crypto from 'node:crypto';
import type { ExampleConference } from '../../../src-shared/api';
import { cleanText, formatDate, isValidIsoDate } from '../../../src-shared/text';
import { exampleConferences } from '../../db/schema';
import { fieldError, notFound } from '../../errors';
import { inTransaction, isoNow, writeAudit, type ServiceContext } from '../core';
import { assertOwned, requireInstallation } from '../installation';
import { getExample } from './register';

interface Row { id: string; origin: string; rev: number; createdAt: string; updatedAt: string; title: string; year: number; heldOn: string | null; place: string; exampleIds: string }

const SELECT = `SELECT id, origin, rev, created_at createdAt, updated_at updatedAt, title, year, held_on heldOn, place, example_ids exampleIds FROM example_conferences`;

function toConference(ctx: ServiceContext, r: Row): ExampleConference {
  const ids = JSON.parse(r.exampleIds) as string[];
  const live = ctx.sqlite.prepare('SELECT id FROM typical_examples WHERE deleted = 0 AND id IN (SELECT value FROM json_each(?))').all(r.exampleIds) as { id: string }[];
  const keep = new Set(live.map((x) => x.id));
  const { exampleIds: _ids, ...rest } = r;
  return { ...rest, examples: ids.filter((id) => keep.has(id)).map((id) => getExample(ctx, id)) };
}

/** The conferences of this unit, newest first, each with its list of examples in order. */
export function listConferences(ctx: ServiceContext): ExampleConference[] {
  const rows = ctx.sqlite.prepare(`${SELECT} WHERE deleted = 0 ORDER BY year DESC, created_at DESC`).all() as Row[];
  return rows.map((r) => toConference(ctx, r));
}

export function getConference(ctx: ServiceContext, id: string): ExampleConference {
  const r = ctx.sqlite.prepare(`${SELECT} WHERE id = ? AND deleted = 0`).get(id) as Row | undefined;
  if (!r) throw notFound('hội nghị điển hình tiên tiến');
  return toConference(ctx, r);
}

/**
 * Creates or changes a Hội nghị điển hình tiên tiến with the examples chosen for it: each from
 * the register (not deleted), each once, and each found by the time of the conference.
 */
export function saveConference(
  ctx: ServiceContext,
  input: { id: string | null; title: string; year: number; heldOn: string | null; place: string; exampleIds: string[] },
): ExampleConference {
  const me = requireInstallation(ctx);
  const title = cleanText(input.title);
  if (!title) throw fieldError('title', 'Vui lòng nhập tên hội nghị.');
  if (input.heldOn) {
    if (!isValidIsoDate(input.heldOn)) throw fieldError('heldOn', 'Ngày tổ chức không có thật; hãy nhập theo dạng dd/mm/yyyy.');
    if (Number(input.heldOn.slice(0, 4)) !== input.year) throw fieldError('heldOn', `Ngày tổ chức (${formatDate(input.heldOn)}) không thuộc năm ${input.year}; hãy sửa ngày hoặc năm.`);
  }
  if (new Set(input.exampleIds).size !== input.exampleIds.length) throw fieldError('exampleIds', 'Một điển hình được chọn hai lần; mỗi điển hình chỉ có một dòng trong danh sách.');
  for (const id of input.exampleIds) {
    const x = ctx.sqlite.prepare("SELECT name, json_extract(stages, '$[0].on') foundOn FROM typical_examples WHERE id = ? AND deleted = 0").get(id) as { name: string; foundOn: string | null } | undefined;
    if (!x) throw fieldError('exampleIds', 'Không tìm thấy điển hình đã chọn trong sổ; hãy chọn lại.');
    if (input.heldOn && x.foundOn && x.foundOn > input.heldOn) {
      throw fieldError('exampleIds', `${x.name} được phát hiện ngày ${formatDate(x.foundOn)}, sau ngày hội nghị (${formatDate(input.heldOn)}); hãy kiểm tra lại.`);
    }
  }
  const values = { title, year: input.year, heldOn: input.heldOn, place: cleanText(input.place), exampleIds: JSON.stringify(input.exampleIds) };
  return inTransaction(ctx, () => {
    const now = isoNow(ctx);
    if (!input.id) {
      const row = { id: crypto.randomUUID(), origin: me.unitCode, rev: 1, createdAt: now, updatedAt: now, deleted: false, ...values };
      ctx.db.insert(exampleConferences).values(row).run();
      writeAudit(ctx, { action: 'create', entity: 'example-conference', entityId: row.id, after: row });
      return getConference(ctx, row.id);
    }
    const before = ctx.sqlite.prepare('SELECT * FROM example_conferences WHERE id = ? AND deleted = 0').get(input.id) as { origin: string } | undefined;
    if (!before) throw notFound('hội nghị điển hình tiên tiến');
    assertOwned(ctx, before.origin);
    ctx.sqlite
      .prepare('UPDATE example_conferences SET title = @title, year = @year, held_on = @heldOn, place = @place, example_ids = @exampleIds, rev = rev + 1, updated_at = @now WHERE id = @id')
      .run({ ...values, now, id: input.id });
    writeAudit(ctx, { action: 'update', entity: 'example-conference', entityId: input.id, before, after: values });
    return getConference(ctx, input.id);
  });
}
