/**
 * What the eligibility engine knows about one nominee. The main process assembles it from the
 * database (award history, yearly evaluations, initiatives, holds, the council's vote); the
 * engine reads nothing else, so a test can state a whole case in one object.
 */
import { z } from 'zod';
import { isValidIsoDate } from '../text/dates';
import {
  AWARD_CATEGORIES,
  AWARD_SUBJECTS,
  EVALUATION_LEVELS,
  HOLD_LEVELS,
  SCOPES,
  type AwardCategory,
  type AwardSubject,
  type EvaluationLevel,
  type HoldLevel,
  type Scope,
} from './vocab';

/** A title or form the nominee already received (khen thưởng đã có). */
export interface HistoryEntry {
  /** The year the achievement is for, not the year of the decision (CSTĐCS 2024 decided in 01/2025 is 2024). */
  year: number;
  awardCode: string;
  category: AwardCategory;
  decisionNumber: string;
  decisionDate: string | null;
}

/** Mức độ hoàn thành nhiệm vụ of a year (for a collective: its own rating). */
export interface Evaluation {
  year: number;
  level: EvaluationLevel;
}

/** A recognised initiative (sáng kiến) or an accepted research topic (đề tài khoa học đã nghiệm thu). */
export interface Solution {
  id: string;
  /** Shown in reasons; the id when absent. */
  title?: string;
  recognisedOn: string;
  scope: Scope;
  /** The award use it already served (an initiative counts for one award only); null when free. */
  usedForAwardId: string | null;
}

/** Discipline (with its level and period) or an investigation, inspection, complaint being verified. */
export interface Hold {
  kind: 'discipline' | 'investigation';
  /** null for a discipline still being considered (đang xem xét kỷ luật). */
  level: HoldLevel | null;
  from: string;
  /** null while it lasts. */
  to: string | null;
}

export interface CollectiveFacts {
  members: number;
  ldtt: number;
  completedTasks: number;
  cstdcs: number;
  disciplinedCanhCaoOrAbove: number;
}

/** The council's vote on this nominee; shares are of `totalMembers`, never of those present. */
export interface VoteFacts {
  totalMembers: number;
  present: number;
  yes: number;
  /** Absent members who sent a written vote. */
  written: number;
}

export interface NomineeFacts {
  subject: AwardSubject;
  /** The year being assessed (the achievement year of the award proposed). */
  year: number;
  history: readonly HistoryEntry[];
  evaluations: readonly Evaluation[];
  initiatives: readonly Solution[];
  topics: readonly Solution[];
  holds: readonly Hold[];
  collective?: CollectiveFacts;
  vote?: VoteFacts;
}

// ---------------------------------------------------------------------------------------------
// Schema, for the main process to check facts it assembles (or a test fixture) before evaluating.

const isoDate = z.string().refine(isValidIsoDate, { error: 'Ngày phải có dạng yyyy-mm-dd và là ngày có thật.' });
const year = z.number().int().min(1945).max(2100);
const n = z.number().int().min(0).max(100_000);
const solution = z.object({
  id: z.string().min(1).max(100),
  title: z.string().max(500).optional(),
  recognisedOn: isoDate,
  scope: z.enum(SCOPES),
  usedForAwardId: z.string().min(1).max(100).nullable(),
});

export const nomineeFactsSchema = z.object({
  subject: z.enum(AWARD_SUBJECTS),
  year,
  history: z.array(
    z.object({
      year,
      awardCode: z.string().max(40),
      category: z.enum(AWARD_CATEGORIES),
      decisionNumber: z.string().max(50),
      decisionDate: isoDate.nullable(),
    }),
  ),
  evaluations: z.array(z.object({ year, level: z.enum(EVALUATION_LEVELS) })),
  initiatives: z.array(solution),
  topics: z.array(solution),
  holds: z.array(
    z
      .object({
        kind: z.enum(['discipline', 'investigation']),
        level: z.enum(HOLD_LEVELS).nullable(),
        from: isoDate,
        to: isoDate.nullable(),
      })
      .refine((h) => h.to === null || h.to >= h.from, { error: 'Ngày kết thúc trước ngày bắt đầu.' }),
  ),
  collective: z.object({ members: n, ldtt: n, completedTasks: n, cstdcs: n, disciplinedCanhCaoOrAbove: n }).optional(),
  vote: z.object({ totalMembers: n, present: n, yes: n, written: n }).optional(),
}) satisfies z.ZodType<NomineeFacts>;
