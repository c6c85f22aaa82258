import path from 'node:path';
import type { ApiInput, ApiName, ApiOutput, StatReport } from '../src-shared/api';
import { writeFilesAtomically } from './cli-backup';
import { CliUsage, type Flags } from './cli-exchange';

type Call = <N extends ApiName>(name: N, input: ApiInput<N>) => Promise<ApiOutput<N>>;
type Say = (s: string) => void;

/**
 * The `report` command family: one function per report, dispatched by the second word. A new
 * report (sơ kết / tổng kết: `report review`) is one more entry in REPORTS and its usage lines.
 */
export const REPORT_USAGE = `Báo cáo:
  report statistics --form BIỂU --year NĂM [--out TỆP.xlsx|TỆP.docx]   báo cáo thống kê thi đua, khen thưởng
                             (BIỂU: 0601.N số phong trào, 0602.N khen thưởng cấp Nhà nước, 0603.N khen thưởng cấp bộ, ngành,
                             tỉnh, 0604.N tổ chức, 0605.N công chức làm công tác TĐKT; với --json: các số liệu)
`;

const REPORTS: Record<string, (call: Call, flags: Flags, say: Say) => Promise<unknown>> = {
  statistics: reportStatistics,
};

/** `report …`; undefined when the words are not this family's. */
export async function runReport(call: Call, words: string[], flags: Flags, say: Say): Promise<{ result: unknown } | undefined> {
  const [cmd, sub] = words;
  if (cmd !== 'report') return undefined;
  const report = sub ? REPORTS[sub] : undefined;
  if (!report) throw new CliUsage(`report cần loại báo cáo: ${Object.keys(REPORTS).join(', ')}.`);
  return { result: await report(call, flags, say) };
}

const str = (flags: Flags, k: string) => (typeof flags[k] === 'string' ? (flags[k] as string) : undefined);

/** The figures as lines a terminal shows: chỉ tiêu, mã số, then each column's number. */
function printTable(r: StatReport, say: Say) {
  say(`Biểu ${r.form}: ${r.title} năm ${r.year} (${r.regime}, mẫu ${r.templateId} phiên bản ${r.version})`);
  say(`  Cột: ${r.columns.map((c, i) => `(${i + 1}) ${c.group ? `${c.group} - ` : ''}${c.label}`).join('; ')}`);
  for (const row of r.rows) {
    const cells = row.kind === 'section' ? '' : row.cells.map((c) => String(c ?? '').padStart(5)).join('');
    say(`  ${(row.code || '').padEnd(3)} ${row.label.slice(0, 60).padEnd(60)} ${cells}`);
  }
}

async function reportStatistics(call: Call, flags: Flags, say: Say): Promise<unknown> {
  const form = str(flags, 'form');
  const y = str(flags, 'year');
  if (!form) throw new CliUsage('report statistics cần --form BIỂU (ví dụ --form 0603.N).');
  if (!y || !Number.isInteger(Number(y))) throw new CliUsage('report statistics cần --year NĂM (ví dụ --year 2025).');
  const year = Number(y);
  const out = str(flags, 'out');
  const r = await call('statistics.compute', { form, year });
  if (r.message) say(r.message);
  if (!out) {
    printTable(r, say);
    for (const p of r.problems) say(`  KHÔNG KHỚP: ${p}`);
    return r;
  }
  const ext = path.extname(out).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.docx') throw new CliUsage(`--out phải là tệp .xlsx hoặc .docx (nhận "${out}").`);
  const doc = await call('print.document', { kind: ext === '.xlsx' ? 'statistics-xlsx' : 'statistics', id: `${r.form}:${year}` });
  const [file] = writeFilesAtomically([{ file: path.resolve(out), bytes: Buffer.from(doc.contentBase64, 'base64') }]);
  say(`Đã ghi ${file} (biểu ${r.form} năm ${year}: ${r.records} bản ghi được tính)`);
  return { file, report: r };
}
