/**
 * Điển hình tiên tiến: the four stages an example goes through (phát hiện, bồi dưỡng, tổng kết,
 * nhân rộng), the order their dates must keep, the report flags of a linked person, and the
 * review reminder. The Hội nghị điển hình tiên tiến is held every five years before the Đại hội
 * thi đua yêu nước of the same level (the domain reference names the congress; the five-year
 * rhythm follows the seed plans and is not tied to an article here).
 */
import { dateText } from './format';

export const EXAMPLE_KINDS = ['person', 'collective', 'household', 'model'] as const;
export type ExampleKind = (typeof EXAMPLE_KINDS)[number];
export const EXAMPLE_KIND_LABELS: Record<ExampleKind, string> = {
  person: 'Cá nhân',
  collective: 'Tập thể',
  household: 'Hộ gia đình',
  model: 'Mô hình',
};

export const EXAMPLE_STAGES = ['phat-hien', 'boi-duong', 'tong-ket', 'nhan-rong'] as const;
export type ExampleStage = (typeof EXAMPLE_STAGES)[number];
export const EXAMPLE_STAGE_LABELS: Record<ExampleStage, string> = {
  'phat-hien': 'Phát hiện',
  'boi-duong': 'Bồi dưỡng',
  'tong-ket': 'Tổng kết',
  'nhan-rong': 'Nhân rộng',
};

export interface StageStep {
  stage: ExampleStage;
  /** "yyyy-mm-dd" */
  on: string;
  /** Who fosters or carries out the step (người, đơn vị phụ trách). */
  by: string;
  note: string;
}

export interface StageProblem {
  /** Index of the step the message is about. */
  index: number;
  message: string;
}

/**
 * Why the steps cannot be kept as given, or null: the first is "Phát hiện", each stage at most
 * once and in the order of the four stages, each date on or after the one before it.
 */
export function stageProblem(steps: readonly Pick<StageStep, 'stage' | 'on'>[]): StageProblem | null {
  if (!steps.length) return { index: 0, message: 'Hãy ghi ít nhất bước “Phát hiện” với ngày phát hiện điển hình.' };
  if (steps[0]!.stage !== 'phat-hien') {
    return { index: 0, message: `Bước đầu tiên phải là “Phát hiện”, không phải “${EXAMPLE_STAGE_LABELS[steps[0]!.stage]}”; hãy ghi ngày phát hiện trước.` };
  }
  for (let i = 1; i < steps.length; i++) {
    const prev = steps[i - 1]!;
    const cur = steps[i]!;
    const a = EXAMPLE_STAGES.indexOf(prev.stage);
    const b = EXAMPLE_STAGES.indexOf(cur.stage);
    if (b <= a) {
      return { index: i, message: `Bước “${EXAMPLE_STAGE_LABELS[cur.stage]}” phải đứng sau “${EXAMPLE_STAGE_LABELS[prev.stage]}” và mỗi bước chỉ ghi một lần (thứ tự: phát hiện, bồi dưỡng, tổng kết, nhân rộng).` };
    }
    if (cur.on < prev.on) {
      return {
        index: i,
        message: `Ngày ${EXAMPLE_STAGE_LABELS[cur.stage].toLowerCase()} (${dateText(cur.on)}) trước ngày ${EXAMPLE_STAGE_LABELS[prev.stage].toLowerCase()} (${dateText(prev.on)}); hãy sửa lại ngày cho đúng thứ tự.`,
      };
    }
  }
  return null;
}

/** The stage an example stands at: the last step's. */
export const currentStage = (steps: readonly Pick<StageStep, 'stage'>[]): ExampleStage => steps[steps.length - 1]?.stage ?? 'phat-hien';

/** The report flags of a linked person: nữ, người dân tộc thiểu số (not Kinh, code 01), lao động trực tiếp. */
export function personFlags(p: { gender: string; ethnicity: string; directLabor: boolean }) {
  return { women: p.gender === 'female', ethnicMinority: p.ethnicity !== '' && p.ethnicity !== '01', directWorker: p.directLabor };
}

/** Days before the review date from which the home page reminds the clerk. */
export const REVIEW_SOON_DAYS = 30;

/**
 * The congress years (Đại hội thi đua yêu nước) on the five-year rhythm (2020, 2025, 2030 …)
 * and the conference of typical examples held in or before it: the next one on or after `year`.
 */
export const nextCongressYear = (year: number) => Math.ceil(year / 5) * 5;
