import { DRAFT_MAX_CHARS, type DraftRow } from '../../../src-shared/api';
import { AppError } from '../../errors';
import { isoNow, type ServiceContext } from '../core';

/*
 * Drafts are scratch copies of a form, not records: they are not audited (a row per keystroke
 * pause would drown the history of real changes) and never leave this installation. A save
 * replaces the form's previous draft in one statement, so a crash keeps the old or the new one.
 */

export function saveDraft(ctx: ServiceContext, input: { key: string; label: string; value: unknown; baseRev: number | null }): { ok: true } {
  const json = JSON.stringify(input.value ?? null);
  if (json.length > DRAFT_MAX_CHARS) {
    throw new AppError('TOO_LARGE', 'Bản nháp quá lớn để lưu tự động; hãy bấm “Lưu” để ghi bản ghi.');
  }
  ctx.sqlite
    .prepare(
      `INSERT INTO drafts (key, label, value, base_rev, saved_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET label = excluded.label, value = excluded.value, base_rev = excluded.base_rev, saved_at = excluded.saved_at`,
    )
    .run(input.key, input.label.normalize('NFC'), json, input.baseRev, isoNow(ctx));
  return { ok: true };
}

export function getDraft(ctx: ServiceContext, key: string): DraftRow | null {
  const r = ctx.sqlite.prepare('SELECT key, label, value, base_rev baseRev, saved_at savedAt FROM drafts WHERE key = ?').get(key) as
    | (Omit<DraftRow, 'value'> & { value: string })
    | undefined;
  if (!r) return null;
  let value: unknown;
  try {
    value = JSON.parse(r.value);
  } catch {
    return null; // an unreadable draft is no draft; the form opens as saved
  }
  return { ...r, value };
}

export function clearDraft(ctx: ServiceContext, key: string): { ok: true } {
  ctx.sqlite.prepare('DELETE FROM drafts WHERE key = ?').run(key);
  return { ok: true };
}

export function listDrafts(ctx: ServiceContext): Omit<DraftRow, 'value'>[] {
  return ctx.sqlite.prepare('SELECT key, label, base_rev baseRev, saved_at savedAt FROM drafts ORDER BY saved_at DESC, key').all() as Omit<DraftRow, 'value'>[];
}
