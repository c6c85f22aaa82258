import type { ApiInput, ApiName, ApiOutput } from '../../../src-shared/api';

type Invoke = <N extends ApiName>(name: N, input: ApiInput<N>) => Promise<ApiOutput<N>>;

const HEADS = ['Lò Văn Páo', 'Nguyễn Văn Hùng', 'Lường Văn Chiến', 'Vàng A Sử', 'Tao Văn Minh'];
/** Points below the maximum, per member and criterion (tenths): Mường Tè leads, Đông Hưng and Phúc Thọ tie on total. */
const SHORT = [
  [20, 5, 10, 0, 5, 10, 0, 0],
  [10, 0, 0, 5, 0, 5, 0, 0],
  [15, 0, 5, 0, 0, 0, 0, 0],
  [0, 0, 5, 0, 0, 0, 0, 0],
  [25, 10, 10, 5, 5, 10, 5, 0],
];

/**
 * Last year's Cụm thi đua số 1 of five communes (the first as cụm trưởng, the second as cụm phó):
 * the giao ước signed in February, every member's self-scoring and the cluster's scoring, and
 * the suy tôn in January proposing the leader for Cờ thi đua and the next two for Bằng khen.
 */
export async function demoClusters(invoke: Invoke, communes: { id: string; name: string }[], today: string): Promise<number> {
  const year = Number(today.slice(0, 4)) - 1;
  const five = communes.slice(0, 5);
  const c = await invoke('clusters.create', {
    year, kind: 'cum', name: 'Cụm thi đua số 1',
    members: five.map((u, k) => ({ unitId: u.id, headName: HEADS[k]!, headTitle: 'Chủ tịch UBND xã' })),
    leaderUnitId: five[0]!.id, deputyUnitId: five[1]!.id,
  });
  await invoke('clusters.setPledge', { id: c.id, pledgeDate: `${year}-02-20`, pledgePlace: five[0]!.name, pledgeText: '' });
  for (const [k, u] of five.entries()) {
    const full = Object.fromEntries(c.criteria.map((i, j) => [i.id, i.maxTenths - Math.max(0, SHORT[k]![j]! - 5)]));
    const cluster = Object.fromEntries(c.criteria.map((i, j) => [i.id, i.maxTenths - SHORT[k]![j]!]));
    await invoke('clusters.score', { clusterId: c.id, unitId: u.id, scorer: 'self', scores: full, note: '' });
    await invoke('clusters.score', { clusterId: c.id, unitId: u.id, scorer: 'cluster', scores: cluster, note: '' });
  }
  const yes = [2, 4, 3, 5, 1];
  await invoke('clusters.setVote', {
    clusterId: c.id, heldOn: `${year + 1}-01-10`, place: five[0]!.name, chair: HEADS[0]!, secretary: 'Lường Thị Hiền', voters: 5,
    votes: five.map((u, k) => ({ unitId: u.id, yes: yes[k]!, award: k === 3 ? ('CO_TD_TINH' as const) : k === 1 || k === 2 ? ('BK_CT_TINH_TT' as const) : null })),
  });
  return 1;
}
