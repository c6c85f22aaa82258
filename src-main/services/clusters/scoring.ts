import crypto from 'node:crypto';
import type { ApiInput, ClusterDetail } from '../../../src-shared/api';
import { scoreProblem, voteProblems } from '../../../src-shared/rules/clusters';
import { cleanText, formatDate } from '../../../src-shared/text';
import { AppError, fieldError } from '../../errors';
import { inTransaction, isoNow, writeAudit, type ServiceContext } from '../core';
import { assertOwned, originCode, requireInstallation } from '../installation';
import { clusterRow, criteriaOf, getCluster, membersOf } from './clusters';

type ScoreInput = { clusterId: string; unitId: string; scorer: 'self' | 'cluster'; scores: Record<string, number>; note: string };

/**
 * A member's self-scoring or the cluster's scoring of it, criterion by criterion: every score
 * within 0 … the criterion's maximum, every criterion of the table and nothing else. One
 * scorecard per (member, scorer); a later save is a new rev of the same record.
 */
export function scoreMember(ctx: ServiceContext, input: ScoreInput): ClusterDetail {
  const r = clusterRow(ctx, input.clusterId);
  const me = requireInstallation(ctx);
  // A copy received from the province: a member scores itself; only the cụm trưởng scores the others.
  if (r.origin !== me.unitCode) {
    if (input.scorer === 'self' && input.unitId !== me.unitId) {
      throw new AppError('READ_ONLY', `Cụm, khối này do ${r.origin} lập; đơn vị chỉ tự chấm điểm của chính mình (${me.unitName}).`);
    }
    if (input.scorer === 'cluster' && r.leaderUnitId !== me.unitId) {
      throw new AppError('READ_ONLY', `Chỉ đơn vị cụm trưởng chấm điểm các thành viên của “${r.name}”; ${me.unitName} chỉ tự chấm điểm của mình.`);
    }
  }
  const member = membersOf(ctx, r).find((m) => m.unitId === input.unitId);
  if (!member) throw fieldError('unitId', 'Đơn vị này không phải thành viên của cụm, khối; hãy chọn đơn vị trong danh sách thành viên.');
  const items = criteriaOf(r);
  for (const key of Object.keys(input.scores)) {
    if (!items.some((i) => i.id === key)) throw fieldError(`scores.${key}`, `Bảng tiêu chí không có tiêu chí “${key}”; hãy tải lại bảng chấm điểm.`);
  }
  for (const i of items) {
    const v = input.scores[i.id];
    if (v === undefined) continue;
    const problem = scoreProblem(i, v);
    if (problem) throw fieldError(`scores.${i.id}`, `${member.unitName}: ${problem}`);
  }
  const existing = ctx.sqlite
    .prepare('SELECT id, origin, rev, scores, note FROM cluster_scorecards WHERE cluster_id = ? AND unit_id = ? AND scorer = ?')
    .get(r.id, input.unitId, input.scorer) as { id: string; origin: string; rev: number; scores: string; note: string } | undefined;
  if (existing) assertOwned(ctx, existing.origin);
  const scores = Object.fromEntries(items.filter((i) => input.scores[i.id] !== undefined).map((i) => [i.id, input.scores[i.id]!]));
  const note = cleanText(input.note);
  return inTransaction(ctx, () => {
    const now = isoNow(ctx);
    if (existing) {
      ctx.sqlite.prepare('UPDATE cluster_scorecards SET scores = ?, note = ?, rev = rev + 1, updated_at = ?, deleted = 0 WHERE id = ?').run(JSON.stringify(scores), note, now, existing.id);
      writeAudit(ctx, { action: 'update', entity: 'cluster-scorecard', entityId: existing.id, before: { scores: JSON.parse(existing.scores) as unknown, note: existing.note }, after: { scores, note } });
    } else {
      const id = crypto.randomUUID();
      ctx.sqlite
        .prepare(`INSERT INTO cluster_scorecards (id, origin, rev, created_at, updated_at, deleted, cluster_id, unit_id, scorer, scores, note) VALUES (?, ?, 1, ?, ?, 0, ?, ?, ?, ?, ?)`)
        .run(id, originCode(ctx), now, now, r.id, input.unitId, input.scorer, JSON.stringify(scores), note);
      writeAudit(ctx, { action: 'create', entity: 'cluster-scorecard', entityId: id, after: { clusterId: r.id, unitId: input.unitId, scorer: input.scorer, scores, note } });
    }
    return getCluster(ctx, r.id);
  });
}

/**
 * Biên bản suy tôn: the members voting and each member's yes votes, with the award proposed for
 * the leading ones. More voters than members, more votes than voters, or an award without a
 * majority is refused, naming the row; nothing is written.
 */
export function setClusterVote(ctx: ServiceContext, input: ApiInput<'clusters.setVote'> & { place: string; chair: string; secretary: string }): ClusterDetail {
  const r = clusterRow(ctx, input.clusterId);
  const me = requireInstallation(ctx);
  if (r.origin !== me.unitCode && r.leaderUnitId !== me.unitId) {
    throw new AppError('READ_ONLY', `Chỉ đơn vị cụm trưởng lập biên bản suy tôn của “${r.name}”; hãy gửi ý kiến cho cụm trưởng.`);
  }
  const members = membersOf(ctx, r);
  const names = new Map(members.map((m) => [m.unitId, m.unitName]));
  if (Number(input.heldOn.slice(0, 4)) < r.year) throw fieldError('heldOn', `Ngày họp suy tôn (${formatDate(input.heldOn)}) trước năm ${r.year} được chấm điểm; hãy sửa lại ngày.`);
  const seen = new Set<string>();
  const votes = input.votes.map((v, i) => {
    const name = names.get(v.unitId);
    if (!name) throw fieldError(`votes.${i}.unitId`, 'Có đơn vị trong bảng phiếu không phải thành viên của cụm, khối; hãy tải lại bảng.');
    if (seen.has(v.unitId)) throw fieldError(`votes.${i}.unitId`, `${name} có hai dòng phiếu; mỗi đơn vị một dòng.`);
    seen.add(v.unitId);
    return { unitId: v.unitId, name, yes: v.yes, award: v.award ?? null };
  });
  const problem = voteProblems({ members: members.length, voters: input.voters, votes })[0];
  if (problem) throw fieldError(problem.field, problem.message);
  const existing = ctx.sqlite.prepare('SELECT id, origin, held_on heldOn, voters, votes FROM cluster_votes WHERE cluster_id = ?').get(r.id) as
    | { id: string; origin: string; heldOn: string; voters: number; votes: string }
    | undefined;
  if (existing) assertOwned(ctx, existing.origin);
  const stored = JSON.stringify(votes.map(({ unitId, yes, award }) => ({ unitId, yes, award })));
  const meeting = { heldOn: input.heldOn, place: cleanText(input.place), chair: cleanText(input.chair), secretary: cleanText(input.secretary), voters: input.voters };
  return inTransaction(ctx, () => {
    const now = isoNow(ctx);
    if (existing) {
      ctx.sqlite
        .prepare('UPDATE cluster_votes SET held_on = @heldOn, place = @place, chair = @chair, secretary = @secretary, voters = @voters, votes = @votes, rev = rev + 1, updated_at = @now, deleted = 0 WHERE id = @id')
        .run({ ...meeting, votes: stored, now, id: existing.id });
      writeAudit(ctx, { action: 'update', entity: 'cluster-vote', entityId: existing.id, before: { heldOn: existing.heldOn, voters: existing.voters, votes: JSON.parse(existing.votes) as unknown }, after: { ...meeting, votes } });
    } else {
      const id = crypto.randomUUID();
      ctx.sqlite
        .prepare(`INSERT INTO cluster_votes (id, origin, rev, created_at, updated_at, deleted, cluster_id, held_on, place, chair, secretary, voters, votes, dossiers)
                  VALUES (@id, @origin, 1, @now, @now, 0, @clusterId, @heldOn, @place, @chair, @secretary, @voters, @votes, '[]')`)
        .run({ id, origin: originCode(ctx), now, clusterId: r.id, ...meeting, votes: stored });
      writeAudit(ctx, { action: 'create', entity: 'cluster-vote', entityId: id, after: { clusterId: r.id, ...meeting, votes } });
    }
    return getCluster(ctx, r.id);
  });
}
