/**
 * The built-in award rules of the eligibility engine (RULES, one entry per award code) and the
 * checks they are made of: task-completion ratings, streaks of titles, initiatives and topics,
 * shares of a collective. evaluate() in eligibility.ts runs them with the general checks.
 */
import type { AwardDef, RuleSetParameters } from './catalogue';
import type { Evaluation, NomineeFacts, Solution } from './facts';
import { dateText, minimumCount, percent, reaches, shareText, yearList } from './format';
import { pickSolutions, solutionName, type SolutionPick } from './solutions';
import { STREAK_CATEGORIES, streak, type Streak } from './streaks';
import { AWARD_CATEGORY_LABELS, EVALUATION_LABELS, SCOPE_LABELS, atLeastLevel, type EvaluationLevel, type Scope, type Verdict } from './vocab';
import type { EvaluateContext } from './evaluateContext';

// ---------------------------------------------------------------------------------------------

export interface Check {
  id: string;
  result: Verdict;
  reason: string;
}

export interface Env {
  facts: NomineeFacts;
  award: AwardDef;
  p: RuleSetParameters;
  refDate: string;
  year: number;
  ctx: EvaluateContext;
  uses: { initiatives: string[]; topics: string[] };
  /** "CSTĐCS" for CSTDCS when the catalogue gives a short name. */
  short(code: string): string;
  /** The citation of a criterion, for inline references inside a reason. */
  cite(id: string): string;
}

export interface Rule {
  ids: readonly string[];
  /** First year of the achievement period (for holds and initiatives); the assessed year by default. */
  firstYear?(env: Env): number;
  run(env: Env): Check[];
}

export const FALLBACK_TEXT: Record<string, string> = {
  catalogue: 'Có trong danh mục khen thưởng của bộ quy tắc',
  subject: 'Đúng đối tượng xét tặng',
  hold: 'Không trong thời gian bị xem xét kỷ luật, điều tra; không bị kỷ luật trong thời gian tính thành tích',
  once: 'Chưa được tặng cùng danh hiệu cho cùng năm thành tích',
  vote: 'Được Hội đồng Thi đua – Khen thưởng bỏ phiếu đạt tỷ lệ quy định trên tổng số thành viên',
};

export const evaluationOf = (env: Env, year: number): Evaluation | undefined => env.facts.evaluations.find((e) => e.year === year);
export const levelText = (level: EvaluationLevel) => `${EVALUATION_LABELS[level]} (${level})`;
const notCounted = (rejected: string[]) => (rejected.length ? ` Không tính: ${rejected.join('; ')}.` : '');

function solutions(env: Env, list: readonly Solution[], noun: string, minScope: Scope, firstYear: number): SolutionPick {
  return pickSolutions(list, {
    minScope,
    from: `${firstYear}-01-01`,
    to: env.refDate,
    ownUse: env.ctx.dossierId,
    noun,
    usedCitation: env.cite('initiative-once'),
  });
}

const solutionText = (s: Solution, noun: string) =>
  `${solutionName(s, noun)} (phạm vi ${SCOPE_LABELS[s.scope]}, công nhận ngày ${dateText(s.recognisedOn)})`;

/** Task completion of `year` at `min` or better. */
export function task(env: Env, id: string, year: number, min: EvaluationLevel): Check {
  const e = evaluationOf(env, year);
  if (!e) {
    return { id, result: 'evidence', reason: `Chưa có kết quả đánh giá mức độ hoàn thành nhiệm vụ năm ${year}; cần văn bản đánh giá, xếp loại.` };
  }
  if (atLeastLevel(e.level, min)) {
    return { id, result: 'pass', reason: `Năm ${year} ${levelText(e.level)}; yêu cầu từ ${levelText(min)} trở lên.` };
  }
  return { id, result: 'fail', reason: `Năm ${year} chỉ ${levelText(e.level)}; yêu cầu từ ${levelText(min)} trở lên.` };
}

/** "Có 2/3 năm liên tục đạt CSTĐCS (2024, 2025); thiếu năm 2023." */
function streakText(env: Env, s: Streak, title: string, count: number, step: number): string {
  const unit = step === 1 ? 'năm' : 'lần';
  const held = s.held.length ? ` (${yearList(s.held)})` : '';
  const clauses: string[] = [];
  const missing = s.years.filter((y) => y.status === 'missing').map((y) => y.year);
  if (missing.length) clauses.push(`thiếu năm ${yearList(missing)}`);
  for (const y of s.years) {
    if (y.status === 'excluded' && y.entry) {
      clauses.push(`${env.short(title)} năm ${y.year} là ${AWARD_CATEGORY_LABELS[y.entry.category]}, không được tính (${env.cite('dot-xuat-chuyen-de')})`);
    }
  }
  const fenced = s.years.filter((y) => y.status === 'fenced');
  const by = fenced[0]?.usedBy;
  if (by) {
    clauses.push(
      `năm ${yearList(fenced.map((y) => y.year))} đã được tính cho ${env.short(by.awardCode)} năm ${by.year} (${env.cite('once')})`,
    );
  }
  return `Có ${s.held.length}/${count} ${unit} liên tục đạt ${env.short(title)}${held}${clauses.length ? `; ${clauses.join('; ')}` : ''}.`;
}

function streakCheck(env: Env, id: string, title: string, count: number, step = 1): Check {
  const s = streak({ history: env.facts.history, title, endYear: env.year, count, step, fenceCode: env.award.code });
  if (s.onlyCurrentMissing) {
    const unit = step === 1 ? 'năm' : 'lần';
    return {
      id,
      result: 'evidence',
      reason:
        `Có ${s.held.length}/${count} ${unit} liên tục đạt ${env.short(title)} (${yearList(s.held)}); năm ${env.year} chưa có quyết định tặng ` +
        `${env.short(title)} — cần quyết định đó (nếu đang được xét cùng đợt).`,
    };
  }
  return { id, result: s.ok ? 'pass' : 'fail', reason: streakText(env, s, title, count, step) };
}

/** One initiative or topic of at least `minScope` recognised in the achievement period. */
function solutionCheck(env: Env, id: string, minScope: Scope, firstYear: number): Check {
  const inits = solutions(env, env.facts.initiatives, 'Sáng kiến', minScope, firstYear);
  const topics = solutions(env, env.facts.topics, 'Đề tài', minScope, firstYear);
  const init = inits.usable[0];
  const topic = topics.usable[0];
  if (init) {
    env.uses.initiatives.push(init.id);
    return { id, result: 'pass', reason: `Có ${solutionText(init, 'sáng kiến')}.` };
  }
  if (topic) {
    env.uses.topics.push(topic.id);
    return { id, result: 'pass', reason: `Có ${solutionText(topic, 'đề tài')}.` };
  }
  return {
    id,
    result: 'fail',
    reason:
      `Không có sáng kiến hoặc đề tài khoa học phạm vi ${SCOPE_LABELS[minScope]} trở lên được công nhận trong thời gian tính thành tích ` +
      `(${dateText(`${firstYear}-01-01`)} – ${dateText(env.refDate)}).${notCounted([...inits.rejected, ...topics.rejected])}`,
  };
}

/** part/members of a collective reaching `share`. */
function shareCheck(env: Env, id: string, pick: (c: NonNullable<NomineeFacts['collective']>) => number, what: string, share: number): Check {
  const c = env.facts.collective;
  if (!c) return { id, result: 'evidence', reason: 'Chưa có số liệu thành viên của tập thể; cần danh sách cá nhân kèm kết quả bình xét.' };
  if (c.members <= 0) return { id, result: 'evidence', reason: 'Chưa có tổng số thành viên của tập thể.' };
  const part = pick(c);
  if (part > c.members) {
    return { id, result: 'fail', reason: `Số cá nhân ${what} (${part}) lớn hơn tổng số thành viên (${c.members}); hãy kiểm tra lại số liệu.` };
  }
  const need =
    share >= 1 ? `yêu cầu 100% (cả ${c.members} người)` : `yêu cầu từ ${shareText(share)} (ít nhất ${minimumCount(share, c.members)} người)`;
  if (reaches(part, c.members, share)) {
    return { id, result: 'pass', reason: `Có ${part}/${c.members} cá nhân (${percent(part, c.members)}) ${what}; ${need}.` };
  }
  return { id, result: 'fail', reason: `Chỉ có ${part}/${c.members} cá nhân (${percent(part, c.members)}) ${what}; ${need}.` };
}

/** The latest earlier công trạng grant of the proposed award inside the period: its years are used. */
function fenceYear(env: Env, firstYear: number): number | null {
  const prior = env.facts.history
    .filter((h) => h.awardCode === env.award.code && STREAK_CATEGORIES.includes(h.category) && h.year < env.year && h.year >= firstYear)
    .map((h) => h.year);
  return prior.length ? Math.max(...prior) : null;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);
const OTHER_GROUNDS =
  ' Chỉ có thể xét theo tiêu chuẩn khác (thành tích xuất sắc trong phong trào thi đua, thành tích đột xuất, đóng góp…) nếu báo cáo thành tích chứng minh được.';

/** Nobody in the collective disciplined at cảnh cáo or above (TTLĐTT, and so TTLĐXS: the higher title is never easier). */
function disciplineCheck(env: Env, id: string): Check {
  const c = env.facts.collective;
  if (!c) return { id, result: 'evidence', reason: 'Chưa có số liệu kỷ luật của các cá nhân trong tập thể.' };
  if (c.disciplinedCanhCaoOrAbove > 0) return { id, result: 'fail', reason: `Có ${c.disciplinedCanhCaoOrAbove} cá nhân bị kỷ luật từ cảnh cáo trở lên; yêu cầu không có ai.` };
  return { id, result: 'pass', reason: 'Không có cá nhân nào bị kỷ luật từ cảnh cáo trở lên.' };
}

// ---------------------------------------------------------------------------------------------
// Built-in rules, by award code

export const RULES: Record<string, Rule> = {
  // Luật TĐKT 2022, Điều 24 khoản 1.
  LDTT: {
    ids: ['ldtt.task'],
    run: (env) => [task(env, 'ldtt.task', env.year, env.p.ldttMinLevel)],
  },

  // Luật TĐKT 2022, Điều 23: LĐTT criteria and one of HTXS / a recognised initiative / an
  // accepted topic. HTXS is preferred, so an initiative is consumed only when it is needed.
  CSTDCS: {
    ids: ['cstdcs.ldtt', 'cstdcs.achievement'],
    run: (env) => {
      const e = evaluationOf(env, env.year);
      const ldttTitle = env.facts.history.find((h) => h.awardCode === 'LDTT' && h.year === env.year);
      const ldtt: Check =
        !e && ldttTitle
          ? {
              id: 'cstdcs.ldtt',
              result: 'pass',
              reason: `Đã được tặng ${env.short('LDTT')} năm ${env.year}${ldttTitle.decisionNumber ? ` (quyết định số ${ldttTitle.decisionNumber})` : ''}.`,
            }
          : task(env, 'cstdcs.ldtt', env.year, env.p.ldttMinLevel);

      const id = 'cstdcs.achievement';
      const inits = solutions(env, env.facts.initiatives, 'Sáng kiến', 'co-so', env.year);
      const topics = solutions(env, env.facts.topics, 'Đề tài', 'co-so', env.year);
      const sol = inits.usable[0] ?? topics.usable[0];
      const solNoun = inits.usable[0] ? 'sáng kiến' : 'đề tài';
      const use = () => {
        if (!sol) return;
        if (inits.usable[0]) env.uses.initiatives.push(sol.id);
        else env.uses.topics.push(sol.id);
      };
      const none =
        `không có sáng kiến hoặc đề tài khoa học được công nhận trong thời gian tính thành tích ` +
        `(${dateText(`${env.year}-01-01`)} – ${dateText(env.refDate)})`;
      const rejected = notCounted([...inits.rejected, ...topics.rejected]);
      const htxs = e?.level === 'HTXS';
      // Điều 23: "mưu trí, sáng tạo trong chiến đấu" (armed forces, militia) counts once its proof is confirmed.
      const combat = env.ctx.confirmed?.['cstdcs.combat']?.trim();
      let achievement: Check;
      if (env.p.cstdcsRoute === 'any-of') {
        if (htxs) achievement = { id, result: 'pass', reason: `Năm ${env.year} ${levelText('HTXS')}.` };
        else if (sol) {
          use();
          achievement = { id, result: 'pass', reason: `Có ${solutionText(sol, solNoun)}.` };
        } else if (combat) {
          achievement = { id, result: 'pass', reason: `Có thành tích mưu trí, sáng tạo trong chiến đấu (đã xác nhận minh chứng: ${combat}).` };
        } else if (!e) {
          achievement = {
            id,
            result: 'evidence',
            reason: `Chưa có kết quả đánh giá năm ${env.year} và ${none}; cần một trong các minh chứng: hoàn thành xuất sắc nhiệm vụ, sáng kiến hoặc đề tài được công nhận, hoặc thành tích mưu trí, sáng tạo trong chiến đấu có văn bản xác nhận (mục Minh chứng).${rejected}`,
          };
        } else {
          achievement = { id, result: 'fail', reason: `Năm ${env.year} chỉ ${levelText(e.level)} và ${none}.${rejected}` };
        }
      } else if (htxs && sol) {
        use();
        achievement = { id, result: 'pass', reason: `Năm ${env.year} ${levelText('HTXS')} và có ${solutionText(sol, solNoun)}.` };
      } else if (e && !htxs) {
        achievement = { id, result: 'fail', reason: `Năm ${env.year} chỉ ${levelText(e.level)}; bộ quy tắc này yêu cầu hoàn thành xuất sắc nhiệm vụ và có sáng kiến hoặc đề tài.` };
      } else if (htxs) {
        achievement = { id, result: 'fail', reason: `Năm ${env.year} ${levelText('HTXS')} nhưng ${none}; bộ quy tắc này yêu cầu cả hai.${rejected}` };
      } else {
        achievement = { id, result: 'evidence', reason: `Chưa có kết quả đánh giá năm ${env.year}; bộ quy tắc này yêu cầu hoàn thành xuất sắc nhiệm vụ và có sáng kiến hoặc đề tài.` };
      }
      return [ldtt, achievement];
    },
  },

  // Luật TĐKT 2022, Điều 22: 3 consecutive CSTĐCS and an initiative / topic of provincial scope.
  CSTD_TINH: {
    ids: ['cstd-tinh.streak', 'cstd-tinh.solution'],
    firstYear: (env) => env.year - env.p.cstdTinhStreak + 1,
    run: (env) => [
      streakCheck(env, 'cstd-tinh.streak', 'CSTDCS', env.p.cstdTinhStreak),
      solutionCheck(env, 'cstd-tinh.solution', 'tinh', env.year - env.p.cstdTinhStreak + 1),
    ],
  },

  // Luật TĐKT 2022, Điều 21: 2 consecutive CSTĐ cấp tỉnh and an initiative / topic of national scope.
  CSTD_TQ: {
    ids: ['cstd-tq.streak', 'cstd-tq.solution'],
    firstYear: (env) => env.year - env.p.cstdTqStreak * env.p.cstdTqStepYears + 1,
    run: (env) => [
      streakCheck(env, 'cstd-tq.streak', 'CSTD_TINH', env.p.cstdTqStreak, env.p.cstdTqStepYears),
      solutionCheck(env, 'cstd-tq.solution', 'toan-quoc', env.year - env.p.cstdTqStreak * env.p.cstdTqStepYears + 1),
    ],
  },

  // Tập thể lao động tiên tiến: completes tasks well, ≥ 70% LĐTT, nobody disciplined at cảnh cáo or above.
  TTLDTT: {
    ids: ['ttldtt.task', 'ttldtt.ldtt-share', 'ttldtt.discipline'],
    run: (env) => [
      task(env, 'ttldtt.task', env.year, 'HTT'),
      shareCheck(env, 'ttldtt.ldtt-share', (x) => x.ldtt, `đạt danh hiệu ${env.short('LDTT')}`, env.p.ldttMemberShare),
      disciplineCheck(env, 'ttldtt.discipline'),
    ],
  },

  // Tập thể lao động xuất sắc: HTXS, 100% complete their tasks, ≥ 70% LĐTT, at least one CSTĐCS.
  TTLDXS: {
    ids: ['ttldxs.task', 'ttldxs.completed', 'ttldxs.ldtt-share', 'ttldxs.cstdcs', 'ttldxs.discipline'],
    run: (env) => {
      const c = env.facts.collective;
      const min = env.p.ttldxsMinCstdcs;
      const cstdcs: Check = !c
        ? { id: 'ttldxs.cstdcs', result: 'evidence', reason: `Chưa có số cá nhân đạt ${env.short('CSTDCS')} trong tập thể.` }
        : c.cstdcs > c.members && c.members > 0
          ? { id: 'ttldxs.cstdcs', result: 'fail', reason: `Số cá nhân đạt ${env.short('CSTDCS')} (${c.cstdcs}) lớn hơn tổng số thành viên (${c.members}); hãy kiểm tra lại số liệu.` }
          : c.cstdcs >= min
            ? { id: 'ttldxs.cstdcs', result: 'pass', reason: `Có ${c.cstdcs} cá nhân đạt ${env.short('CSTDCS')}; yêu cầu ít nhất ${min}.` }
            : {
                id: 'ttldxs.cstdcs',
                result: 'fail',
                reason: `${c.cstdcs === 0 ? 'Không có cá nhân nào' : `Chỉ có ${c.cstdcs} cá nhân`} đạt ${env.short('CSTDCS')}; yêu cầu ít nhất ${min}.`,
              };
      return [
        task(env, 'ttldxs.task', env.year, 'HTXS'),
        shareCheck(env, 'ttldxs.completed', (x) => x.completedTasks, 'hoàn thành nhiệm vụ', env.p.ttldxsCompletedShare),
        shareCheck(env, 'ttldxs.ldtt-share', (x) => x.ldtt, `đạt danh hiệu ${env.short('LDTT')}`, env.p.ldttMemberShare),
        cstdcs,
        disciplineCheck(env, 'ttldxs.discipline'),
      ];
    },
  },

  // Bằng khen of the provincial chairman, individual: one of (a) 2 consecutive CSTĐCS, (b) 2
  // consecutive HTXS years with 2 initiatives (or 2 topics) applied at cơ sở in that time, or
  // other grounds the engine cannot see (→ evidence, never fail).
  BK_CT_TINH: {
    ids: ['bk-tinh.record'],
    firstYear: (env) => env.year - Math.max(env.p.bkCstdcsStreak, env.p.bkHtxsYears) + 1,
    run: (env) => {
      const id = 'bk-tinh.record';
      const a = streak({ history: env.facts.history, title: 'CSTDCS', endYear: env.year, count: env.p.bkCstdcsStreak, fenceCode: env.award.code });
      const aText = streakText(env, a, 'CSTDCS', env.p.bkCstdcsStreak, 1);
      if (a.ok) return [{ id, result: 'pass', reason: aText }];

      const n = env.p.bkHtxsYears;
      const first = env.year - n + 1;
      const fence = fenceYear(env, first);
      const years = range(first, env.year);
      const htxs = years.filter((y) => (fence === null || y > fence) && evaluationOf(env, y)?.level === 'HTXS');
      const notHtxs = years.filter((y) => !htxs.includes(y));
      const k = env.p.bkSolutions;
      const inits = solutions(env, env.facts.initiatives, 'Sáng kiến', 'co-so', first);
      const topics = solutions(env, env.facts.topics, 'Đề tài', 'co-so', first);
      const kind = inits.usable.length >= k ? 'initiatives' : topics.usable.length >= k ? 'topics' : null;
      const htxsText =
        `${htxs.length}/${n} năm liên tục ${EVALUATION_LABELS.HTXS}${htxs.length ? ` (${yearList(htxs)})` : ''}` +
        (notHtxs.length ? `, thiếu năm ${yearList(notHtxs)}${fence !== null && notHtxs.some((y) => y <= fence) ? ` (năm ${fence} trở về trước đã được tính cho lần khen thưởng năm ${fence})` : ''}` : '');
      if (notHtxs.length === 0 && kind) {
        const picked = (kind === 'initiatives' ? inits : topics).usable.slice(0, k);
        env.uses[kind].push(...picked.map((s) => s.id));
        const noun = kind === 'initiatives' ? 'sáng kiến' : 'đề tài';
        return [{ id, result: 'pass', reason: `Có ${htxsText} và ${k} ${noun} áp dụng trong thời gian đó: ${picked.map((s) => solutionText(s, noun)).join('; ')}.` }];
      }
      const solText = `${inits.usable.length}/${k} sáng kiến, ${topics.usable.length}/${k} đề tài được công nhận từ ${dateText(`${first}-01-01`)}`;
      const reason =
        `Chưa đủ căn cứ công trạng: ${aText.charAt(0).toLowerCase()}${aText.slice(1, -1)}; có ${htxsText}; ${solText}.${notCounted([...inits.rejected, ...topics.rejected])}` +
        OTHER_GROUNDS;
      return [{ id, result: 'evidence', reason }];
    },
  },

  // Bằng khen of the provincial chairman, collective: 2 consecutive years HTXS or TTLĐXS, or other grounds.
  BK_CT_TINH_TT: {
    ids: ['bk-tinh-tt.record'],
    firstYear: (env) => env.year - env.p.bkCollectiveYears + 1,
    run: (env) => {
      const id = 'bk-tinh-tt.record';
      const n = env.p.bkCollectiveYears;
      const first = env.year - n + 1;
      const fence = fenceYear(env, first);
      const ok: string[] = [];
      const missing: number[] = [];
      for (const y of range(first, env.year)) {
        const title = env.facts.history.find((h) => h.awardCode === 'TTLDXS' && h.year === y && STREAK_CATEGORIES.includes(h.category));
        const htxs = evaluationOf(env, y)?.level === 'HTXS';
        if (fence !== null && y <= fence) missing.push(y);
        else if (title) ok.push(`${y}: ${env.short('TTLDXS')}`);
        else if (htxs) ok.push(`${y}: HTXS`);
        else missing.push(y);
      }
      const head = `Có ${ok.length}/${n} năm liên tục ${levelText('HTXS')} hoặc đạt ${env.short('TTLDXS')}${ok.length ? ` (${ok.join('; ')})` : ''}`;
      if (!missing.length) return [{ id, result: 'pass', reason: `${head}.` }];
      const fenced = fence !== null ? ` (năm ${fence} trở về trước đã được tính cho lần khen thưởng năm ${fence})` : '';
      return [{ id, result: 'evidence', reason: `${head}; thiếu năm ${yearList(missing)}${fenced}.${OTHER_GROUNDS}` }];
    },
  },

  // Giấy khen (Luật TĐKT 2022, Điều 75): completes tasks well; the "one of" achievements are
  // catalogue criteria of check `evidence`.
  GIAY_KHEN: {
    ids: ['giay-khen.task'],
    run: (env) => [task(env, 'giay-khen.task', env.year, 'HTT')],
  },
  GIAY_KHEN_TT: {
    ids: ['giay-khen-tt.task'],
    run: (env) => [task(env, 'giay-khen-tt.task', env.year, 'HTT')],
  },
};
