import type { ClusterData, ClusterScorecardData, ClusterVoteData, UnitRef } from '../../../src-shared/records';
import { cleanText } from '../../../src-shared/text';
import { clusterMembers, clusters } from '../../db/schema';
import { statement, writeAudit, type ServiceContext } from '../../services/core';
import { clusterRow, criteriaOf, membersOf } from '../../services/clusters';
import { currentIn, envelopeOf, outgoingRows, titleIn, unitIdFor, type ContentAdapter } from './kit';

// Cụm, khối thi đua travel three ways: the province's cluster (members, roles, the criteria table
// as pledged) goes down in its reference package, read-only below; a member's self-scoring goes
// up owned by the member; the cụm trưởng's scoring of the members and its biên bản suy tôn go up
// owned by the cụm trưởng. Each lands under the sender's id; only the owner's higher rev replaces it.

const unitRefOf = (ctx: ServiceContext, id: string | null): UnitRef | null =>
  id ? ((statement(ctx, 'SELECT code, name, level FROM units WHERE id = ?').get(id) as UnitRef | undefined) ?? null) : null;

export const clusterAdapter: ContentAdapter = {
  type: 'cluster',
  table: 'clusters',
  outgoing(ctx, q) {
    return outgoingRows(ctx, 'cluster', 'clusters', q, { order: 'x.year, x.name, x.id' }).map((r) => {
      const c = clusterRow(ctx, r.id);
      const data: ClusterData = {
        year: c.year, kind: c.kind, name: c.name, criteriaSetId: c.criteriaSetId, criteria: criteriaOf(c),
        members: membersOf(ctx, c).map((m) => ({ unit: unitRefOf(ctx, m.unitId)!, headName: m.headName, headTitle: m.headTitle })),
        leader: unitRefOf(ctx, c.leaderUnitId), deputy: unitRefOf(ctx, c.deputyUnitId),
        pledgeDate: c.pledgeDate, pledgePlace: c.pledgePlace, pledgeText: c.pledgeText,
      };
      return envelopeOf('cluster', r, data);
    });
  },
  current: (ctx, id) => currentIn(ctx, 'clusters', id),
  title: (ctx, id) => titleIn(ctx, 'clusters', 'name', id),
  apply(ctx, rec) {
    const d = rec.data as ClusterData;
    const before = statement(ctx, 'SELECT * FROM clusters WHERE id = ?').get(rec.id);
    const values = {
      origin: rec.origin, rev: rec.rev, updatedAt: rec.updatedAt, deleted: rec.deleted, year: d.year, kind: d.kind, name: cleanText(d.name),
      criteriaSetId: d.criteriaSetId, criteria: JSON.stringify(d.criteria), leaderUnitId: unitIdFor(ctx, d.leader, rec.origin), deputyUnitId: unitIdFor(ctx, d.deputy, rec.origin),
      pledgeDate: d.pledgeDate, pledgePlace: cleanText(d.pledgePlace), pledgeText: d.pledgeText.normalize('NFC'),
    };
    ctx.db.insert(clusters).values({ id: rec.id, createdAt: rec.updatedAt, ...values }).onConflictDoUpdate({ target: clusters.id, set: values }).run();
    statement(ctx, 'DELETE FROM cluster_members WHERE cluster_id = ?').run(rec.id);
    d.members.forEach((m, k) => {
      const unitId = unitIdFor(ctx, m.unit, rec.origin)!;
      ctx.db.insert(clusterMembers).values({ clusterId: rec.id, unitId, position: k + 1, headName: cleanText(m.headName), headTitle: cleanText(m.headTitle) }).onConflictDoNothing().run();
    });
    writeAudit(ctx, { action: 'import', entity: 'cluster', entityId: rec.id, before, after: { ...values, members: d.members.length } });
  },
};

/** The cluster here (a copy or our own), with its members' and cụm trưởng's codes; null when absent. */
function clusterFacts(ctx: ServiceContext, id: string) {
  const c = statement(ctx, 'SELECT name, (SELECT code FROM units WHERE id = leader_unit_id) leaderCode FROM clusters WHERE id = ? AND deleted = 0').get(id) as
    | { name: string; leaderCode: string | null }
    | undefined;
  if (!c) return null;
  const codes = (statement(ctx, 'SELECT u.code FROM cluster_members m JOIN units u ON u.id = m.unit_id WHERE m.cluster_id = ?').all(id) as { code: string }[]).map((x) => x.code);
  return { ...c, codes };
}

/** Scores and minutes go up only for a cluster received from above: those of a cluster made here stay here. */
const FROM_ABOVE = 'AND x.cluster_id IN (SELECT id FROM clusters WHERE origin <> @origin)';

const missingCluster = (name: string) => `Chưa có cụm, khối thi đua mà ${name} nói đến trên máy này; chỉ nhận được từ đơn vị thành viên của cụm, khối do đơn vị này lập.`;

export const clusterScorecardAdapter: ContentAdapter = {
  type: 'cluster-scorecard',
  table: 'cluster_scorecards',
  outgoing(ctx, q) {
    return outgoingRows(ctx, 'cluster-scorecard', 'cluster_scorecards', q, { where: FROM_ABOVE }).map((r) => {
      const s = statement(ctx, 'SELECT cluster_id clusterId, unit_id unitId, scorer, scores, note FROM cluster_scorecards WHERE id = ?').get(r.id) as
        { clusterId: string; unitId: string; scorer: 'self' | 'cluster'; scores: string; note: string };
      const data: ClusterScorecardData = { clusterId: s.clusterId, unit: unitRefOf(ctx, s.unitId)!, scorer: s.scorer, scores: JSON.parse(s.scores) as Record<string, number>, note: s.note };
      return envelopeOf('cluster-scorecard', r, data);
    });
  },
  current: (ctx, id) => currentIn(ctx, 'cluster_scorecards', id),
  title: (ctx, id) => (statement(ctx, `SELECT (CASE s.scorer WHEN 'self' THEN 'Điểm tự chấm của ' ELSE 'Điểm cụm chấm của ' END) || u.name t FROM cluster_scorecards s JOIN units u ON u.id = s.unit_id WHERE s.id = ?`).get(id) as { t: string } | undefined)?.t ?? null,
  refusal(ctx, rec) {
    const d = rec.data as ClusterScorecardData;
    const c = clusterFacts(ctx, d.clusterId);
    if (!c) return missingCluster('bảng chấm điểm');
    if (!c.codes.includes(d.unit.code)) return `${d.unit.name} không phải thành viên của “${c.name}”.`;
    if (d.scorer === 'self' && rec.origin !== d.unit.code) return `Điểm tự chấm của ${d.unit.name} chỉ nhận từ chính ${d.unit.name}.`;
    if (d.scorer === 'cluster' && rec.origin !== c.leaderCode) return `Điểm cụm chấm của “${c.name}” chỉ nhận từ đơn vị cụm trưởng.`;
    return null;
  },
  apply(ctx, rec) {
    const d = rec.data as ClusterScorecardData;
    const unitId = unitIdFor(ctx, d.unit, rec.origin)!;
    // The owner's scorecard replaces one typed here from paper for the same member and scorer.
    const other = statement(ctx, 'SELECT * FROM cluster_scorecards WHERE cluster_id = ? AND unit_id = ? AND scorer = ? AND id <> ?').get(d.clusterId, unitId, d.scorer, rec.id);
    if (other) statement(ctx, 'DELETE FROM cluster_scorecards WHERE cluster_id = ? AND unit_id = ? AND scorer = ? AND id <> ?').run(d.clusterId, unitId, d.scorer, rec.id);
    const before = statement(ctx, 'SELECT * FROM cluster_scorecards WHERE id = ?').get(rec.id) ?? other;
    ctx.sqlite
      .prepare(`INSERT INTO cluster_scorecards (id, origin, rev, created_at, updated_at, deleted, cluster_id, unit_id, scorer, scores, note)
                VALUES (@id, @origin, @rev, @updatedAt, @updatedAt, @deleted, @clusterId, @unitId, @scorer, @scores, @note)
                ON CONFLICT(id) DO UPDATE SET rev = @rev, updated_at = @updatedAt, deleted = @deleted, scores = @scores, note = @note`)
      .run({ id: rec.id, origin: rec.origin, rev: rec.rev, updatedAt: rec.updatedAt, deleted: rec.deleted ? 1 : 0, clusterId: d.clusterId, unitId, scorer: d.scorer, scores: JSON.stringify(d.scores), note: cleanText(d.note) });
    writeAudit(ctx, { action: 'import', entity: 'cluster-scorecard', entityId: rec.id, before, after: { unit: d.unit.code, scorer: d.scorer, scores: d.scores } });
  },
};

export const clusterVoteAdapter: ContentAdapter = {
  type: 'cluster-vote',
  table: 'cluster_votes',
  outgoing(ctx, q) {
    return outgoingRows(ctx, 'cluster-vote', 'cluster_votes', q, { where: FROM_ABOVE }).map((r) => {
      const v = statement(ctx, 'SELECT cluster_id clusterId, held_on heldOn, place, chair, secretary, voters, votes FROM cluster_votes WHERE id = ?').get(r.id) as
        Omit<ClusterVoteData, 'votes'> & { votes: string };
      const votes = (JSON.parse(v.votes) as { unitId: string; yes: number; award: ClusterVoteData['votes'][number]['award'] }[]).map((x) => ({ unit: unitRefOf(ctx, x.unitId)!, yes: x.yes, award: x.award }));
      return envelopeOf('cluster-vote', r, { ...v, votes } satisfies ClusterVoteData);
    });
  },
  current: (ctx, id) => currentIn(ctx, 'cluster_votes', id),
  title: (ctx, id) => (statement(ctx, 'SELECT \'Biên bản suy tôn \' || c.name t FROM cluster_votes v JOIN clusters c ON c.id = v.cluster_id WHERE v.id = ?').get(id) as { t: string } | undefined)?.t ?? null,
  refusal(ctx, rec) {
    const d = rec.data as ClusterVoteData;
    const c = clusterFacts(ctx, d.clusterId);
    if (!c) return missingCluster('biên bản suy tôn');
    if (rec.origin !== c.leaderCode) return `Biên bản suy tôn của “${c.name}” chỉ nhận từ đơn vị cụm trưởng.`;
    if (d.voters > c.codes.length) return `Biên bản ghi ${d.voters} đơn vị bỏ phiếu, nhiều hơn số thành viên của “${c.name}” (${c.codes.length}).`;
    const stranger = d.votes.find((x) => !c.codes.includes(x.unit.code));
    if (stranger) return `${stranger.unit.name} không phải thành viên của “${c.name}”.`;
    return null;
  },
  apply(ctx, rec) {
    const d = rec.data as ClusterVoteData;
    const votes = JSON.stringify(d.votes.map((x) => ({ unitId: unitIdFor(ctx, x.unit, rec.origin)!, yes: x.yes, award: x.award })));
    // The cụm trưởng's minutes replace ones typed here from paper; the dossiers made from them stay linked.
    const other = statement(ctx, 'SELECT * FROM cluster_votes WHERE cluster_id = ? AND id <> ?').get(d.clusterId, rec.id) as { dossiers: string } | undefined;
    if (other) statement(ctx, 'DELETE FROM cluster_votes WHERE cluster_id = ? AND id <> ?').run(d.clusterId, rec.id);
    const before = statement(ctx, 'SELECT * FROM cluster_votes WHERE id = ?').get(rec.id) ?? other;
    ctx.sqlite
      .prepare(`INSERT INTO cluster_votes (id, origin, rev, created_at, updated_at, deleted, cluster_id, held_on, place, chair, secretary, voters, votes, dossiers)
                VALUES (@id, @origin, @rev, @updatedAt, @updatedAt, @deleted, @clusterId, @heldOn, @place, @chair, @secretary, @voters, @votes, @dossiers)
                ON CONFLICT(id) DO UPDATE SET rev = @rev, updated_at = @updatedAt, deleted = @deleted, held_on = @heldOn, place = @place, chair = @chair,
                  secretary = @secretary, voters = @voters, votes = @votes`)
      .run({
        id: rec.id, origin: rec.origin, rev: rec.rev, updatedAt: rec.updatedAt, deleted: rec.deleted ? 1 : 0, clusterId: d.clusterId, heldOn: d.heldOn,
        place: cleanText(d.place), chair: cleanText(d.chair), secretary: cleanText(d.secretary), voters: d.voters, votes, dossiers: other?.dossiers ?? '[]',
      });
    writeAudit(ctx, { action: 'import', entity: 'cluster-vote', entityId: rec.id, before, after: { ...d } });
  },
};
