import type { ExampleData } from '../../../src-shared/records';
import { cleanText, fold } from '../../../src-shared/text';
import { statement, writeAudit } from '../../services/core';
import { currentIn, envelopeOf, outgoingRows, titleIn, unitIdFor, type ContentAdapter } from './kit';

interface Raw {
  kind: ExampleData['kind']; name: string; unitCode: string; unitName: string; unitLevel: ExampleData['unit']['level']; personId: string | null;
  collectiveId: string | null; field: string; movementId: string | null; achievements: string; stages: string; media: string; awardIds: string;
  receivedAwards: string; women: number; ethnicMinority: number; directWorker: number; reviewOn: string | null; gender: string | null; ethnicity: string | null;
  directLabor: number | null;
}

/**
 * A typical example travels up whole with each rev: its stages, media, the awards it led to
 * (described, since the award history stays home) and the report flags as the unit reads them
 * (from the linked person's record when there is one).
 */
export const exampleAdapter: ContentAdapter = {
  type: 'example',
  table: 'typical_examples',
  outgoing(ctx, q) {
    // The register goes up to this unit's own upper level only (a province keeps its own).
    const parent = ctx.sqlite.prepare('SELECT p.code FROM installation i JOIN units u ON u.id = i.unit_id JOIN units p ON p.id = u.parent_id').get() as { code: string } | undefined;
    if (!parent || parent.code !== q.recipient) return [];
    const read = ctx.sqlite.prepare(
      `SELECT x.kind, x.name, u.code unitCode, u.name unitName, u.level unitLevel, x.person_id personId, x.collective_id collectiveId, x.field,
              x.movement_id movementId, x.achievements, x.stages, x.media, x.award_ids awardIds, x.received_awards receivedAwards, x.women,
              x.ethnic_minority ethnicMinority, x.direct_worker directWorker, x.review_on reviewOn, p.gender, p.ethnicity, p.direct_labor directLabor
         FROM typical_examples x JOIN units u ON u.id = x.unit_id LEFT JOIN people p ON p.id = x.person_id AND p.deleted = 0 WHERE x.id = ?`,
    );
    const awards = ctx.sqlite.prepare(
      `SELECT year, award_name awardName, decision_number decisionNumber, decision_date decisionDate FROM award_history
        WHERE deleted = 0 AND id IN (SELECT value FROM json_each(?)) ORDER BY year, award_name`,
    );
    return outgoingRows(ctx, 'example', 'typical_examples', q).map((r) => {
      const x = read.get(r.id) as Raw;
      const fromPerson = x.gender !== null;
      const stages = (JSON.parse(x.stages) as ExampleData['stages']).map((s) => ({ stage: s.stage, on: s.on, by: s.by ?? '', note: s.note ?? '' }));
      const media = (JSON.parse(x.media) as ExampleData['media']).map((m) => ({ outlet: m.outlet, on: m.on, link: m.link ?? '', title: m.title ?? '' }));
      const data: ExampleData = {
        kind: x.kind, name: x.name, unit: { code: x.unitCode, name: x.unitName, level: x.unitLevel }, personId: x.personId, collectiveId: x.collectiveId,
        field: x.field, movementId: x.movementId, achievements: x.achievements, stages, media,
        awards: awards.all(x.awardIds) as ExampleData['awards'],
        women: fromPerson ? x.gender === 'female' : x.women === 1,
        ethnicMinority: fromPerson ? x.ethnicity !== '' && x.ethnicity !== '01' : x.ethnicMinority === 1,
        directWorker: fromPerson ? x.directLabor === 1 : x.directWorker === 1,
        reviewOn: x.reviewOn,
      };
      return envelopeOf('example', r, data);
    });
  },
  current: (ctx, id) => currentIn(ctx, 'typical_examples', id),
  title: (ctx, id) => titleIn(ctx, 'typical_examples', 'name', id),
  apply(ctx, rec) {
    const d = rec.data as ExampleData;
    const name = cleanText(d.name);
    // The movement is kept when it is known here (the province's own, or one the unit sent up).
    const movement = d.movementId ? (statement(ctx, 'SELECT id FROM movements WHERE id = ?').get(d.movementId) as { id: string } | undefined) : undefined;
    const values = {
      id: rec.id, origin: rec.origin, rev: rec.rev, updated_at: rec.updatedAt, deleted: rec.deleted ? 1 : 0, kind: d.kind, name, name_folded: fold(name),
      person_id: d.personId, collective_id: d.collectiveId, unit_id: unitIdFor(ctx, d.unit, rec.origin)!, field: cleanText(d.field),
      movement_id: movement?.id ?? null, achievements: d.achievements.normalize('NFC'), stage: d.stages[d.stages.length - 1]!.stage,
      stages: JSON.stringify(d.stages), media: JSON.stringify(d.media), award_ids: '[]', received_awards: JSON.stringify(d.awards),
      women: d.women ? 1 : 0, ethnic_minority: d.ethnicMinority ? 1 : 0, direct_worker: d.directWorker ? 1 : 0, review_on: d.reviewOn,
    };
    const before = statement(ctx, 'SELECT * FROM typical_examples WHERE id = ?').get(rec.id);
    const cols = Object.keys(values);
    if (before) {
      ctx.sqlite.prepare(`UPDATE typical_examples SET ${cols.filter((c) => c !== 'id').map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run(values);
    } else {
      ctx.sqlite.prepare(`INSERT INTO typical_examples (${cols.join(', ')}, created_at) VALUES (${cols.map((c) => `@${c}`).join(', ')}, @updated_at)`).run(values);
    }
    writeAudit(ctx, { action: 'import', entity: 'typical-example', entityId: rec.id, before, after: values });
  },
};
