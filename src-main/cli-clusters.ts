// `clusters list|show|propose`: the cụm, khối thi đua of a year from a terminal (print with `print cluster-pledge|cluster-ranking ID`).
import type { ApiInput, ApiName, ApiOutput, ClusterDetail } from '../src-shared/api';
import { CLUSTER_AWARD_LABELS, CLUSTER_AWARDS, CLUSTER_KIND_LABELS, formatPoints, type ClusterAward } from '../src-shared/rules/clusters';
import { formatDate } from '../src-shared/text';
import { CliUsage, type Flags } from './cli-exchange';

type Call = <N extends ApiName>(name: N, input: ApiInput<N>) => Promise<ApiOutput<N>>;

export const CLUSTERS_USAGE = `  clusters list --year NĂM      cụm, khối thi đua của năm: thành viên, cụm trưởng, cụm phó, số đơn vị đã chấm, đã suy tôn chưa
  clusters show MÃ              thành viên, bảng xếp hạng (điểm cụm chấm, điểm tự chấm) và kết quả suy tôn
  clusters propose MÃ --award CO_TD_TINH|BK_CT_TINH_TT   lập hồ sơ đề nghị từ biên bản suy tôn
  print cluster-pledge|cluster-ranking|cluster-minutes MÃ --out TỆP.docx   giao ước thi đua; bảng tổng hợp chấm điểm, xếp hạng; biên bản suy tôn
`;

function show(c: ClusterDetail, say: (line: string) => void) {
  const role = (id: string | null) => c.members.find((m) => m.unitId === id)?.unitName ?? '(chưa chọn)';
  say(`${c.id}  ${CLUSTER_KIND_LABELS[c.kind]} “${c.name}” năm ${c.year}: ${c.members.length} đơn vị; cụm trưởng ${role(c.leaderUnitId)}, cụm phó ${role(c.deputyUnitId)}`);
  say(`    Giao ước: ${c.pledgeDate ? `ký ngày ${formatDate(c.pledgeDate)}` : 'chưa ký'}; bảng tiêu chí ${c.criteriaSetId} (${c.criteria.length} tiêu chí, ${formatPoints(c.maxTotalTenths)} điểm)`);
  for (const r of c.ranking) {
    say(`    ${r.rank === null ? '  -' : String(r.rank).padStart(3)}. ${r.name}: cụm chấm ${r.totalTenths === null ? 'chưa chấm' : formatPoints(r.totalTenths)}, tự chấm ${r.selfTotalTenths === null ? 'chưa' : formatPoints(r.selfTotalTenths)}`);
  }
  const v = c.vote;
  if (v) {
    say(`    Suy tôn ngày ${formatDate(v.heldOn)}: ${v.voters}/${v.members} đơn vị bỏ phiếu`);
    for (const x of v.votes) say(`      ${x.name}: ${x.yes} phiếu${x.award ? ` → đề nghị ${CLUSTER_AWARD_LABELS[x.award]}` : ''}`);
  }
}

export async function runClusters(call: Call, positionals: string[], values: Flags, say: (line: string) => void): Promise<{ result: unknown } | null> {
  const [cmd, sub, id] = positionals;
  if (cmd !== 'clusters') return null;
  if (sub === 'list') {
    const year = Number(values.year);
    if (typeof values.year !== 'string' || !Number.isInteger(year)) throw new CliUsage('clusters list cần --year NĂM (ví dụ --year 2025).');
    const list = await call('clusters.list', { year });
    say(`Năm ${year}: ${list.length} cụm, khối thi đua`);
    for (const c of list) {
      say(`${c.id}  ${CLUSTER_KIND_LABELS[c.kind]} “${c.name}”: ${c.memberCount} đơn vị; cụm trưởng ${c.leaderName ?? '(chưa chọn)'}, cụm phó ${c.deputyName ?? '(chưa chọn)'}; đã chấm ${c.scoredCount}/${c.memberCount}; ${c.voted ? 'đã suy tôn' : 'chưa suy tôn'}`);
    }
    return { result: list };
  }
  if (sub === 'show' || sub === 'propose') {
    if (!id) throw new CliUsage(`clusters ${sub} cần mã cụm, khối (MÃ, xem clusters list).`);
    if (sub === 'show') {
      const c = await call('clusters.get', { id });
      show(c, say);
      return { result: c };
    }
    const award = typeof values.award === 'string' ? values.award.toUpperCase() : '';
    if (!(CLUSTER_AWARDS as readonly string[]).includes(award)) throw new CliUsage('clusters propose cần --award CO_TD_TINH (Cờ thi đua) hoặc BK_CT_TINH_TT (Bằng khen).');
    const r = await call('clusters.propose', { clusterId: id, award: award as ClusterAward });
    say(`Đã lập hồ sơ “${r.title}” (${r.nominees} đơn vị), mã ${r.dossierId}. Xem: eligibility ${r.dossierId}`);
    return { result: r };
  }
  throw new CliUsage(`clusters: lệnh "${sub ?? ''}" không có; dùng list, show hoặc propose.\n${CLUSTERS_USAGE}`);
}
