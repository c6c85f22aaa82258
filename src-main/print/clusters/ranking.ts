import { AlignmentType } from 'docx';
import { CLUSTER_AWARD_LABELS, CLUSTER_KIND_LABELS, formatPoints } from '../../../src-shared/rules/clusters';
import { formatDate } from '../../../src-shared/text';
import type { ServiceContext } from '../../services/core';
import { getCluster } from '../../services/clusters';
import { cellText, richTable, section, tail, type RichCell } from '../inspections/common';
import { body, heading, LANDSCAPE_WIDTH, pack, para, run, signerRight, title } from '../layout';
import { clusterHeading, memberSignature } from './common';

const W = { stt: 720, unit: 2700, self: 1150, total: 1150, rank: 850 };

/**
 * Bảng tổng hợp kết quả chấm điểm, xếp hạng of a cụm, khối (landscape): every member with the
 * cluster's score per criterion (the maximum under each heading), its own total beside the
 * cluster's, the rank by the stated tie rule, the suy tôn result when there is one, signed by
 * the head of the cụm trưởng unit.
 */
export async function clusterRankingDocument(ctx: ServiceContext, id: string): Promise<Buffer> {
  const c = getCluster(ctx, id);
  const kind = CLUSTER_KIND_LABELS[c.kind].toLowerCase();
  const critWidth = Math.floor((LANDSCAPE_WIDTH - W.stt - W.unit - W.self - W.total - W.rank) / Math.max(1, c.criteria.length));
  const scoring = new Map(c.scoring.map((s) => [s.unitId, s]));
  const rows: RichCell[][] = c.ranking.map((r, k) => {
    const card = scoring.get(r.unitId)?.cluster;
    return [
      { content: String(k + 1), align: 'center' },
      { content: r.name },
      ...c.criteria.map((i): RichCell => ({ content: card && card.scores[i.id] !== undefined ? formatPoints(card.scores[i.id]!) : '', align: 'center' })),
      { content: r.selfTotalTenths === null ? '' : formatPoints(r.selfTotalTenths), align: 'center' },
      { content: r.totalTenths === null ? 'Chưa chấm' : formatPoints(r.totalTenths), align: 'center', bold: true },
      { content: r.rank === null ? '' : String(r.rank), align: 'center', bold: true },
    ];
  });
  const v = c.vote;
  const leader = c.members.find((m) => m.role === 'leader') ?? c.members[0];
  const date = v?.heldOn ?? null;
  const children = [
    heading(clusterHeading(c, date), LANDSCAPE_WIDTH),
    ...title('Bảng tổng hợp', `Kết quả chấm điểm, xếp hạng thi đua năm ${c.year} của ${c.name}`, LANDSCAPE_WIDTH),
    body(`Theo ${c.criteriaTitle.charAt(0).toLowerCase()}${c.criteriaTitle.slice(1)} (tổng ${formatPoints(c.maxTotalTenths)} điểm). Điểm dưới đây là điểm do ${kind} chấm; cột “Tự chấm” là tổng điểm đơn vị tự chấm.`),
    richTable(
      [
        { title: 'STT', width: W.stt, align: 'center' },
        { title: 'Đơn vị', width: W.unit },
        ...c.criteria.map((i) => ({ title: `TC ${i.id} (${formatPoints(i.maxTenths)})`, width: critWidth, align: 'center' as const })),
        { title: 'Tự chấm', width: W.self, align: 'center' },
        { title: `Cụm chấm (${formatPoints(c.maxTotalTenths)})`, width: W.total, align: 'center' },
        { title: 'Xếp hạng', width: W.rank, align: 'center' },
      ],
      rows,
    ),
    para([run(`Cách xếp hạng: ${c.tieRule}`, { italics: true, size: 13 })], { alignment: AlignmentType.JUSTIFIED, spacing: { before: 120, after: 60 } }),
    ...c.criteria.map((i) => cellText(`TC ${i.id}: ${i.text}.`, { size: 12, italics: true })),
    ...(v
      ? [
          section(`Kết quả suy tôn (họp ngày ${formatDate(v.heldOn)}, ${v.voters}/${v.members} đơn vị thành viên bỏ phiếu)`),
          ...v.votes
            .filter((x) => x.award)
            .sort((a, b) => (a.award === b.award ? b.yes - a.yes : a.award === 'CO_TD_TINH' ? -1 : 1))
            .map((x) => body(`- ${x.name}: ${x.yes}/${v.voters} phiếu, đề nghị tặng ${CLUSTER_AWARD_LABELS[x.award!]}.`)),
        ]
      : []),
    para('', { spacing: { after: 120 }, keepNext: true }),
    ...(leader ? [signerRight(LANDSCAPE_WIDTH, memberSignature(leader, { over: 'Đơn vị cụm trưởng' }))] : []),
    tail(),
  ];
  return pack(children, { title: `Kết quả chấm điểm, xếp hạng năm ${c.year} - ${c.name}`, creator: 'TĐKT Desktop', landscape: true });
}
