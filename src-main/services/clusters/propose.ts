import { CLUSTER_AWARD_LABELS, CLUSTER_KIND_LABELS, formatPoints, type ClusterAward } from '../../../src-shared/rules/clusters';
import { fold } from '../../../src-shared/text';
import { AppError } from '../../errors';
import { inTransaction, isoNow, writeAudit, type ServiceContext } from '../core';
import { addNominee, createDossier, setVotes } from '../dossiers';
import { createCollective } from '../registry';
import { getCluster } from './clusters';

/** The member unit as a collective (the subject of a collective award): its own entry, made once. */
function unitCollective(ctx: ServiceContext, unitId: string, unitName: string): string {
  const found = ctx.sqlite.prepare('SELECT id FROM collectives WHERE unit_id = ? AND name_folded = ? AND deleted = 0').get(unitId, fold(unitName)) as { id: string } | undefined;
  return found?.id ?? createCollective(ctx, { name: unitName, kind: 'other', unitId, memberCount: 0 }).id;
}

/**
 * "Lập hồ sơ đề nghị": a dossier for the award the suy tôn proposed (Cờ thi đua của UBND tỉnh or
 * Bằng khen của Chủ tịch UBND tỉnh), naming the units proposed for it, each with its rank, score
 * and votes as the summary. The suy tôn stands as the council's record: its date, the members
 * as the council, the voters present and each unit's yes votes. One transaction; the dossier is
 * remembered on the suy tôn so it is made once.
 */
export function proposeFromVote(ctx: ServiceContext, input: { clusterId: string; award: ClusterAward }): { dossierId: string; title: string; nominees: number } {
  const c = getCluster(ctx, input.clusterId);
  const v = c.vote;
  if (!v) throw new AppError('NO_VOTE', `${c.name} chưa có biên bản suy tôn; hãy nhập kết quả bỏ phiếu suy tôn trước khi lập hồ sơ đề nghị.`);
  const made = v.dossiers.find((d) => d.awardCode === input.award);
  if (made) {
    const live = ctx.sqlite.prepare('SELECT title FROM dossiers WHERE id = ? AND deleted = 0').get(made.dossierId) as { title: string } | undefined;
    if (live) throw new AppError('EXISTS', `Đã lập hồ sơ “${live.title}” từ biên bản suy tôn này; hãy mở hồ sơ đó trong mục Hồ sơ đề nghị.`);
  }
  const proposed = v.votes.filter((x) => x.award === input.award);
  if (!proposed.length) {
    throw new AppError('NONE_PROPOSED', `Biên bản suy tôn của ${c.name} không đề nghị đơn vị nào cho ${CLUSTER_AWARD_LABELS[input.award]}; hãy đánh dấu đơn vị được đề nghị trong bảng phiếu trước.`);
  }
  const kindLabel = CLUSTER_KIND_LABELS[c.kind].toLowerCase();
  const title = input.award === 'CO_TD_TINH'
    ? `Đề nghị tặng Cờ thi đua của UBND tỉnh năm ${c.year} cho đơn vị dẫn đầu ${c.name}`
    : `Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh năm ${c.year} cho đơn vị xuất sắc ${c.name}`;
  return inTransaction(ctx, () => {
    const d = createDossier(ctx, { year: c.year, round: 'annual', movementId: null, awardCode: input.award, referenceDate: v.heldOn, title });
    const votes: { nomineeId: string; voteYes: number }[] = [];
    for (const p of proposed) {
      const rank = c.ranking.find((r) => r.unitId === p.unitId);
      const score = rank?.totalTenths !== null && rank?.totalTenths !== undefined ? `, tổng điểm ${formatPoints(rank.totalTenths)}/${formatPoints(c.maxTotalTenths)}${rank.rank ? `, xếp thứ ${rank.rank}` : ''}` : '';
      const n = addNominee(ctx, {
        dossierId: d.id, subjectType: 'collective', subjectId: unitCollective(ctx, p.unitId, p.name),
        summary: `Được suy tôn tại ${kindLabel} “${c.name}” năm ${c.year}: ${p.yes}/${v.voters} phiếu${score}.`,
      });
      votes.push({ nomineeId: n.id, voteYes: p.yes });
    }
    setVotes(ctx, { id: d.id, meetingDate: v.heldOn, councilTotal: v.members, councilPresent: v.voters, councilWritten: 0, votes });
    const dossiers = [...v.dossiers.filter((x) => x.awardCode !== input.award), { awardCode: input.award, dossierId: d.id }];
    ctx.sqlite.prepare('UPDATE cluster_votes SET dossiers = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(dossiers), isoNow(ctx), v.id);
    writeAudit(ctx, { action: 'update', entity: 'cluster-vote', entityId: v.id, before: { dossiers: v.dossiers }, after: { dossiers } });
    return { dossierId: d.id, title, nominees: proposed.length };
  });
}
