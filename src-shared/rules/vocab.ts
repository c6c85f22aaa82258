/**
 * The words the award catalogue and the eligibility engine share: kinds, subjects, loại hình
 * khen thưởng, task-completion levels, initiative scopes and discipline levels, each with the
 * Vietnamese label a clerk reads. Orders matter: they are used to compare levels.
 */

/** Danh hiệu thi đua (Luật TĐKT 2022, Điều 19–20) or hình thức khen thưởng (Điều 9). */
export const AWARD_KINDS = ['title', 'form'] as const;
export type AwardKind = (typeof AWARD_KINDS)[number];
export const AWARD_KIND_LABELS: Record<AwardKind, string> = {
  title: 'Danh hiệu thi đua',
  form: 'Hình thức khen thưởng',
};

export const AWARD_SUBJECTS = ['individual', 'collective', 'household'] as const;
export type AwardSubject = (typeof AWARD_SUBJECTS)[number];
export const AWARD_SUBJECT_LABELS: Record<AwardSubject, string> = {
  individual: 'cá nhân',
  collective: 'tập thể',
  household: 'hộ gia đình',
};

/** Loại hình khen thưởng (Luật TĐKT 2022, Điều 8). Niên hạn (army and police only) is left out. */
export const AWARD_CATEGORIES = ['cong-trang', 'dot-xuat', 'chuyen-de', 'phong-trao', 'cong-hien', 'doi-ngoai'] as const;
export type AwardCategory = (typeof AWARD_CATEGORIES)[number];
export const AWARD_CATEGORY_LABELS: Record<AwardCategory, string> = {
  'cong-trang': 'khen thưởng công trạng',
  'dot-xuat': 'khen thưởng đột xuất',
  'chuyen-de': 'khen thưởng phong trào thi đua theo chuyên đề',
  'phong-trao': 'khen thưởng phong trào thi đua theo đợt',
  'cong-hien': 'khen thưởng quá trình cống hiến',
  'doi-ngoai': 'khen thưởng đối ngoại',
};

/** Mức độ hoàn thành nhiệm vụ, best first. */
export const EVALUATION_LEVELS = ['HTXS', 'HTT', 'HT', 'KHT'] as const;
export type EvaluationLevel = (typeof EVALUATION_LEVELS)[number];
export const EVALUATION_LABELS: Record<EvaluationLevel, string> = {
  HTXS: 'hoàn thành xuất sắc nhiệm vụ',
  HTT: 'hoàn thành tốt nhiệm vụ',
  HT: 'hoàn thành nhiệm vụ',
  KHT: 'không hoàn thành nhiệm vụ',
};
/** True when `level` is `min` or better. */
export const atLeastLevel = (level: EvaluationLevel, min: EvaluationLevel): boolean =>
  EVALUATION_LEVELS.indexOf(level) <= EVALUATION_LEVELS.indexOf(min);

/** Phạm vi ảnh hưởng of an initiative or a research topic, narrowest first. */
export const SCOPES = ['co-so', 'tinh', 'toan-quoc'] as const;
export type Scope = (typeof SCOPES)[number];
export const SCOPE_LABELS: Record<Scope, string> = {
  'co-so': 'cấp cơ sở',
  tinh: 'cấp tỉnh',
  'toan-quoc': 'toàn quốc',
};
/** toàn quốc ≥ tỉnh ≥ cơ sở. */
export const scopeCovers = (scope: Scope, min: Scope): boolean => SCOPES.indexOf(scope) >= SCOPES.indexOf(min);

/** Hình thức kỷ luật, lightest first. */
export const HOLD_LEVELS = ['khien-trach', 'canh-cao', 'cach-chuc', 'buoc-thoi-viec'] as const;
export type HoldLevel = (typeof HOLD_LEVELS)[number];
export const HOLD_LEVEL_LABELS: Record<HoldLevel, string> = {
  'khien-trach': 'khiển trách',
  'canh-cao': 'cảnh cáo',
  'cach-chuc': 'cách chức',
  'buoc-thoi-viec': 'buộc thôi việc',
};
export const atLeastHold = (level: HoldLevel, min: HoldLevel): boolean => HOLD_LEVELS.indexOf(level) >= HOLD_LEVELS.indexOf(min);

/** How a catalogue criterion is checked. */
export const CRITERION_CHECKS = ['auto', 'evidence', 'council'] as const;
export type CriterionCheck = (typeof CRITERION_CHECKS)[number];
export const CRITERION_CHECK_LABELS: Record<CriterionCheck, string> = {
  auto: 'Phần mềm tự kiểm tra từ dữ liệu',
  evidence: 'Cần giấy tờ chứng minh',
  council: 'Hội đồng Thi đua – Khen thưởng đánh giá khi bình xét',
};

/** The three answers of the engine, per criterion and overall. */
export const VERDICTS = ['pass', 'fail', 'evidence'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const VERDICT_LABELS: Record<Verdict, string> = {
  pass: 'Đạt',
  fail: 'Không đạt',
  evidence: 'Cần bổ sung minh chứng',
};
