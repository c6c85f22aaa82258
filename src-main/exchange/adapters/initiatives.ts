import { eq } from 'drizzle-orm';
import type { InitiativeData } from '../../../src-shared/records';
import { cleanText, fold } from '../../../src-shared/text';
import { initiativeAuthors, initiatives } from '../../db/schema';
import { writeAudit } from '../../services/core';
import { summaryOf } from '../../services/initiatives';
import { currentIn, envelopeOf, notAcked, titleIn, unitIdFor, type ContentAdapter, type OwnedRow } from './kit';

/**
 * An initiative application travels up only when its authors seek a scope wider than the
 * unit's own (cơ sở): the upper level recognises cấp tỉnh and toàn quốc. The council's sheets
 * stay home; their average travels with the application. One sent up and then brought back to
 * cơ sở goes up once more as withdrawn (a tombstone), so no stale request waits upstream; asking
 * for a wider scope again sends it whole.
 */
export const initiativeAdapter: ContentAdapter = {
  type: 'initiative',
  table: 'initiatives',
  outgoing(ctx, q) {
    const rows = ctx.sqlite
      .prepare(
        `SELECT x.id, x.rev, x.updated_at updatedAt, x.origin,
                x.deleted OR x.proposed_scope = 'co-so' deleted
           FROM initiatives x ${notAcked('initiative', 'initiatives', 'x')}
            AND (x.proposed_scope != 'co-so' OR d.sent_rev IS NOT NULL) ORDER BY x.created_at, x.id`,
      )
      .all({ ...q, all: q.all ? 1 : 0 }) as OwnedRow[];
    const unit = ctx.sqlite.prepare('SELECT u.code, u.name, u.level FROM installation i JOIN units u ON u.id = i.unit_id').get() as InitiativeData['unit'];
    const authors = ctx.sqlite.prepare(
      `SELECT a.person_id personId, coalesce(p.full_name, '') name, a.share FROM initiative_authors a LEFT JOIN people p ON p.id = a.person_id
        WHERE a.initiative_id = ? ORDER BY a.position`,
    );
    return rows.map((r) => {
      const x = ctx.db.select().from(initiatives).where(eq(initiatives.id, r.id)).get()!;
      const summary = summaryOf(ctx, x);
      const data: InitiativeData = {
        title: x.title, year: x.year, unit, addressedTo: x.addressedTo, investor: x.investor, field: x.field, problem: x.problem,
        description: x.description, confidential: x.confidential, conditions: x.conditions, authorBenefits: x.authorBenefits,
        trialBenefits: x.trialBenefits, firstAppliedOn: x.firstAppliedOn, trialParticipants: JSON.parse(x.trialParticipants),
        proposedScope: x.proposedScope as InitiativeData['proposedScope'], authors: authors.all(x.id) as InitiativeData['authors'],
        receipt: x.receivedOn && x.dueOn
          ? { receivedOn: x.receivedOn, number: x.receiptNumber, dueOn: x.dueOn, ...(x.receivedLate ? { late: true, lateReason: x.receivedLateReason } : {}) }
          : null,
        recognition: x.status === 'recognised' || x.status === 'refused'
          ? {
              status: x.status, scope: x.scope as InitiativeData['proposedScope'] | null, date: x.recognisedOn, decisionNumber: x.decisionNumber,
              body: x.recognisingBody, certificateNumber: x.certificateNumber, refusalReason: x.refusalReason,
            }
          : null,
        council: summary ? { members: summary.members, scored: summary.scored, average: summary.average, passMark: summary.passMark, maxTotal: summary.maxTotal } : null,
      };
      return envelopeOf('initiative', r, data);
    });
  },
  current: (ctx, id) => currentIn(ctx, 'initiatives', id),
  title: (ctx, id) => titleIn(ctx, 'initiatives', 'title', id),
  apply(ctx, rec) {
    const d = rec.data as InitiativeData;
    unitIdFor(ctx, d.unit, rec.origin);
    const title = cleanText(d.title);
    const r = d.recognition;
    const values = {
      id: rec.id, origin: rec.origin, rev: rec.rev, updatedAt: rec.updatedAt, deleted: rec.deleted, title, titleFolded: fold(title), year: d.year,
      roundId: null, status: r?.status ?? (d.receipt ? 'received' : 'draft'), addressedTo: d.addressedTo, investor: d.investor, field: d.field,
      problem: d.problem, description: d.description, confidential: d.confidential, conditions: d.conditions, authorBenefits: d.authorBenefits,
      trialBenefits: d.trialBenefits, firstAppliedOn: d.firstAppliedOn, trialParticipants: JSON.stringify(d.trialParticipants),
      proposedScope: d.proposedScope, receivedOn: d.receipt?.receivedOn ?? null, receiptNumber: d.receipt?.number ?? '', dueOn: d.receipt?.dueOn ?? null,
      receivedLate: d.receipt?.late ?? false, receivedLateReason: d.receipt?.late ? cleanText(d.receipt.lateReason ?? '') : '',
      scope: r?.scope ?? null, recognisedOn: r?.date ?? null, decisionNumber: r?.decisionNumber ?? '', recognisingBody: r?.body ?? '',
      certificateNumber: r?.certificateNumber ?? '', refusalReason: r?.refusalReason ?? '',
    };
    const before = ctx.db.select().from(initiatives).where(eq(initiatives.id, rec.id)).get();
    if (before) ctx.db.update(initiatives).set(values).where(eq(initiatives.id, rec.id)).run();
    else ctx.db.insert(initiatives).values({ ...values, createdAt: rec.updatedAt, usedByNomineeId: null }).run();
    // Authors travel whole with each rev; the people themselves arrive as person records.
    ctx.db.delete(initiativeAuthors).where(eq(initiativeAuthors.initiativeId, rec.id)).run();
    d.authors.forEach((a, i) => ctx.db.insert(initiativeAuthors).values({ initiativeId: rec.id, personId: a.personId, share: a.share, position: i + 1 }).run());
    writeAudit(ctx, { action: 'import', entity: 'initiative', entityId: rec.id, before, after: { ...values, authors: d.authors } });
  },
};
