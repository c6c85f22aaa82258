import { beforeAll, describe, expect, it } from 'vitest';
import shipped from '../../../resources/reports/statistics/tt02-2023.v1.json';
import { computeStatistics, loadTemplates, reportForFile, SHIPPED_TEMPLATES, templateFingerprint } from '../../../src-main/services/statistics';
import { initializedHost, person, readOnlyDb } from '../helpers';

/**
 * The done-when of issue 21, point 3: on a real SQLite file with a generated award history, every
 * form's totals equal the sums of their rows and match a count made directly from the history.
 */
type H = Awaited<ReturnType<typeof initializedHost>>['h'];
let h: H;
const Y = 2025;

/** A small deterministic generator: the same history on every run. */
function rng(seed: number) {
  let s = seed;
  return () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

const PROVINCE_CODES = ['BK_CT_TINH', 'BK_CT_TINH_TT', 'BK_CT_TINH_HGD', 'CSTD_TINH', 'CO_TD_TINH'];
const STATE_CODES = ['HCLD_H3', 'HCLD_H3_TT', 'BK_TTCP', 'BK_TTCP_TT', 'CO_TD_CP', 'CSTD_TQ'];
const PERSON_CODES = { BK_CT_TINH: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', CSTD_TINH: 'Chiến sĩ thi đua cấp tỉnh', HCLD_H3: 'Huân chương Lao động hạng Ba', BK_TTCP: 'Bằng khen của Thủ tướng Chính phủ', LDTT: 'Lao động tiên tiến', CSTD_TQ: 'Chiến sĩ thi đua toàn quốc' } as const;
const COLLECTIVE_CODES = { BK_CT_TINH_TT: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', CO_TD_TINH: 'Cờ thi đua của Ủy ban nhân dân tỉnh', HCLD_H3_TT: 'Huân chương Lao động hạng Ba', BK_TTCP_TT: 'Bằng khen của Thủ tướng Chính phủ', CO_TD_CP: 'Cờ thi đua của Chính phủ', TTLDTT: 'Tập thể lao động tiên tiến' } as const;
const CATEGORIES = ['cong-trang', 'cong-trang', 'cong-trang', 'dot-xuat', 'chuyen-de', 'phong-trao', 'cong-hien', 'doi-ngoai'] as const;

beforeAll(async () => {
  ({ h } = await initializedHost());
  const r = rng(21);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const units = [];
  for (const [code, name] of [['XA-A', 'Xã An Bình'], ['XA-B', 'Xã Bình Minh'], ['CQ-C', 'Trường Tiểu học Cầu Kè']] as const) {
    units.push(await h.call('units.create', { code, name, level: code.startsWith('CQ') ? 'agency' : 'commune' }));
  }
  const positions = ['Chủ tịch UBND tỉnh', 'Giám đốc Sở Nội vụ', 'Giám đốc công ty', 'Trưởng phòng Văn hóa', 'Công chức văn phòng', '', 'Phó Chủ tịch UBND xã'];
  const subjects: { type: 'person' | 'collective'; id: string; household?: boolean }[] = [];
  for (let i = 0; i < 40; i++) {
    const p = await h.call('people.create', person({ givenName: `Người ${i}`, position: pick(positions), unitId: pick(units).id, directLabor: r() < 0.3 }));
    subjects.push({ type: 'person', id: p.id });
  }
  for (const [i, kind] of (['department', 'enterprise', 'village', 'household', 'school', 'enterprise'] as const).entries()) {
    const c = await h.call('collectives.create', { name: `Tập thể ${i}`, kind, unitId: pick(units).id });
    subjects.push({ type: 'collective', id: c.id, household: kind === 'household' });
  }
  for (let i = 0; i < 160; i++) {
    const s = pick(subjects);
    const [code, name] = pick(Object.entries(s.type === 'person' ? PERSON_CODES : COLLECTIVE_CODES));
    const year = pick([2024, 2025, 2025, 2025]);
    const dated = r() < 0.8;
    // Some decisions of an award year are signed the next January: they belong to that year's report.
    const decisionDate = dated ? (r() < 0.15 ? `${year + 1}-02-10` : `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-10`) : null;
    await h.call('awards.addHistory', { subjectType: s.type, subjectId: s.id, year, awardCode: code, awardName: name, category: pick(CATEGORIES), decisionDate, decisionNumber: `${i}/QĐ-UBND` });
  }
  // Outside the catalogue, by name: a Kỷ niệm chương (0603.N) and a Huy chương (0602.N).
  const someone = subjects[0]!;
  await h.call('awards.addHistory', { subjectType: 'person', subjectId: someone.id, year: Y, awardCode: '', awardName: 'Kỷ niệm chương Vì sự nghiệp thi đua, khen thưởng', category: 'cong-hien', decisionDate: `${Y}-05-05` });
  await h.call('awards.addHistory', { subjectType: 'person', subjectId: someone.id, year: Y, awardCode: '', awardName: 'Huy chương Quân kỳ quyết thắng', category: 'cong-hien', decisionDate: `${Y}-06-06` });
  // A deleted one counts nowhere.
  const gone = await h.call('awards.addHistory', { subjectType: 'person', subjectId: someone.id, year: Y, awardCode: 'BK_CT_TINH', awardName: 'Bằng khen', category: 'cong-trang', decisionDate: `${Y}-07-07` });
  await h.call('awards.removeHistory', { id: gone.id });
}, 120_000);

/** Straight from the history: awards of the report year (decision's year, else the award's). */
function direct(where: string, ...args: unknown[]): number {
  const db = readOnlyDb(h.dataDir);
  try {
    return (db.prepare(`SELECT count(*) n FROM award_history WHERE deleted = 0 AND coalesce(CAST(substr(decision_date, 1, 4) AS INTEGER), year) = ? AND (${where})`).get(Y, ...args) as { n: number }).n;
  } finally {
    db.close();
  }
}
const inList = (codes: string[]) => `award_code IN (${codes.map((c) => `'${c}'`).join(',')})`;

describe('statistics from a generated award history', () => {
  it.each([
    ['0603.N', PROVINCE_CODES, 'Kỷ niệm chương Vì sự nghiệp thi đua, khen thưởng'],
    ['0602.N', STATE_CODES, 'Huy chương Quân kỳ quyết thắng'],
  ])('%s: the total is the direct count, every row adds up, sections add up to the total', async (form, codes, byName) => {
    const r = await h.call('statistics.compute', { form, year: Y });
    expect(r.problems).toEqual([]);
    const total = r.rows[0]!;
    expect(total.label).toBe('Tổng số');
    const expected = direct(`${inList(codes)} OR award_name = ?`, byName);
    expect(expected).toBeGreaterThan(20);
    expect(total.cells[0]).toBe(expected);
    // Tổng số of each row = the sum of its columns.
    for (const row of r.rows.filter((x) => x.kind !== 'section')) expect(row.cells[0], row.label).toBe(row.cells.slice(1).reduce((a, b) => a! + b!, 0));
    // Each section's rows add up to the total, column by column.
    const sections = r.rows.flatMap((x, i) => (x.kind === 'section' ? [i] : []));
    for (const [k, start] of sections.entries()) {
      const rows = r.rows.slice(start + 1, sections[k + 1] ?? r.rows.length).filter((x) => x.kind === 'row');
      for (let c = 0; c < r.columns.length; c++) expect(rows.reduce((a, x) => a + x.cells[c]!, 0), `${r.rows[start]!.label} col ${c}`).toBe(total.cells[c]);
    }
    // By unit: each unit row is the direct count of that unit's people and collectives.
    const db = readOnlyDb(h.dataDir);
    const units = db.prepare('SELECT id, name FROM units').all() as { id: string; name: string }[];
    db.close();
    for (const u of units) {
      const n = direct(`(${inList(codes)} OR award_name = ?) AND (subject_id IN (SELECT id FROM people WHERE unit_id = ?) OR subject_id IN (SELECT id FROM collectives WHERE unit_id = ?))`, byName, u.id, u.id);
      const row = r.rows.find((x) => x.key === `don-vi:${u.id}`);
      expect(row?.cells[0] ?? 0, u.name).toBe(n);
    }
  });

  it('0603.N: collectives, households and individuals as the registry says; the Bằng khen column by code', async () => {
    const r = await h.call('statistics.compute', { form: '0603.N', year: Y });
    const cell = (key: string, col = 0) => r.rows.find((x) => x.key === key)!.cells[col];
    const kinds = (k: string) => `subject_type = 'collective' AND subject_id IN (SELECT id FROM collectives WHERE kind ${k})`;
    expect(cell('doi-tuong:tap-the')).toBe(direct(`${inList(PROVINCE_CODES)} AND ${kinds("<> 'household'")}`));
    expect(cell('doi-tuong:tap-the/doanh-nghiep')).toBe(direct(`${inList(PROVINCE_CODES)} AND ${kinds("= 'enterprise'")}`));
    expect(cell('doi-tuong:ho-gia-dinh')).toBe(direct(`${inList(PROVINCE_CODES)} AND ${kinds("= 'household'")}`));
    expect(cell('doi-tuong:ca-nhan')).toBe(direct(`${inList(PROVINCE_CODES)} AND subject_type = 'person'`) + 1);
    expect(cell('total', r.columns.findIndex((c) => c.id === 'bk'))).toBe(direct(inList(['BK_CT_TINH', 'BK_CT_TINH_TT'])));
    expect(cell('loai-hinh:chuyen-de')).toBe(direct(`${inList(PROVINCE_CODES)} AND category IN ('chuyen-de', 'phong-trao')`));
  });

  it('a cell opens to exactly the records it counts', async () => {
    const r = await h.call('statistics.compute', { form: '0603.N', year: Y });
    const row = r.rows.find((x) => x.key === 'loai-hinh:thuong-xuyen')!;
    const c = await h.call('statistics.cell', { form: '0603.N', year: Y, row: row.key, column: 'tong' });
    expect(c.count).toBe(row.cells[0]);
    expect(c.awards).toHaveLength(row.cells[0]!);
    expect(new Set(c.awards.map((a) => a.category))).toEqual(new Set(['cong-trang']));
    for (const a of c.awards) expect(a.decisionDate?.slice(0, 4) ?? String(a.year)).toBe(String(Y));
    const e = await h.fail('statistics.cell', { form: '0603.N', year: Y, row: 'nope', column: 'tong' });
    expect(e.message).toContain('không có dòng');
  });

  it('0601.N counts the movements of the year by duration and method', async () => {
    await h.call('movements.create', { name: 'Phong trào thường xuyên', kind: 'regular', year: Y });
    await h.call('movements.create', { name: 'Thi đua chuyên đề 6 tháng', kind: 'thematic', year: Y, startDate: `${Y}-01-01`, endDate: `${Y}-06-30` });
    await h.call('movements.create', { name: 'Giai đoạn 2025-2030', kind: 'periodic', year: Y, startDate: `${Y}-01-01`, endDate: '2030-12-31' });
    await h.call('movements.create', { name: 'Năm khác', kind: 'regular', year: Y - 1 });
    const r = await h.call('statistics.compute', { form: '0601.N', year: Y });
    const cell = (key: string) => r.rows.find((x) => x.key === key)!.cells[0];
    expect(r.problems).toEqual([]);
    expect(cell('total')).toBe(3);
    expect([cell('thoi-gian:duoi-1'), cell('thoi-gian:1-nam'), cell('thoi-gian:tu-5')]).toEqual([1, 1, 1]);
    expect([cell('hinh-thuc:chuyen-de'), cell('hinh-thuc:thuong-xuyen')]).toEqual([2, 1]);
    expect(cell('pham-vi:co-quan')).toBe(3);
  });

  it('a year without data: a clear message and a valid empty form', async () => {
    const r = await h.call('statistics.compute', { form: '0603.N', year: 2023 });
    expect(r.message).toBe('Năm 2023 chưa có khen thưởng nào trong lịch sử khen thưởng thuộc biểu 0603.N: biểu vẫn in được, các ô bằng 0.');
    expect(r.rows[0]!.cells.every((c) => c === 0)).toBe(true);
    expect(r.problems).toEqual([]);
    const doc = await h.call('print.document', { kind: 'statistics-xlsx', id: '0603.N:2023' });
    expect(doc.fileName).toBe('bieu-0603N-2023_XA-TP.xlsx');
  });

  it('a form the app keeps no data for prints with empty cells; an unknown form or year is refused in Vietnamese', async () => {
    const r = await h.call('statistics.compute', { form: '0605.N', year: Y });
    expect(r.manual).toBe(true);
    expect(r.rows.every((x) => x.cells.every((c) => c === null))).toBe(true);
    expect((await h.fail('statistics.compute', { form: '0699.N', year: Y })).message).toContain('không có biểu 0699.N');
    expect((await h.fail('statistics.compute', { form: '0603.N', year: 2010 })).message).toBe('Chưa có mẫu báo cáo thống kê cho năm 2010: các mẫu hiện có áp dụng từ năm 2023.');
  });
});

/** A version 2 of the template from 2025 on, changed by `edit` (as a newer regime would ship it). */
function withV2(edit: (t: typeof shipped) => void) {
  const v2 = structuredClone(shipped) as typeof shipped;
  v2.version = 2;
  v2.yearFrom = 2025;
  edit(v2);
  return loadTemplates([SHIPPED_TEMPLATES[0]!, { file: 'tt02-2023.v2.json', json: v2, sha256: templateFingerprint(v2) }]);
}

describe('bad templates against real data', () => {
  it('a version missing a row the data has: refused with a Vietnamese message naming the row', () => {
    expect(direct(`${inList(PROVINCE_CODES)} AND category = 'doi-ngoai'`)).toBeGreaterThan(0);
    const templates = withV2((t) => {
      const types = t.awardSections.find((x) => x.id === 'loai-hinh')!;
      types.rows = types.rows!.filter((r) => r.id !== 'doi-ngoai');
    });
    expect(() => computeStatistics(h.context(), { form: '0603.N', year: Y }, templates)).toThrow(
      /^Biểu 0603\.N \(số khen thưởng cấp bộ, ban, ngành, tỉnh, phiên bản 2\) không có dòng cho loại hình khen thưởng "khen thưởng đối ngoại" ở phần "Chia theo loại hình khen thưởng", trong khi số liệu năm này có \d+ bản ghi như vậy\./u,
    );
    // The year before the new version keeps the old one, which has the row.
    expect(computeStatistics(h.context(), { form: '0603.N', year: 2024 }, templates).version).toBe(1);
  });

  it('numbers that do not add up (two columns taking the same award): shown, and no file is made', () => {
    const templates = withV2((t) => {
      t.forms.find((f) => f.code === '0603.N')!.columns.push({ id: 'bk-lap', label: 'Bằng khen (lặp)', codes: ['BK_CT_TINH'] } as never);
    });
    const r = computeStatistics(h.context(), { form: '0603.N', year: Y }, templates);
    expect(r.problems[0]).toMatch(/^Dòng "Tổng số": cột Tổng số là \d+ nhưng các cột cộng lại là \d+\.$/u);
    expect(() => reportForFile(h.context(), '0603.N', Y, templates)).toThrow(/^Số liệu biểu 0603\.N năm 2025 không khớp nên chưa ghi tệp: Dòng "Tổng số"/u);
  });
});
