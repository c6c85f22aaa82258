import fs from 'node:fs';
import path from 'node:path';
import type { ListFilter } from '../../../src-shared/api';
import { ethnicityName } from '../../../src-shared/catalog/ethnicities';
import { GENDER_LABELS } from '../../../src-shared/catalog/people';
import { DOSSIER_ROUND_LABELS } from '../../../src-shared/catalog/rounds';
import { STATUS_LABELS, type Status } from '../../../src-shared/exchange/status';
import { INITIATIVE_STATUS_LABELS } from '../../../src-shared/rules/initiatives';
import { SCOPE_LABELS } from '../../../src-shared/rules/vocab';
import { formatDate } from '../../../src-shared/text';
import { AppError, fieldError } from '../../errors';
import { type SheetCell, type SheetColumn, writeSheet } from '../../lib/spreadsheet/write';
import { today, type ServiceContext } from '../core';
import { listDossiers } from '../dossiers';
import { requireOutDir } from '../folders';
import { listInitiatives } from '../initiatives';
import { requireInstallation } from '../installation';
import { searchPeople } from '../registry';

/** Rows read from the database per step: the file grows while memory stays flat. */
export const BATCH = 1000;

interface Page<R> {
  items: R[];
  next: string | null;
}

/** Every row of a keyset list, page after page, as the list screen would get them scrolling to the end. */
function* allPages<R>(page: (after: string | null) => Page<R>): Generator<R> {
  let after: string | null = null;
  do {
    const p: Page<R> = page(after);
    yield* p.items;
    after = p.items.length ? p.next : null;
  } while (after);
}

const date = (iso: string | null | undefined): SheetCell => (iso ? { date: iso.slice(0, 10) } : null);

interface ListSheet {
  name: string;
  title: string;
  filter: string;
  columns: SheetColumn[];
  rows: Iterable<SheetCell[]>;
}

function numbered(rows: Iterable<SheetCell[]>): Iterable<SheetCell[]> {
  return (function* () {
    let n = 0;
    for (const r of rows) yield [++n, ...r];
  })();
}

function queryText(q: string): string[] {
  return q.trim() ? [`tìm “${q.trim()}”`] : [];
}

function peopleSheet(ctx: ServiceContext, f: Extract<ListFilter, { list: 'people' }>): ListSheet {
  const unit = f.unitId ? (ctx.sqlite.prepare('SELECT name FROM units WHERE id = ?').get(f.unitId) as { name: string } | undefined)?.name : null;
  return {
    name: 'Danh sach ca nhan',
    title: 'Danh sách cá nhân',
    filter: [...(unit ? [`đơn vị ${unit}`] : []), ...queryText(f.query)].join(', ') || 'tất cả cá nhân',
    columns: [
      { header: 'STT', width: 7 }, { header: 'Họ và tên', width: 28 }, { header: 'Giới tính', width: 10 }, { header: 'Ngày sinh', width: 13 },
      { header: 'Năm sinh', width: 10 }, { header: 'Dân tộc', width: 12 }, { header: 'Chức vụ', width: 32 }, { header: 'Đơn vị', width: 28 },
      { header: 'Tập thể', width: 24 }, { header: 'Lao động trực tiếp', width: 12 },
      { header: 'Vùng sâu, vùng xa', width: 12 }, { header: 'Điện thoại', width: 14 },
    ],
    rows: numbered(
      (function* () {
        for (const p of allPages((after) => searchPeople(ctx, { query: f.query, unitId: f.unitId, offset: 0, limit: BATCH, after }))) {
          yield [
            p.fullName, GENDER_LABELS[p.gender], date(p.birthDate), p.birthDate ? Number(p.birthDate.slice(0, 4)) : p.birthYear,
            ethnicityName(p.ethnicity), p.position, p.unitName ?? '', p.collectiveName ?? '', p.directLabor ? 'Có' : '',
            // Vùng sâu, vùng xa: empty when not known, as on the form ("Chưa rõ").
            p.remoteArea === null ? '' : p.remoteArea ? 'Có' : 'Không', p.phone ?? '',
          ];
        }
      })(),
    ),
  };
}

function dossiersSheet(ctx: ServiceContext, f: Extract<ListFilter, { list: 'dossiers' }>): ListSheet {
  const scope = f.open ? 'hồ sơ đang làm (chưa xong của mọi năm và của năm nay)' : f.year ? `năm ${f.year}` : 'tất cả các năm';
  return {
    name: 'Ho so khen thuong',
    title: 'Danh sách hồ sơ đề nghị khen thưởng',
    filter: [scope, ...queryText(f.query)].join(', '),
    columns: [
      { header: 'STT', width: 7 }, { header: 'Năm', width: 8 }, { header: 'Tên hồ sơ', width: 40 }, { header: 'Danh hiệu, hình thức đề nghị', width: 30 },
      { header: 'Đợt xét', width: 14 }, { header: 'Đơn vị đề nghị', width: 24 }, { header: 'Số đề nghị', width: 10 }, { header: 'Ngày xét', width: 13 },
      { header: 'Ngày họp', width: 13 }, { header: 'Trạng thái', width: 22 },
    ],
    rows: numbered(
      (function* () {
        for (const d of allPages((after) => listDossiers(ctx, { year: f.year, open: f.open, query: f.query, offset: 0, limit: BATCH, after }))) {
          const status = d.status ? (STATUS_LABELS[d.status as Status] ?? d.status) : d.editable ? STATUS_LABELS.draft : `Nhận từ ${d.proposingUnitName ?? d.origin}`;
          yield [d.year, d.title, d.awardName, DOSSIER_ROUND_LABELS[d.round], d.proposingUnitName ?? d.origin, d.nomineeCount, date(d.referenceDate), date(d.meetingDate), status];
        }
      })(),
    ),
  };
}

function initiativesSheet(ctx: ServiceContext, f: Extract<ListFilter, { list: 'initiatives' }>): ListSheet {
  const round = f.roundId ? (ctx.sqlite.prepare('SELECT name FROM initiative_rounds WHERE id = ?').get(f.roundId) as { name: string } | undefined)?.name : null;
  return {
    name: 'Sang kien',
    title: 'Danh sách đơn yêu cầu công nhận sáng kiến',
    filter: [f.open ? 'đơn đang làm (chưa trả lời của mọi năm và của năm nay)' : f.year ? `năm ${f.year}` : 'tất cả các năm', ...(round ? [round] : []), ...(f.status ? [INITIATIVE_STATUS_LABELS[f.status].toLowerCase()] : []), ...queryText(f.query)].join(', '),
    columns: [
      { header: 'STT', width: 7 }, { header: 'Năm', width: 8 }, { header: 'Tên sáng kiến', width: 40 }, { header: 'Tác giả', width: 30 },
      { header: 'Đợt xét', width: 16 }, { header: 'Trạng thái', width: 20 }, { header: 'Phạm vi ảnh hưởng', width: 16 }, { header: 'Điểm trung bình', width: 11 },
      { header: 'Ngày nhận', width: 13 }, { header: 'Hạn trả lời', width: 13 },
    ],
    rows: numbered(
      (function* () {
        for (const i of allPages((after) => listInitiatives(ctx, { year: f.year, open: f.open, roundId: f.roundId, status: f.status, query: f.query, offset: 0, limit: BATCH, after }))) {
          yield [i.year, i.title, i.authors, i.roundName ?? '', INITIATIVE_STATUS_LABELS[i.status], i.scope ? SCOPE_LABELS[i.scope] : '', i.average, date(i.receivedOn), date(i.dueOn)];
        }
      })(),
    ),
  };
}

const SHEETS = { people: peopleSheet, dossiers: dossiersSheet, initiatives: initiativesSheet } as const;

/** Why the file could not be written, in words, beside the folder field. */
function writeProblem(e: unknown, dir: string): AppError {
  if (e instanceof AppError) return e;
  const code = (e as { code?: string })?.code;
  const why =
    code === 'ENOSPC' ? 'ổ đĩa đã đầy'
    : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'thư mục chỉ đọc hoặc không có quyền ghi'
    : code === 'ENOTDIR' || code === 'EEXIST' ? 'đường dẫn này là một tệp, không phải thư mục'
    : 'lỗi khi ghi tệp';
  return fieldError('outDir', `Không lưu được tệp Excel vào "${dir}" (${why}). Hãy bấm "Chọn…" để chọn thư mục khác rồi thử lại.`).withCause(e);
}

/** "Danh sach ca nhan 04-12-2026.xlsx", then "… (2).xlsx" when that name is taken: never overwrites. */
function freeName(dir: string, base: string): string {
  for (let n = 1; ; n++) {
    const name = `${base}${n > 1 ? ` (${n})` : ''}.xlsx`;
    if (!fs.existsSync(path.join(dir, name))) return name;
  }
}

/**
 * Writes the list the clerk sees (the same filter, every page) to an .xlsx in `outDir`, which
 * must be a full path on a drive that exists (as for packages); the folder is created if
 * missing. Returns where the file went and how many rows it holds.
 */
export async function exportListXlsx(ctx: ServiceContext, input: { filter: ListFilter; outDir: string }) {
  const dir = requireOutDir(input.outDir);
  const me = requireInstallation(ctx);
  const sheet = (SHEETS[input.filter.list] as (c: ServiceContext, f: ListFilter) => ListSheet)(ctx, input.filter);
  const day = formatDate(today(ctx));
  try {
    fs.mkdirSync(dir, { recursive: true });
    const fileName = freeName(dir, `${sheet.name} ${day.replace(/\//g, '-')}`);
    const file = path.join(dir, fileName);
    const rows = await writeSheet(file, {
      sheetName: sheet.title,
      title: sheet.title,
      subtitle: [`${me.unitName}: ${sheet.filter}.`, `Lập ngày ${day} bằng TĐKT Desktop.`],
      columns: sheet.columns,
      rows: sheet.rows,
    });
    return { file, fileName, rows };
  } catch (e) {
    throw writeProblem(e, dir);
  }
}
