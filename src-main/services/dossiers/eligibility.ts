import { evaluate } from '../../../src-shared/rules/eligibility';
import { precedenceNotes, precedenceOrder, type PrecedenceSubject } from '../../../src-shared/rules/precedence';
import { ruleSetStatement } from '../../../src-shared/rules/transition';
import { complaintHold } from '../../../src-shared/rules/complaints';
import { openComplaintsAbout } from '../complaints';
import type { CollectiveFacts, NomineeFacts, Solution } from '../../../src-shared/rules/facts';
import type { AwardCategory, EvaluationLevel, HoldLevel, Scope } from '../../../src-shared/rules/vocab';
import { catalogue, provinceCode, ruleSet as ruleSetIn } from './catalogue';
import type { ServiceContext } from '../core';
import { getDossier } from './dossiers';
import { withCouncilThreshold } from './votes';
import { dossierMembership, outsideMessage } from './membership';
import { confirmedProofs, proofCriteria } from '../../../src-shared/rules/proofs';
import { dossierProofs } from './proofs';

type Nominee = ReturnType<typeof getDossier>['nominees'][number];

/**
 * What the database knows about one nominee, in the engine's terms: award history (only what
 * was awarded before the reference date), yearly ratings, recognised initiatives of which the
 * person is an author, holds, and the council's vote. Read fresh each time: nothing is cached.
 */
export function nomineeFacts(
  ctx: ServiceContext,
  n: Nominee,
  d: { year: number; referenceDate: string; councilTotal: number | null; councilPresent: number | null; councilWritten: number | null },
  subject: NomineeFacts['subject'],
): NomineeFacts {
  const history = (ctx.sqlite
    .prepare(
      `SELECT year, award_code awardCode, category, decision_number decisionNumber, decision_date decisionDate FROM award_history
        WHERE subject_type = ? AND subject_id = ? AND deleted = 0
          -- The award this very dossier brought (its decision landed it) is not a prior award.
          AND (decision_id IS NULL OR decision_id NOT IN
               (SELECT x.id FROM decisions x JOIN dossier_nominees dn ON dn.dossier_id = x.subject_id WHERE x.subject_type = 'dossier' AND dn.id = ?))
        ORDER BY year`,
    )
    .all(n.subjectType, n.subjectId, n.id)) as { year: number; awardCode: string; category: AwardCategory; decisionNumber: string; decisionDate: string | null }[];
  const person = n.subjectType === 'person';
  const evaluations = person
    ? (ctx.sqlite.prepare('SELECT year, level FROM evaluations WHERE person_id = ? AND deleted = 0').all(n.subjectId) as { year: number; level: EvaluationLevel }[])
    : [];
  // An upper level's decision recognising a wider scope (cấp tỉnh, toàn quốc) counts with its date.
  const initiatives = person
    ? (ctx.sqlite
        .prepare(
          `SELECT i.id, i.title, coalesce(json_extract(s.decision, '$.date'), i.recognised_on) recognisedOn,
                  coalesce(json_extract(s.decision, '$.scope'), i.scope) scope, i.used_by_nominee_id usedForAwardId
             FROM initiatives i JOIN initiative_authors a ON a.initiative_id = i.id
             LEFT JOIN record_status s ON s.record_type = 'initiative' AND s.record_id = i.id AND s.status = 'decided'
                   AND json_extract(s.decision, '$.scope') IS NOT NULL
            WHERE a.person_id = ? AND i.deleted = 0 AND (i.status = 'recognised' OR s.record_id IS NOT NULL)`,
        )
        .all(n.subjectId) as (Solution & { scope: Scope })[])
    : [];
  const holds = person
    ? (ctx.sqlite.prepare('SELECT kind, level, from_date "from", to_date "to" FROM holds WHERE person_id = ? AND deleted = 0').all(n.subjectId) as {
        kind: 'discipline' | 'investigation'; level: HoldLevel | null; from: string; to: string | null;
      }[])
    : [];
  const c = n.collectiveFacts;
  const collective: CollectiveFacts | undefined = c
    ? { members: c.members, ldtt: c.ldtt, completedTasks: c.completedTasks, cstdcs: c.cstdcs, disciplinedCanhCaoOrAbove: c.disciplined }
    : undefined;
  const vote = d.councilTotal !== null && n.voteYes !== null
    ? { totalMembers: d.councilTotal, present: d.councilPresent ?? 0, yes: n.voteYes, written: d.councilWritten ?? 0 }
    : undefined;
  return { subject, year: d.year, history, evaluations, initiatives, topics: [], holds, collective, vote };
}

/** Pass / fail / needs evidence per criterion for every nominee of a dossier, with reasons and citations. */
export function dossierEligibility(ctx: ServiceContext, dossierId: string) {
  const { dossier, nominees } = getDossier(ctx, dossierId);
  const rs = withCouncilThreshold(ctx, dossier, ruleSetIn(ctx, dossier.referenceDate));
  const award = rs.awards.find((a) => a.code === dossier.awardCode);
  const subject = award?.subject ?? 'individual';
  const row = ctx.sqlite.prepare('SELECT council_total councilTotal, council_present councilPresent, council_written councilWritten FROM dossiers WHERE id = ?').get(dossierId) as {
    councilTotal: number | null; councilPresent: number | null; councilWritten: number | null;
  };
  // A received dossier is checked on the facts its unit sent with it (history, ratings, holds…
  // live there, not here); the vote is the one in the dossier either way.
  const sent = ctx.sqlite.prepare('SELECT facts FROM dossier_nominees WHERE id = ?');
  const members = dossierMembership(ctx, dossierId);
  const s = ruleSetStatement(catalogue(ctx), { year: dossier.year, referenceDate: dossier.referenceDate, meetingDate: dossier.meetingDate, province: provinceCode(ctx) });
  const gender = ctx.sqlite.prepare('SELECT gender FROM people WHERE id = ?');
  // Criteria proven by a document pass once the clerk confirmed it for the nominee (who, when, which document).
  const proofs = proofCriteria(rs, dossier.awardCode);
  const confirmations = dossierProofs(ctx, dossierId);
  const precedenceOf = (n: Nominee) => {
    const who: PrecedenceSubject = n.subjectType === 'person'
      ? { kind: 'person', gender: ((gender.get(n.subjectId) as { gender: string } | undefined)?.gender ?? null) as 'male' | 'female' | null }
      : { kind: 'collective', members: n.collectiveFacts?.members ?? null, women: n.collectiveFacts?.women ?? null };
    return precedenceNotes(rs.precedence, who, award?.category ?? 'cong-trang');
  };
  const results = nominees.map((n) => {
    const local = nomineeFacts(ctx, n, { year: dossier.year, referenceDate: dossier.referenceDate, ...row }, subject);
    const stored = dossier.editable ? null : (sent.get(n.id) as { facts: string | null } | undefined)?.facts;
    const facts: NomineeFacts = stored ? { ...(JSON.parse(stored) as NomineeFacts), vote: local.vote, collective: local.collective } : local;
    // The nominee's id is the "award use" an initiative is marked with when it counts here.
    const mine = confirmations.get(n.id) ?? [];
    const r = evaluate(facts, dossier.awardCode, rs, dossier.referenceDate, { dossierId: n.id, confirmed: confirmedProofs(proofs, mine) });
    const criteria = r.criteria.map(({ id, text, result, reason, citation }) => ({ id, text, result, reason, citation }));
    const m = members.get(n.id);
    // A person of another unit is never proposed here, whatever the criteria say.
    if (m && !m.inUnit) {
      criteria.unshift({
        id: 'own-unit', text: 'Thuộc đơn vị đề nghị hoặc đơn vị, tập thể trực thuộc', result: 'fail',
        reason: outsideMessage(n.name, m, dossier.proposingUnitName ?? 'đơn vị đề nghị'), citation: 'Nguyên tắc cấp nào quản lý thì cấp đó khen thưởng, đề nghị khen thưởng',
      });
    }
    // An entry of the register (sổ đơn thư) still being verified holds the nominee (NĐ 152/2025, Điều 4): shown beside the other holds.
    const open = openComplaintsAbout(ctx, n.subjectType, n.subjectId);
    const complaint = complaintHold(open);
    if (complaint) {
      const at = criteria.findIndex((c) => c.id === 'hold');
      criteria.splice(at < 0 ? 0 : at + 1, 0, complaint);
    }
    const overall = (m && !m.inUnit) || complaint ? 'fail' as const : r.overall;
    return {
      nomineeId: n.id, name: n.name, overall,
      personId: n.subjectType === 'person' ? n.subjectId : null, collectiveId: n.subjectType === 'collective' ? n.subjectId : null, initiativesUsed: r.uses.initiatives, criteria, precedence: precedenceOf(n),
      complaints: open.map((c) => ({ id: c.id, kind: c.kind, receivedOn: c.receivedOn })),
      proofs: proofs.map((p) => ({ ...p, confirmation: mine.find((c) => c.criterionId === p.id && c.document.trim()) ?? null })),
    };
  });
  return {
    ruleSetId: rs.id,
    statement: { text: s.text, citation: s.citation, paperText: s.paperText, transitional: s.earlier !== null, meetingWarning: s.meetingWarning },
    precedenceOrder: precedenceOrder(results, (x) => x.precedence.some((p) => p.priority)).map((x) => x.nomineeId),
    nominees: results,
  };
}
