import type { ComplaintData } from '../../../src-shared/records';
import { complaintTimeLimit, COMPLAINT_KIND_LABELS, type ComplaintKind } from '../../../src-shared/rules/complaints';
import { cleanText } from '../../../src-shared/text';
import { statement, writeAudit } from '../../services/core';
import { currentIn, notAcked, unitIdFor, type ContentAdapter, type OwnedRow } from './kit';

/**
 * The entries of the unit's own register that concern one of its dossiers (linked to it, or about
 * one of its nominees): they go up beside the dossier so the upper level holds the nominee while
 * one is open. The content only with "Gửi kèm nội dung". One that no longer concerns any dossier
 * after it was sent goes up once more as withdrawn (a tombstone), so no stale hold stays above.
 */
const CONCERNS = `EXISTS (SELECT 1 FROM complaint_subjects s JOIN dossiers dd ON dd.origin = x.origin AND dd.deleted = 0
    WHERE s.complaint_id = x.id AND ((s.subject_type = 'dossier' AND s.subject_id = dd.id)
       OR EXISTS (SELECT 1 FROM dossier_nominees n WHERE n.dossier_id = dd.id AND n.subject_type = s.subject_type AND n.subject_id = s.subject_id)))`;

interface Raw {
  kind: ComplaintData['kind']; receivedOn: string; anonymous: number; dueOn: string | null; closedOn: string | null; sender: string; content: string;
  handler: string; steps: string; conclusion: string | null; sendContent: number;
}

export const complaintAdapter: ContentAdapter = {
  type: 'complaint',
  table: 'complaints',
  outgoing(ctx, q) {
    // Personal data goes only to the unit's own upper level, never down or sideways.
    const parent = ctx.sqlite.prepare('SELECT p.code FROM installation i JOIN units u ON u.id = i.unit_id JOIN units p ON p.id = u.parent_id').get() as { code: string } | undefined;
    if (!parent || parent.code !== q.recipient) return [];
    const rows = ctx.sqlite
      .prepare(
        `SELECT x.id, x.rev, x.updated_at updatedAt, x.origin, (x.deleted OR NOT ${CONCERNS}) deleted
           FROM complaints x ${notAcked('complaint', 'complaints', 'x')} AND (${CONCERNS} OR d.sent_rev IS NOT NULL) ORDER BY x.created_at, x.id`,
      )
      .all({ ...q, all: q.all ? 1 : 0 }) as OwnedRow[];
    if (!rows.length) return [];
    const unit = ctx.sqlite.prepare('SELECT u.code, u.name, u.level FROM installation i JOIN units u ON u.id = i.unit_id').get() as ComplaintData['unit'];
    const read = ctx.sqlite.prepare(
      `SELECT kind, received_on receivedOn, anonymous, due_on dueOn, closed_on closedOn, sender, content, handler, steps, conclusion, send_content sendContent
         FROM complaints WHERE id = ?`,
    );
    const subjects = ctx.sqlite.prepare(
      `SELECT s.subject_type type, s.subject_id id, coalesce(p.full_name, c.name, d.title, '') name FROM complaint_subjects s
         LEFT JOIN people p ON s.subject_type = 'person' AND p.id = s.subject_id
         LEFT JOIN collectives c ON s.subject_type = 'collective' AND c.id = s.subject_id
         LEFT JOIN dossiers d ON s.subject_type = 'dossier' AND d.id = s.subject_id
        WHERE s.complaint_id = ? ORDER BY s.rowid`,
    );
    return rows.map((r) => {
      const x = read.get(r.id) as Raw;
      const data: ComplaintData = {
        unit, kind: x.kind, receivedOn: x.receivedOn, anonymous: x.anonymous === 1, dueOn: x.dueOn, closedOn: x.closedOn,
        subjects: subjects.all(r.id) as ComplaintData['subjects'],
        content: x.sendContent === 1
          ? { sender: x.sender, content: x.content, handler: x.handler, steps: JSON.parse(x.steps) as { on: string; text: string }[], conclusion: x.conclusion }
          : null,
      };
      return { type: 'complaint', id: r.id, rev: r.rev, updatedAt: r.updatedAt, origin: r.origin, deleted: r.deleted === 1, data };
    });
  },
  current: (ctx, id) => currentIn(ctx, 'complaints', id),
  title(ctx, id) {
    const r = statement(ctx, 'SELECT kind, received_on receivedOn FROM complaints WHERE id = ?').get(id) as { kind: ComplaintKind; receivedOn: string } | undefined;
    return r ? `Đơn ${COMPLAINT_KIND_LABELS[r.kind].toLowerCase()} nhận ngày ${r.receivedOn.split('-').reverse().join('/')}` : null;
  },
  apply(ctx, rec) {
    const d = rec.data as ComplaintData;
    unitIdFor(ctx, d.unit, rec.origin);
    const c = d.content;
    const values = {
      id: rec.id, origin: rec.origin, rev: rec.rev, updatedAt: rec.updatedAt, deleted: rec.deleted ? 1 : 0, receivedOn: d.receivedOn,
      sender: c ? cleanText(c.sender) : '', anonymous: d.anonymous ? 1 : 0, kind: d.kind, content: c ? c.content.normalize('NFC') : '',
      handler: c ? cleanText(c.handler) : '', dueOn: d.dueOn ?? complaintTimeLimit(d.kind, d.receivedOn, d.anonymous).dueOn,
      steps: JSON.stringify(c?.steps ?? []), conclusion: c?.conclusion ?? (d.closedOn ? '' : null), closedOn: d.closedOn, sendContent: c ? 1 : 0,
    };
    const before = statement(ctx, 'SELECT * FROM complaints WHERE id = ?').get(rec.id);
    if (before) {
      ctx.sqlite
        .prepare(
          `UPDATE complaints SET origin = @origin, rev = @rev, updated_at = @updatedAt, deleted = @deleted, received_on = @receivedOn, sender = @sender,
             anonymous = @anonymous, kind = @kind, content = @content, handler = @handler, due_on = @dueOn, steps = @steps, conclusion = @conclusion,
             closed_on = @closedOn, send_content = @sendContent WHERE id = @id`,
        )
        .run(values);
    } else {
      ctx.sqlite
        .prepare(
          `INSERT INTO complaints (id, origin, rev, created_at, updated_at, deleted, received_on, sender, anonymous, kind, content, handler, due_on, steps,
             conclusion, closed_on, send_content)
           VALUES (@id, @origin, @rev, @updatedAt, @updatedAt, @deleted, @receivedOn, @sender, @anonymous, @kind, @content, @handler, @dueOn, @steps,
             @conclusion, @closedOn, @sendContent)`,
        )
        .run(values);
    }
    // Whom it concerns travels whole with each rev: replace it.
    ctx.sqlite.prepare('DELETE FROM complaint_subjects WHERE complaint_id = ?').run(rec.id);
    const add = ctx.sqlite.prepare('INSERT INTO complaint_subjects (complaint_id, subject_type, subject_id) VALUES (?, ?, ?)');
    for (const s of d.subjects) add.run(rec.id, s.type, s.id);
    writeAudit(ctx, { action: 'import', entity: 'complaint', entityId: rec.id, before, after: { ...values, subjects: d.subjects } });
  },
};
