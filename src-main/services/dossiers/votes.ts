import type { Dossier, Nominee, VoteThreshold } from '../../../src-shared/api';
import { councilProblems, voteLine } from '../../../src-shared/rules/votes';
import { shareText } from '../../../src-shared/rules/format';
import type { RuleSet } from '../../../src-shared/rules/catalogue';
import { AppError, fieldError } from '../../errors';
import { inTransaction, today, writeAudit, type ServiceContext } from '../core';
import { getDocumentSettings } from '../installation';
import { ruleSet } from './catalogue';
import { bump, getDossierRow, listNominees, owned } from './dossiers';

// The council's vote on a dossier as one table: the meeting's counts and every nominee's yes
// votes, checked together and saved together (NĐ 98/2023 Điều 30 k7: shares of the TOTAL membership).

/**
 * The threshold the council applies to this dossier's award: the council's own setting (Thiết
 * lập văn bản) when there is one, else the rule set's parameter, else the award's own value (as
 * the printed biên bản does). null when the award needs no vote.
 */
export function dossierVoteThreshold(ctx: ServiceContext, id: string): VoteThreshold | null {
  const d = getDossierRow(ctx, id);
  const rs = ruleSet(ctx, d.referenceDate);
  const award = rs.awards.find((a) => a.code === d.awardCode);
  if (!award || award.vote.threshold === null) return null;
  const own = councilThreshold(ctx, d);
  const law = rs.parameters.voteThresholds[award.code] ?? award.vote.threshold;
  const share = own ?? law;
  // The rule set's note on thresholds is a long caveat for the lead; the clerk reads its legal basis.
  const citation = own !== null ? 'theo thiết lập của Hội đồng ở mục Thiết lập văn bản' : `theo ${rs.legalBasis}`;
  return { share, text: shareText(share), source: own !== null ? 'settings' : 'law', citation, secretBallot: award.vote.secretBallot };
}

/** This unit's own council threshold (Thiết lập văn bản) for its own dossiers; null = the rule set's. */
function councilThreshold(ctx: ServiceContext, d: Dossier): number | null {
  return d.editable ? getDocumentSettings(ctx).council.voteThreshold : null;
}

/**
 * The rule set the eligibility engine judges this dossier by, with the council's own threshold
 * for its award when the unit set one, so the engine's light and the vote table agree.
 */
export function withCouncilThreshold(ctx: ServiceContext, d: Dossier, rs: RuleSet): RuleSet {
  const own = councilThreshold(ctx, d);
  const award = rs.awards.find((a) => a.code === d.awardCode);
  if (own === null || !award || award.vote.threshold === null) return rs;
  return { ...rs, parameters: { ...rs.parameters, voteThresholds: { ...rs.parameters.voteThresholds, [award.code]: own } } };
}

export interface SetVotesInput {
  id: string;
  meetingDate: string | null;
  councilTotal: number;
  councilPresent: number;
  councilWritten: number;
  votes: { nomineeId: string; voteYes: number | null }[];
}

/**
 * Saves the meeting and every nominee's yes votes in one transaction. A row that contradicts the
 * meeting refuses the whole save with the nominee named; nothing is written.
 */
export function setVotes(ctx: ServiceContext, input: SetVotesInput): { dossier: Dossier; nominees: Nominee[] } {
  return inTransaction(ctx, () => {
    const before = owned(ctx, input.id);
    if (input.meetingDate && input.meetingDate > today(ctx)) throw fieldError('meetingDate', 'Ngày họp không được ở tương lai.');
    const counts = { total: input.councilTotal, present: input.councilPresent, written: input.councilWritten };
    const problem = councilProblems(counts)[0];
    if (problem) throw fieldError(problem.field, problem.message);
    const nominees = listNominees(ctx, before.id);
    const byId = new Map(nominees.map((n) => [n.id, n]));
    const seen = new Set<string>();
    for (const [i, v] of input.votes.entries()) {
      const n = byId.get(v.nomineeId);
      if (!n) throw new AppError('NOT_FOUND', 'Có người trong bảng phiếu không còn trong hồ sơ; hãy tải lại hồ sơ rồi nhập lại.');
      if (seen.has(n.id)) throw fieldError(`votes.${i}.voteYes`, `${n.name} có hai dòng phiếu; mỗi người chỉ một dòng.`);
      seen.add(n.id);
      const line = voteLine(v.voteYes, counts, null);
      if (line.error) throw fieldError(`votes.${i}.voteYes`, `${n.name}: ${line.error}`);
    }
    // Nominees left out of the table keep their count, which must still agree with the new meeting.
    for (const n of nominees) {
      if (seen.has(n.id) || n.voteYes === null) continue;
      const line = voteLine(n.voteYes, counts, null);
      if (line.error) throw fieldError('councilPresent', `${n.name}: ${line.error}`);
    }
    const update = ctx.sqlite.prepare('UPDATE dossier_nominees SET vote_yes = ? WHERE id = ? AND dossier_id = ?');
    const changed: { nomineeId: string; name: string; before: number | null; after: number | null }[] = [];
    for (const v of input.votes) {
      const n = byId.get(v.nomineeId)!;
      if (n.voteYes === v.voteYes) continue;
      update.run(v.voteYes, n.id, before.id);
      changed.push({ nomineeId: n.id, name: n.name, before: n.voteYes, after: v.voteYes });
    }
    const meeting = { meetingDate: input.meetingDate, councilTotal: input.councilTotal, councilPresent: input.councilPresent, councilWritten: input.councilWritten };
    const meetingChanged = (Object.keys(meeting) as (keyof typeof meeting)[]).some((k) => before[k] !== meeting[k]);
    if (meetingChanged || changed.length) {
      bump(ctx, before, meeting, 'votes');
      if (changed.length) writeAudit(ctx, { action: 'update', entity: 'dossier-votes', entityId: before.id, before: { votes: changed.map((c) => ({ nomineeId: c.nomineeId, voteYes: c.before })) }, after: { votes: changed.map((c) => ({ nomineeId: c.nomineeId, name: c.name, voteYes: c.after })) } });
    }
    return { dossier: getDossierRow(ctx, before.id), nominees: listNominees(ctx, before.id) };
  });
}
