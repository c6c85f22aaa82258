import type { RecordRow } from '../../../src-shared/api';
import { AppError } from '../../errors';
import type { ServiceContext } from './context';

/**
 * The generic view over owned record types. Each type names its table and how to title a
 * row; later capabilities (registrations, dossiers, …) add an entry here.
 */
interface RecordTypeDef {
  label: string;
  table: string;
  title: string; // SQL expression over the table's columns
}

const RECORD_TYPES: Record<string, RecordTypeDef> = {
  unit: { label: 'Đơn vị', table: 'units', title: `code || ' - ' || name` },
  person: { label: 'Cá nhân', table: 'people', title: 'full_name' },
  collective: { label: 'Tập thể', table: 'collectives', title: 'name' },
  movement: { label: 'Phong trào thi đua', table: 'movements', title: `name || ' (' || year || ')'` },
  registration: { label: 'Đăng ký thi đua', table: 'registrations', title: `registrant_name || ' - năm ' || year` },
  dossier: { label: 'Hồ sơ đề nghị khen thưởng', table: 'dossiers', title: `title || ' (' || award_code || ')'` },
  initiative: { label: 'Sáng kiến', table: 'initiatives', title: `title || ' (' || year || ')'` },
  plan: { label: 'Kế hoạch công tác thi đua, khen thưởng', table: 'work_plans', title: `title` },
  'inspection-plan': { label: 'Kế hoạch kiểm tra', table: 'inspection_plans', title: `title` },
  inspection: {
    label: 'Kiểm tra công tác thi đua, khen thưởng',
    table: 'inspections',
    title: `coalesce((SELECT name FROM units u WHERE u.id = t.unit_id), unit_id) || ' - kiểm tra năm ' || year`,
  },
  'inspection-self-assessment': {
    label: 'Tự đánh giá công tác thi đua, khen thưởng',
    table: 'inspection_self_assessments',
    title: `'Tự đánh giá của ' || coalesce((SELECT u.name FROM inspections i JOIN units u ON u.id = i.unit_id WHERE i.id = t.inspection_id), inspection_id)`,
  },
  cluster: { label: 'Cụm, khối thi đua', table: 'clusters', title: `name || ' năm ' || year` },
  'cluster-scorecard': {
    label: 'Bảng chấm điểm cụm, khối thi đua',
    table: 'cluster_scorecards',
    title: `(CASE scorer WHEN 'self' THEN 'Điểm tự chấm của ' ELSE 'Điểm cụm chấm của ' END) || coalesce((SELECT name FROM units u WHERE u.id = t.unit_id), unit_id)`,
  },
  'cluster-vote': { label: 'Biên bản suy tôn', table: 'cluster_votes', title: `'Biên bản suy tôn ngày ' || held_on` },
  example: { label: 'Điển hình tiên tiến', table: 'typical_examples', title: 'name' },
};

export function recordTypes(): { type: string; label: string }[] {
  return Object.entries(RECORD_TYPES).map(([type, d]) => ({ type, label: d.label }));
}

export function listRecords(
  ctx: ServiceContext,
  input: { type: string; includeDeleted: boolean; offset: number; limit: number },
): { total: number; items: RecordRow[] } {
  const def = RECORD_TYPES[input.type];
  if (!def) {
    throw new AppError(
      'UNKNOWN_TYPE',
      `Loại bản ghi "${input.type}" không có. Các loại hiện có: ${Object.keys(RECORD_TYPES).join(', ')}.`,
    );
  }
  const where = input.includeDeleted ? '' : 'WHERE deleted = 0';
  const total = (ctx.sqlite.prepare(`SELECT count(*) n FROM ${def.table} ${where}`).get() as { n: number }).n;
  const rows = ctx.sqlite
    .prepare(
      `SELECT id, ${def.title} title, origin, rev, updated_at updatedAt, deleted,
              (SELECT status FROM record_status s WHERE s.record_type = ? AND s.record_id = t.id) status
         FROM ${def.table} t ${where} ORDER BY updated_at DESC, id LIMIT ? OFFSET ?`,
    )
    .all(input.type, input.limit, input.offset) as (Omit<RecordRow, 'type' | 'deleted'> & { deleted: number })[];
  return { total, items: rows.map((r) => ({ ...r, type: input.type, deleted: r.deleted === 1 })) };
}
