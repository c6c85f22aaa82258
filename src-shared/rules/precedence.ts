/**
 * Precedence rules of NĐ 152/2025/NĐ-CP, Điều 4 that the eligibility panel states beside the
 * criteria (the hold on a person under discipline, investigation or a complaint being verified
 * is the general criterion "hold"):
 * - among nominees equally qualified, women, and collectives with at least 70% women, come first;
 * - for a female leader, the time in office a contribution (cống hiến) award requires is reduced
 *   by a third (unless she has a higher retirement age).
 * The numbers are rule-set data (`precedence`), so a rule set without them states nothing.
 */
import { z } from 'zod';
import { minimumCount, percent, reaches, shareText } from './format';

export const precedenceSchema = z.strictObject({
  citation: z.string().min(1).max(300),
  /** A collective comes first when at least this share of its members are women (0.7). */
  womenCollectiveShare: z.number().min(0).max(1),
  /** The tenure a female leader needs for a cống hiến award: this fraction is taken off (1/3). */
  femaleLeaderTenureCut: z.strictObject({ num: z.number().int().min(0).max(10), den: z.number().int().min(1).max(10) }),
  note: z.string().max(2000).optional(),
});
export type PrecedenceRules = z.infer<typeof precedenceSchema>;

export type PrecedenceSubject =
  | { kind: 'person'; gender: 'male' | 'female' | null }
  | { kind: 'collective'; members: number | null; women: number | null };

export interface PrecedenceNote {
  id: 'women-first' | 'women-collective' | 'women-collective-unknown' | 'female-leader-tenure';
  /** true: this nominee comes first among equals. */
  priority: boolean;
  text: string;
  citation: string;
}

/** What the panel says about one nominee's precedence; nothing when the rule set has no such rules. */
export function precedenceNotes(rules: PrecedenceRules | undefined, subject: PrecedenceSubject, category: string): PrecedenceNote[] {
  if (!rules) return [];
  const citation = rules.citation;
  const notes: PrecedenceNote[] = [];
  if (subject.kind === 'person' && subject.gender === 'female') {
    notes.push({ id: 'women-first', priority: true, citation, text: 'Nữ: được ưu tiên xét trước khi có thành tích ngang nhau với các trường hợp khác.' });
    if (category === 'cong-hien') {
      const { num, den } = rules.femaleLeaderTenureCut;
      notes.push({
        id: 'female-leader-tenure', priority: false, citation,
        text: `Nếu là nữ cán bộ lãnh đạo, quản lý: thời gian giữ chức vụ yêu cầu để khen thưởng quá trình cống hiến được giảm ${num}/${den} (trừ trường hợp có tuổi nghỉ hưu cao hơn).`,
      });
    }
  }
  if (subject.kind === 'collective') {
    const need = shareText(rules.womenCollectiveShare);
    if (subject.members === null || subject.members <= 0 || subject.women === null) {
      notes.push({ id: 'women-collective-unknown', priority: false, citation, text: `Chưa có số thành viên nữ của tập thể: tập thể có từ ${need} thành viên là nữ được ưu tiên khi ngang nhau.` });
    } else if (reaches(subject.women, subject.members, rules.womenCollectiveShare)) {
      notes.push({
        id: 'women-collective', priority: true, citation,
        text: `Tập thể có ${subject.women}/${subject.members} thành viên nữ (${percent(subject.women, subject.members)}), từ ${need} trở lên: được ưu tiên xét trước khi có thành tích ngang nhau.`,
      });
    } else {
      notes.push({
        id: 'women-collective', priority: false, citation,
        text: `Tập thể có ${subject.women}/${subject.members} thành viên nữ (${percent(subject.women, subject.members)}); cần ít nhất ${minimumCount(rules.womenCollectiveShare, subject.members)} (${need}) để được ưu tiên khi ngang nhau.`,
      });
    }
  }
  return notes;
}

/**
 * Months in office a contribution award requires of this person: reduced by the rule set's cut
 * for a female leader without a higher retirement age, rounded up to a whole month.
 */
export function contributionTenureMonths(
  rules: PrecedenceRules | undefined,
  requiredMonths: number,
  who: { female: boolean; leader: boolean; higherRetirementAge: boolean },
): number {
  if (!rules || !who.female || !who.leader || who.higherRetirementAge) return requiredMonths;
  const { num, den } = rules.femaleLeaderTenureCut;
  return Math.ceil((requiredMonths * (den - num)) / den);
}

/** Equally qualified nominees in the order the rule puts them: those with priority first, otherwise as given. */
export function precedenceOrder<T>(items: readonly T[], priority: (t: T) => boolean): T[] {
  return items.map((t, i) => ({ t, i, p: priority(t) ? 0 : 1 })).sort((a, b) => a.p - b.p || a.i - b.i).map((x) => x.t);
}
