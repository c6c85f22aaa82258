import { z } from 'zod';

// Cụm, khối thi đua: the criteria table (versioned data in resources/clusters), the ranking, the
// suy tôn vote and the yearly rotation of the cụm trưởng / cụm phó. Pure functions, no database.

export const CLUSTER_KINDS = ['cum', 'khoi'] as const;
export type ClusterKind = (typeof CLUSTER_KINDS)[number];
export const CLUSTER_KIND_LABELS: Record<ClusterKind, string> = { cum: 'Cụm thi đua', khoi: 'Khối thi đua' };

/** The awards a suy tôn proposes: Cờ thi đua của UBND tỉnh, Bằng khen của Chủ tịch UBND tỉnh (tập thể). */
export const CLUSTER_AWARDS = ['CO_TD_TINH', 'BK_CT_TINH_TT'] as const;
export type ClusterAward = (typeof CLUSTER_AWARDS)[number];
export const CLUSTER_AWARD_LABELS: Record<ClusterAward, string> = {
  CO_TD_TINH: 'Cờ thi đua của Ủy ban nhân dân tỉnh',
  BK_CT_TINH_TT: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
};

const criterion = z.object({
  id: z.string().min(1).max(20),
  text: z.string().min(1).max(500),
  /** Maximum points in tenths (150 = 15 điểm): scores travel as integers, never floats. */
  maxTenths: z.number().int().min(1).max(10000),
  evidence: z.string().max(500),
});
export type ClusterCriterion = z.infer<typeof criterion>;

const criteriaSet = z.object({
  id: z.string().min(1).max(60),
  kind: z.enum(CLUSTER_KINDS),
  fromYear: z.number().int(),
  toYear: z.number().int().nullable(),
  title: z.string().min(1),
  legalBasis: z.string(),
  items: z.array(criterion).min(1).max(100),
});
export type ClusterCriteriaSet = z.infer<typeof criteriaSet>;

export const clusterCriteriaCatalogue = z.object({
  criteriaVersion: z.number().int().min(1),
  note: z.string().default(''),
  sets: z.array(criteriaSet).min(1),
});
export type ClusterCriteriaCatalogue = z.infer<typeof clusterCriteriaCatalogue>;

/** Parses a criteria catalogue; item ids must be unique within a set. */
export function parseClusterCriteria(raw: unknown): { ok: true; catalogue: ClusterCriteriaCatalogue } | { ok: false; errors: string[] } {
  const r = clusterCriteriaCatalogue.safeParse(typeof raw === 'string' ? (JSON.parse(raw) as unknown) : raw);
  if (!r.success) return { ok: false, errors: r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  const errors: string[] = [];
  for (const s of r.data.sets) {
    const ids = s.items.map((i) => i.id);
    if (new Set(ids).size !== ids.length) errors.push(`${s.id}: mã tiêu chí trùng nhau`);
  }
  return errors.length ? { ok: false, errors } : { ok: true, catalogue: r.data };
}

/** The set in force for a kind and a year (the newest start year that covers it), or null. */
export function criteriaSetFor(cat: ClusterCriteriaCatalogue, kind: ClusterKind, year: number): ClusterCriteriaSet | null {
  const fits = cat.sets.filter((s) => s.kind === kind && s.fromYear <= year && (s.toYear === null || year <= s.toYear));
  return fits.sort((a, b) => b.fromYear - a.fromYear)[0] ?? null;
}

/** "12,5" from 125 tenths (Vietnamese decimal comma). */
export const formatPoints = (tenths: number) => (tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1).replace('.', ','));

/** A score above its criterion's maximum (or negative), as a Vietnamese sentence, or null. */
export function scoreProblem(item: ClusterCriterion, tenths: number): string | null {
  if (!Number.isInteger(tenths) || tenths < 0) return `Điểm tiêu chí ${item.id} phải là số không âm, lẻ tối đa một chữ số thập phân.`;
  if (tenths > item.maxTenths) {
    return `Điểm tiêu chí ${item.id} (${formatPoints(tenths)}) vượt điểm tối đa ${formatPoints(item.maxTenths)}; hãy chấm lại trong khoảng 0 đến ${formatPoints(item.maxTenths)}.`;
  }
  return null;
}

export interface RankInput {
  unitId: string;
  name: string;
  /** criterion id → tenths; null when the member has not been scored. */
  scores: Record<string, number> | null;
}
export interface RankRow {
  unitId: string;
  name: string;
  totalTenths: number | null;
  /** 1-based; equal rows share a rank (1, 1, 3); null when not scored. */
  rank: number | null;
}

/** The tie rule, printed under the ranking and shown on the screen. */
export const TIE_RULE =
  'Đơn vị có tổng điểm cao hơn xếp trên; bằng tổng điểm thì xét lần lượt điểm từng tiêu chí theo thứ tự trong bảng (tiêu chí 1, rồi tiêu chí 2…), đơn vị có điểm cao hơn ở tiêu chí đầu tiên khác nhau xếp trên; bằng nhau ở mọi tiêu chí thì đồng hạng. Đơn vị chưa được chấm điểm không xếp hạng.';

/** Ranks the scored members by {@link TIE_RULE}; unscored ones follow, in the order given. */
export function rankMembers(items: readonly ClusterCriterion[], members: readonly RankInput[]): RankRow[] {
  const total = (s: Record<string, number>) => items.reduce((a, i) => a + (s[i.id] ?? 0), 0);
  const compare = (a: Record<string, number>, b: Record<string, number>) => {
    const d = total(b) - total(a);
    if (d) return d;
    for (const i of items) {
      const x = (b[i.id] ?? 0) - (a[i.id] ?? 0);
      if (x) return x;
    }
    return 0;
  };
  const scored = members.filter((m) => m.scores).sort((a, b) => compare(a.scores!, b.scores!));
  const rows: RankRow[] = [];
  scored.forEach((m, k) => {
    const prev = scored[k - 1];
    const rank = prev && compare(prev.scores!, m.scores!) === 0 ? rows[k - 1]!.rank : k + 1;
    rows.push({ unitId: m.unitId, name: m.name, totalTenths: total(m.scores!), rank });
  });
  for (const m of members) if (!m.scores) rows.push({ unitId: m.unitId, name: m.name, totalTenths: null, rank: null });
  return rows;
}

export interface VoteInput {
  members: number;
  voters: number;
  votes: readonly { unitId: string; name: string; yes: number; award: ClusterAward | null }[];
}

/** The share of the voters' votes an award needs (quá bán: more than half of the members voting). */
export const SUY_TON_RULE = 'Đơn vị được suy tôn đề nghị khen thưởng khi có trên 50% số thành viên dự họp bỏ phiếu đồng ý.';

/** What is wrong with a suy tôn tally (Vietnamese sentences); empty when it is consistent. */
export function voteProblems(v: VoteInput): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  if (v.voters < 1) out.push({ field: 'voters', message: 'Số thành viên dự họp bỏ phiếu phải ít nhất là 1.' });
  if (v.voters > v.members) {
    out.push({ field: 'voters', message: `Số thành viên bỏ phiếu (${v.voters}) nhiều hơn số thành viên của cụm, khối (${v.members}); mỗi thành viên chỉ có một phiếu.` });
  }
  v.votes.forEach((x, i) => {
    if (x.yes < 0) out.push({ field: `votes.${i}.yes`, message: `${x.name}: số phiếu không được âm.` });
    if (x.yes > v.voters) out.push({ field: `votes.${i}.yes`, message: `${x.name} có ${x.yes} phiếu, nhiều hơn số thành viên bỏ phiếu (${v.voters}).` });
    if (x.award && x.yes * 2 <= v.voters) {
      out.push({ field: `votes.${i}.award`, message: `${x.name} có ${x.yes}/${v.voters} phiếu, chưa quá bán nên không đề nghị ${CLUSTER_AWARD_LABELS[x.award]} được. ${SUY_TON_RULE}` });
    }
  });
  const flags = v.votes.filter((x) => x.award === 'CO_TD_TINH');
  if (flags.length > 1) out.push({ field: 'votes', message: 'Mỗi cụm, khối chỉ suy tôn một đơn vị dẫn đầu đề nghị Cờ thi đua của Ủy ban nhân dân tỉnh.' });
  return out;
}

/** Who the votes suggest: the most votes (quá bán) for Cờ thi đua, the next ones with quá bán for Bằng khen (at most two). */
export function suggestAwards(v: Pick<VoteInput, 'voters' | 'votes'>): (ClusterAward | null)[] {
  const order = v.votes.map((x, i) => ({ i, yes: x.yes })).filter((x) => x.yes * 2 > v.voters).sort((a, b) => b.yes - a.yes);
  const out: (ClusterAward | null)[] = v.votes.map(() => null);
  const top = order[0];
  if (top && (order.length === 1 || order[1]!.yes < top.yes)) out[top.i] = 'CO_TD_TINH';
  const start = top && out[top.i] ? 1 : 0;
  for (const x of order.slice(start, start + 2)) out[x.i] = 'BK_CT_TINH_TT';
  return out;
}

/**
 * Next year's cụm trưởng and cụm phó: the roles move one place down the members' order (this
 * year's cụm phó leads; the member after it becomes cụm phó), wrapping round.
 */
export function nextRoles(order: readonly string[], leader: string | null, deputy: string | null): { leader: string | null; deputy: string | null } {
  if (!order.length) return { leader: null, deputy: null };
  const at = (k: number) => order[((k % order.length) + order.length) % order.length]!;
  const li = leader ? order.indexOf(leader) : -1;
  const di = deputy ? order.indexOf(deputy) : -1;
  const nextLeader = di >= 0 ? order[di]! : at(li + 1);
  const nl = order.indexOf(nextLeader);
  const nextDeputy = order.length > 1 ? at(nl + 1) : null;
  return { leader: nextLeader, deputy: nextDeputy };
}
