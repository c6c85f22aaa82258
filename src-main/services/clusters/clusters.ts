import crypto from 'node:crypto';
import type { ClusterDetail, ClusterInput, ClusterSummary, Scorecard } from '../../../src-shared/api';
import {
  CLUSTER_KIND_LABELS, nextRoles, rankMembers, SUY_TON_RULE, TIE_RULE, type ClusterAward, type ClusterCriterion, type ClusterKind,
} from '../../../src-shared/rules/clusters';
import { cleanText, formatDate } from '../../../src-shared/text';
import { clusterMembers, clusters } from '../../db/schema';
import { AppError, fieldError, notFound } from '../../errors';
import { inTransaction, isoNow, writeAudit, type ServiceContext } from '../core';
import { assertOwned, originCode, requireInstallation } from '../installation';
import { criteriaFor } from './criteria';

export interface ClusterRow {
  id: string; origin: string; rev: number; createdAt: string; updatedAt: string; year: number; kind: ClusterKind; name: string;
  criteriaSetId: string; criteria: string; leaderUnitId: string | null; deputyUnitId: string | null;
  pledgeDate: string | null; pledgePlace: string; pledgeText: string;
}

const COLUMNS = `id, origin, rev, created_at createdAt, updated_at updatedAt, year, kind, name, criteria_set_id criteriaSetId, criteria,
  leader_unit_id leaderUnitId, deputy_unit_id deputyUnitId, pledge_date pledgeDate, pledge_place pledgePlace, pledge_text pledgeText`;

export function clusterRow(ctx: ServiceContext, id: string): ClusterRow {
  const r = ctx.sqlite.prepare(`SELECT ${COLUMNS} FROM clusters WHERE id = ? AND deleted = 0`).get(id) as ClusterRow | undefined;
  if (!r) throw notFound('cụm, khối thi đua');
  return r;
}

export const criteriaOf = (r: ClusterRow) => JSON.parse(r.criteria) as ClusterCriterion[];

export function membersOf(ctx: ServiceContext, r: ClusterRow) {
  const rows = ctx.sqlite
    .prepare(
      `SELECT m.unit_id unitId, u.code unitCode, u.name unitName, m.position, m.head_name headName, m.head_title headTitle
         FROM cluster_members m JOIN units u ON u.id = m.unit_id WHERE m.cluster_id = ? ORDER BY m.position`,
    )
    .all(r.id) as Omit<ClusterDetail['members'][number], 'role'>[];
  return rows.map((m) => ({ ...m, role: m.unitId === r.leaderUnitId ? ('leader' as const) : m.unitId === r.deputyUnitId ? ('deputy' as const) : null }));
}

function scorecards(ctx: ServiceContext, r: ClusterRow, items: ClusterCriterion[]) {
  const me = originCode(ctx);
  const rows = ctx.sqlite
    .prepare('SELECT id, origin, rev, unit_id unitId, scorer, scores, note FROM cluster_scorecards WHERE cluster_id = ? AND deleted = 0')
    .all(r.id) as { id: string; origin: string; rev: number; unitId: string; scorer: 'self' | 'cluster'; scores: string; note: string }[];
  const out = new Map<string, Scorecard>();
  for (const s of rows) {
    const scores = JSON.parse(s.scores) as Record<string, number>;
    const totalTenths = items.reduce((a, i) => a + (scores[i.id] ?? 0), 0);
    out.set(`${s.unitId}:${s.scorer}`, { id: s.id, origin: s.origin, rev: s.rev, scores, note: s.note, totalTenths, editable: s.origin === me });
  }
  return out;
}

export function voteOf(ctx: ServiceContext, r: ClusterRow, names: Map<string, string>): ClusterDetail['vote'] {
  const v = ctx.sqlite
    .prepare('SELECT id, origin, held_on heldOn, place, chair, secretary, voters, votes, dossiers FROM cluster_votes WHERE cluster_id = ? AND deleted = 0')
    .get(r.id) as { id: string; origin: string; heldOn: string; place: string; chair: string; secretary: string; voters: number; votes: string; dossiers: string } | undefined;
  if (!v) return null;
  const votes = (JSON.parse(v.votes) as { unitId: string; yes: number; award: ClusterAward | null }[]).map((x) => ({ ...x, name: names.get(x.unitId) ?? '(không còn là thành viên)' }));
  return { ...v, members: names.size, votes, dossiers: JSON.parse(v.dossiers) as { awardCode: string; dossierId: string }[], rule: SUY_TON_RULE };
}

export function getCluster(ctx: ServiceContext, id: string): ClusterDetail {
  const r = clusterRow(ctx, id);
  const items = criteriaOf(r);
  const members = membersOf(ctx, r);
  const cards = scorecards(ctx, r, items);
  const scoring = members.map((m) => ({ unitId: m.unitId, name: m.unitName, self: cards.get(`${m.unitId}:self`) ?? null, cluster: cards.get(`${m.unitId}:cluster`) ?? null }));
  const ranked = rankMembers(items, scoring.map((s) => ({ unitId: s.unitId, name: s.name, scores: s.cluster?.scores ?? null })));
  const set = (() => {
    try {
      return criteriaFor(ctx, r.kind, r.year);
    } catch {
      return null;
    }
  })();
  const next = nextRoles(members.map((m) => m.unitId), r.leaderUnitId, r.deputyUnitId);
  return {
    id: r.id, origin: r.origin, rev: r.rev, createdAt: r.createdAt, updatedAt: r.updatedAt, year: r.year, kind: r.kind, name: r.name,
    editable: r.origin === originCode(ctx), criteriaSetId: r.criteriaSetId,
    viewerUnitId: (ctx.sqlite.prepare('SELECT unit_id u FROM installation').get() as { u: string } | undefined)?.u ?? null,
    criteriaTitle: set?.id === r.criteriaSetId ? set.title : `Bảng tiêu chí ${r.criteriaSetId}`, legalBasis: set?.id === r.criteriaSetId ? set.legalBasis : '',
    criteria: items, maxTotalTenths: items.reduce((a, i) => a + i.maxTenths, 0),
    leaderUnitId: r.leaderUnitId, deputyUnitId: r.deputyUnitId, pledgeDate: r.pledgeDate, pledgePlace: r.pledgePlace, pledgeText: r.pledgeText,
    members, scoring,
    ranking: ranked.map((x) => ({ ...x, selfTotalTenths: cards.get(`${x.unitId}:self`)?.totalTenths ?? null })),
    tieRule: TIE_RULE,
    vote: voteOf(ctx, r, new Map(members.map((m) => [m.unitId, m.unitName]))),
    nextRoles: { leaderUnitId: next.leader, deputyUnitId: next.deputy },
  };
}

export function listClusters(ctx: ServiceContext, input: { year: number }): ClusterSummary[] {
  return (ctx.sqlite
    .prepare(
      `SELECT c.id, c.year, c.kind, c.name,
              (SELECT count(*) FROM cluster_members m WHERE m.cluster_id = c.id) memberCount,
              (SELECT name FROM units WHERE id = c.leader_unit_id) leaderName, (SELECT name FROM units WHERE id = c.deputy_unit_id) deputyName,
              (SELECT count(*) FROM cluster_scorecards s WHERE s.cluster_id = c.id AND s.scorer = 'cluster' AND s.deleted = 0) scoredCount,
              EXISTS (SELECT 1 FROM cluster_votes v WHERE v.cluster_id = c.id AND v.deleted = 0) voted
         FROM clusters c WHERE c.year = ? AND c.deleted = 0 ORDER BY c.kind, c.name`,
    )
    .all(input.year) as (Omit<ClusterSummary, 'voted'> & { voted: number })[]).map((c) => ({ ...c, voted: c.voted === 1 }));
}

/** Members exist, appear once, and are in no other cluster of the same kind that year; roles are members. */
function checkMembers(ctx: ServiceContext, year: number, kind: ClusterKind, input: Pick<ClusterInput, 'members' | 'leaderUnitId' | 'deputyUnitId'>, selfId: string | null) {
  const seen = new Set<string>();
  for (const [i, m] of input.members.entries()) {
    const u = ctx.sqlite.prepare('SELECT name FROM units WHERE id = ? AND deleted = 0').get(m.unitId) as { name: string } | undefined;
    if (!u) throw fieldError(`members.${i}.unitId`, 'Có đơn vị thành viên không còn trong danh mục đơn vị; hãy chọn lại.');
    if (seen.has(m.unitId)) throw fieldError(`members.${i}.unitId`, `${u.name} được chọn hai lần; mỗi đơn vị chỉ là thành viên một lần.`);
    seen.add(m.unitId);
    const other = ctx.sqlite
      .prepare(
        `SELECT c.name FROM cluster_members m JOIN clusters c ON c.id = m.cluster_id
          WHERE m.unit_id = ? AND c.year = ? AND c.kind = ? AND c.deleted = 0 AND c.id IS NOT ?`,
      )
      .get(m.unitId, year, kind, selfId) as { name: string } | undefined;
    if (other) {
      throw fieldError(
        `members.${i}.unitId`,
        `${u.name} đã là thành viên “${other.name}” năm ${year}; mỗi đơn vị chỉ thuộc một ${CLUSTER_KIND_LABELS[kind].toLowerCase()} trong một năm. Hãy bỏ đơn vị này hoặc chuyển nó ra khỏi “${other.name}” trước.`,
      );
    }
  }
  for (const [field, id, label] of [['leaderUnitId', input.leaderUnitId, 'Cụm trưởng'], ['deputyUnitId', input.deputyUnitId, 'Cụm phó']] as const) {
    if (id && !seen.has(id)) throw fieldError(field, `${label} phải là một đơn vị thành viên của cụm, khối.`);
  }
  if (input.leaderUnitId && input.leaderUnitId === input.deputyUnitId) throw fieldError('deputyUnitId', 'Cụm trưởng và cụm phó phải là hai đơn vị khác nhau.');
}

function writeMembers(ctx: ServiceContext, clusterId: string, members: ClusterInput['members']) {
  ctx.sqlite.prepare('DELETE FROM cluster_members WHERE cluster_id = ?').run(clusterId);
  members.forEach((m, k) =>
    ctx.db.insert(clusterMembers).values({ clusterId, unitId: m.unitId, position: k + 1, headName: cleanText(m.headName), headTitle: cleanText(m.headTitle) }).run(),
  );
}

/** A cluster of the year with its members and roles; the criteria table in force is copied in. */
export function createCluster(ctx: ServiceContext, input: ClusterInput): ClusterDetail {
  requireInstallation(ctx);
  const name = cleanText(input.name);
  if (!name) throw fieldError('name', 'Vui lòng nhập tên cụm, khối thi đua.');
  const dup = ctx.sqlite.prepare('SELECT 1 FROM clusters WHERE year = ? AND name = ? AND deleted = 0').get(input.year, name);
  if (dup) throw fieldError('name', `Năm ${input.year} đã có “${name}”; hãy đặt tên khác hoặc mở cụm, khối đó.`);
  checkMembers(ctx, input.year, input.kind, input, null);
  const set = criteriaFor(ctx, input.kind, input.year);
  return inTransaction(ctx, () => {
    const now = isoNow(ctx);
    const row = {
      id: crypto.randomUUID(), origin: originCode(ctx), rev: 1, createdAt: now, updatedAt: now, deleted: false, year: input.year, kind: input.kind, name,
      criteriaSetId: set.id, criteria: JSON.stringify(set.items), leaderUnitId: input.leaderUnitId, deputyUnitId: input.deputyUnitId,
      pledgeDate: null, pledgePlace: '', pledgeText: '',
    };
    ctx.db.insert(clusters).values(row).run();
    writeMembers(ctx, row.id, input.members);
    writeAudit(ctx, { action: 'create', entity: 'cluster', entityId: row.id, after: { ...row, members: input.members } });
    return getCluster(ctx, row.id);
  });
}

function ownedRow(ctx: ServiceContext, id: string) {
  const r = clusterRow(ctx, id);
  assertOwned(ctx, r.origin);
  return r;
}

function bump(ctx: ServiceContext, before: ClusterRow, values: Partial<ClusterRow>, extra: Record<string, unknown> = {}) {
  const sets = Object.keys(values).map((k) => `${k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)} = @${k}`);
  ctx.sqlite.prepare(`UPDATE clusters SET ${[...sets, 'rev = rev + 1', 'updated_at = @updatedAt'].join(', ')} WHERE id = @id`).run({ ...values, updatedAt: isoNow(ctx), id: before.id });
  writeAudit(ctx, { action: 'update', entity: 'cluster', entityId: before.id, before: { ...before, criteria: undefined }, after: { ...values, ...extra } });
}

/** Name, members (in order) and roles; scores of a unit no longer a member stay but are not shown. */
export function updateCluster(ctx: ServiceContext, input: Omit<ClusterInput, 'year' | 'kind'> & { id: string }): ClusterDetail {
  const before = ownedRow(ctx, input.id);
  const name = cleanText(input.name);
  if (!name) throw fieldError('name', 'Vui lòng nhập tên cụm, khối thi đua.');
  checkMembers(ctx, before.year, before.kind, input, before.id);
  return inTransaction(ctx, () => {
    writeMembers(ctx, before.id, input.members);
    bump(ctx, before, { name, leaderUnitId: input.leaderUnitId, deputyUnitId: input.deputyUnitId }, { members: input.members });
    return getCluster(ctx, before.id);
  });
}

/** The giao ước: date, place and commitments (empty: the standard wording is printed). */
export function setPledge(ctx: ServiceContext, input: { id: string; pledgeDate: string | null; pledgePlace: string; pledgeText: string }): ClusterDetail {
  const before = ownedRow(ctx, input.id);
  if (input.pledgeDate && Number(input.pledgeDate.slice(0, 4)) !== before.year) {
    throw fieldError('pledgeDate', `Ngày ký giao ước (${formatDate(input.pledgeDate)}) phải trong năm ${before.year} của cụm, khối.`);
  }
  return inTransaction(ctx, () => {
    bump(ctx, before, { pledgeDate: input.pledgeDate, pledgePlace: cleanText(input.pledgePlace), pledgeText: input.pledgeText.normalize('NFC').trim() });
    return getCluster(ctx, before.id);
  });
}

/** Next year's cluster: same name, members and heads, roles rotated, the criteria in force next year. */
export function rollOverCluster(ctx: ServiceContext, id: string): ClusterDetail {
  const r = ownedRow(ctx, id);
  const members = membersOf(ctx, r);
  const next = nextRoles(members.map((m) => m.unitId), r.leaderUnitId, r.deputyUnitId);
  const exists = ctx.sqlite.prepare('SELECT 1 FROM clusters WHERE year = ? AND name = ? AND deleted = 0').get(r.year + 1, r.name);
  if (exists) throw new AppError('EXISTS', `Năm ${r.year + 1} đã có “${r.name}”; hãy mở cụm, khối đó để sửa.`);
  return createCluster(ctx, {
    year: r.year + 1, kind: r.kind, name: r.name, leaderUnitId: next.leader, deputyUnitId: next.deputy,
    members: members.map((m) => ({ unitId: m.unitId, headName: m.headName, headTitle: m.headTitle })),
  });
}
