import { AlignmentType } from 'docx';
import { CLUSTER_KIND_LABELS, formatPoints } from '../../../src-shared/rules/clusters';
import { formatDate } from '../../../src-shared/text';
import type { ServiceContext } from '../../services/core';
import { getCluster } from '../../services/clusters';
import { dash, section, tail } from '../inspections/common';
import { body, heading, pack, para, run, title } from '../layout';
import { clusterHeading, memberLabel, memberSignature, signatureRows } from './common';

/**
 * Bản giao ước thi đua of a cụm, khối for the year: who signs, what they pledge (the clerk's
 * commitments, else one line per criterion of the table with its points), how it is carried out,
 * and one signature block per member with the name of its head.
 */
export async function clusterPledgeDocument(ctx: ServiceContext, id: string): Promise<Buffer> {
  const c = getCluster(ctx, id);
  const kind = CLUSTER_KIND_LABELS[c.kind].toLowerCase();
  const commitments = c.pledgeText.split(/\n+/).map((l) => l.trim().replace(/^[-–•]\s*/u, '')).filter(Boolean);
  const when = c.pledgeDate ? `Hôm nay, ngày ${formatDate(c.pledgeDate)}${c.pledgePlace ? `, tại ${c.pledgePlace}` : ''}, c` : 'C';
  const leader = c.members.find((m) => m.role === 'leader');
  const children = [
    heading(clusterHeading(c, c.pledgeDate)),
    ...title('Giao ước thi đua', `Năm ${c.year}`),
    body('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022 và các văn bản hướng dẫn thi hành;'),
    body(`Căn cứ quy chế hoạt động của các cụm, khối thi đua và ${c.criteriaTitle.charAt(0).toLowerCase()}${c.criteriaTitle.slice(1)}.`),
    body(`${when}ác đơn vị thành viên ${c.name} gồm ${c.members.length} đơn vị:`),
    ...c.members.map((m, k) => para([run(`${k + 1}. ${memberLabel(m)}${m.headName ? `, do ${m.headTitle ? `${m.headTitle} ` : ''}${m.headName} làm đại diện` : ''}${k === c.members.length - 1 ? '.' : ';'}`)], { indent: { firstLine: 567 }, spacing: { after: 40 } })),
    body(`Cùng thống nhất ký kết giao ước thi đua năm ${c.year} với các nội dung sau:`),
    section('I. NỘI DUNG GIAO ƯỚC'),
    ...(commitments.length
      ? commitments.map((l) => dash(l))
      : [
          body(`Các đơn vị thi đua hoàn thành xuất sắc nhiệm vụ năm ${c.year} theo bảng tiêu chí chấm điểm của ${kind} (tổng ${formatPoints(c.maxTotalTenths)} điểm):`),
          ...c.criteria.map((i) => dash(`${i.text} (tối đa ${formatPoints(i.maxTenths)} điểm);`)),
        ]),
    section('II. TỔ CHỨC THỰC HIỆN'),
    dash('Mỗi đơn vị thành viên xây dựng kế hoạch, phát động phong trào thi đua tại đơn vị mình; cuối năm tự chấm điểm theo bảng tiêu chí, kèm minh chứng, gửi đơn vị cụm trưởng;'),
    dash(`${leader ? `${leader.unitName} (cụm trưởng)` : 'Đơn vị cụm trưởng'} tổng hợp, tổ chức chấm điểm chéo, xếp hạng và họp suy tôn đơn vị dẫn đầu, đơn vị xuất sắc đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh và Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh;`),
    dash('Kết quả chấm điểm, xếp hạng là căn cứ để bình xét, suy tôn; đơn vị không ký giao ước hoặc không tự chấm điểm không được xét.'),
    para([run(`Bản giao ước được lập thành ${String(c.members.length + 1).padStart(2, '0')} bản có giá trị như nhau, mỗi đơn vị thành viên giữ 01 bản, 01 bản gửi cơ quan thường trực Hội đồng Thi đua - Khen thưởng tỉnh./.`)], {
      alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, spacing: { before: 120, after: 240 }, keepNext: true,
    }),
    para([run('ĐẠI DIỆN CÁC ĐƠN VỊ THÀNH VIÊN KÝ GIAO ƯỚC', { bold: true })], { alignment: AlignmentType.CENTER, spacing: { after: 240 }, keepNext: true }),
    ...signatureRows(c.members.map((m) => memberSignature(m))),
    tail(),
  ];
  return pack(children, { title: `Giao ước thi đua năm ${c.year} - ${c.name}`, creator: 'TĐKT Desktop' });
}
