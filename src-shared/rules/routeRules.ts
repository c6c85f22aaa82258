/**
 * Rules of the Law's other routes to a title (kept apart from awardRules.ts, which holds the
 * main rules): Lao động tiên tiến for workers and farmers (Luật TĐKT 2022, Điều 24 khoản 3), who
 * are not rated on task completion, and Chiến sĩ tiên tiến for the armed forces (khoản 2), on the
 * criteria of khoản 1.
 */
import { evaluationOf, levelText, task, type Rule } from './awardRules';

export const ROUTE_RULES: Record<string, Rule> = {
  // Khoản 3 is for those outside khoản 1: someone rated on task completion that year is a
  // public servant or employee of an agency, proposed under khoản 1 (code LDTT).
  LDTT_CNND: {
    ids: ['ldtt-k3.route'],
    run: (env) => {
      const e = evaluationOf(env, env.year);
      if (e) {
        return [{
          id: 'ldtt-k3.route',
          result: 'fail',
          reason:
            `Năm ${env.year} có kết quả đánh giá ${levelText(e.level)}: là đối tượng của khoản 1 (cán bộ, công chức, viên chức, người lao động); ` +
            `hãy đề nghị danh hiệu “${env.short('LDTT')}” theo khoản 1.`,
        }];
      }
      return [{
        id: 'ldtt-k3.route',
        result: 'pass',
        reason: `Không có kết quả đánh giá mức độ hoàn thành nhiệm vụ năm ${env.year}: xét theo tiêu chuẩn của công nhân, nông dân, người lao động (không yêu cầu xếp loại).`,
      }];
    },
  },

  // Khoản 2: the criteria of khoản 1, for soldiers, police and militia.
  // Who decides (Luật TĐKT 2022, Điều 80 khoản 5): as the Minister of National Defence and the
  // Minister of Public Security rule for their forces. Which level decides for a commune's dân quân
  // (the commune chairman, or the military command above): UNCONFIRMED — the reference does not
  // say, so the catalogue names no decider route and the tờ trình names no recipient.
  CSTT: {
    ids: ['cstt.task'],
    run: (env) => [task(env, 'cstt.task', env.year, env.p.ldttMinLevel)],
  },
};
