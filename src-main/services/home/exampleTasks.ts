import type { HomeTask } from '../../../src-shared/api';
import { EXAMPLE_KIND_LABELS, EXAMPLE_STAGE_LABELS, REVIEW_SOON_DAYS, type ExampleKind, type ExampleStage } from '../../../src-shared/rules/examples';
import { classifyDue } from '../../../src-shared/rules/home';
import { formatDate } from '../../../src-shared/text';
import type { ServiceContext } from '../core';

/**
 * "Việc cần làm" lines for the sổ điển hình tiên tiến: each of this unit's examples whose review
 * date (ngày rà soát) is within a month or past, so the clerk checks how it stands and moves it on.
 */
export function exampleReviewTasks(ctx: ServiceContext, origin: string, today: string): Omit<HomeTask, 'state' | 'daysLeft'>[] {
  const rows = ctx.sqlite
    .prepare(
      `SELECT id, kind, name, stage, review_on reviewOn FROM typical_examples
        WHERE deleted = 0 AND origin = ? AND review_on IS NOT NULL ORDER BY review_on`,
    )
    .all(origin) as { id: string; kind: ExampleKind; name: string; stage: ExampleStage; reviewOn: string }[];
  return rows
    .filter((x) => classifyDue(x.reviewOn, today, REVIEW_SOON_DAYS).state !== 'open')
    .map((x) => ({
      kind: 'example' as const,
      title: `Rà soát điển hình tiên tiến: ${x.name}`,
      detail: `${EXAMPLE_KIND_LABELS[x.kind]}, đang ở bước “${EXAMPLE_STAGE_LABELS[x.stage]}”; ngày rà soát ${formatDate(x.reviewOn)}. Cập nhật bước tiếp theo và đặt ngày rà soát mới.`,
      dueOn: x.reviewOn, page: 'examples' as const, recordId: x.id, year: Number(x.reviewOn.slice(0, 4)),
    }));
}
