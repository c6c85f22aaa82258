import { CLUSTER_AWARD_LABELS, CLUSTER_KIND_LABELS, formatPoints, SUY_TON_RULE } from '../../../src-shared/rules/clusters';
import { formatDate } from '../../../src-shared/text';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../services/core';
import { getCluster } from '../../services/clusters';
import { dash, richTable, section, tail, type RichCell } from '../inspections/common';
import { body, CONTENT_WIDTH, heading, pack, para, run, title, twoSigners } from '../layout';
import { clusterHeading } from './common';

const W = { stt: 700, votes: 1200, share: 1100, award: 2900 };
const share = (yes: number, of: number) => `${(Math.round((yes / of) * 1000) / 10).toString().replace('.', ',')}%`;

/**
 * Biên bản họp suy tôn of a cụm, khối: when and where, who chaired and took the minutes, the
 * members voting out of all, the scoring it rests on, each unit's yes votes with the share, and
 * the conclusion proposing Cờ thi đua and Bằng khen; signed by the secretary and the chair.
 */
export async function clusterMinutesDocument(ctx: ServiceContext, id: string): Promise<Buffer> {
  const c = getCluster(ctx, id);
  const v = c.vote;
  if (!v) throw new AppError('NO_VOTE', `${c.name} chưa có biên bản suy tôn; hãy nhập kết quả bỏ phiếu suy tôn trước khi in.`);
  const kind = CLUSTER_KIND_LABELS[c.kind].toLowerCase();
  const rank = new Map(c.ranking.map((r) => [r.unitId, r]));
  const rows: RichCell[][] = [...v.votes]
    .sort((a, b) => b.yes - a.yes)
    .map((x, k) => [
      { content: String(k + 1), align: 'center' },
      { content: `${x.name}${rank.get(x.unitId)?.rank ? ` (xếp thứ ${rank.get(x.unitId)!.rank})` : ''}` },
      { content: String(x.yes), align: 'center' },
      { content: share(x.yes, v.voters), align: 'center' },
      { content: x.award ? CLUSTER_AWARD_LABELS[x.award] : '' },
    ]);
  const proposed = (award: 'CO_TD_TINH' | 'BK_CT_TINH_TT') => v.votes.filter((x) => x.award === award).map((x) => x.name);
  const flag = proposed('CO_TD_TINH');
  const merit = proposed('BK_CT_TINH_TT');
  const children = [
    heading(clusterHeading(c, v.heldOn)),
    ...title('Biên bản', `Họp suy tôn đơn vị dẫn đầu, đơn vị xuất sắc ${c.name} năm ${c.year}`),
    body(`Thời gian: ngày ${formatDate(v.heldOn)}${v.place ? `; địa điểm: ${v.place}` : ''}.`),
    body(`Chủ trì: ${v.chair || '……………………'}; thư ký: ${v.secretary || '……………………'}.`),
    body(`Thành phần: đại diện ${v.voters}/${v.members} đơn vị thành viên ${kind} có mặt và bỏ phiếu.`),
    section('I. KẾT QUẢ CHẤM ĐIỂM'),
    ...c.ranking.filter((r) => r.totalTenths !== null).map((r) => dash(`${r.name}: ${formatPoints(r.totalTenths!)}/${formatPoints(c.maxTotalTenths)} điểm, xếp thứ ${r.rank};`)),
    section('II. KẾT QUẢ BỎ PHIẾU SUY TÔN'),
    richTable(
      [
        { title: 'STT', width: W.stt, align: 'center' },
        { title: 'Đơn vị', width: CONTENT_WIDTH - W.stt - W.votes - W.share - W.award },
        { title: 'Số phiếu đồng ý', width: W.votes, align: 'center' },
        { title: 'Tỷ lệ', width: W.share, align: 'center' },
        { title: 'Đề nghị', width: W.award },
      ],
      rows,
    ),
    para([run(`(${SUY_TON_RULE})`, { italics: true, size: 13 })], { spacing: { before: 120, after: 60 } }),
    section('III. KẾT LUẬN'),
    ...(flag.length ? [dash(`Đề nghị Ủy ban nhân dân tỉnh tặng Cờ thi đua cho ${flag.join(', ')}, đơn vị dẫn đầu ${c.name} năm ${c.year};`)] : []),
    ...(merit.length ? [dash(`Đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho ${merit.join(', ')};`)] : []),
    ...(flag.length || merit.length ? [] : [dash('Không có đơn vị nào đạt số phiếu để đề nghị khen thưởng.')]),
    body(`Biên bản kết thúc cùng ngày, đã thông qua cho các đại biểu dự họp./.`, { keep: true }),
    twoSigners(CONTENT_WIDTH, { position: 'Thư ký', name: v.secretary }, { position: 'Chủ trì', name: v.chair }),
    tail(),
  ];
  return pack(children, { title: `Biên bản suy tôn ${c.name} năm ${c.year}`, creator: 'TĐKT Desktop' });
}
