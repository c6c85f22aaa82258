// `awards list [--date dd/mm/yyyy]`: the award catalogue in force on a date, as a table or JSON.
import type { ApiInput, ApiName, ApiOutput } from '../src-shared/api';
import { formatDate, parseDate } from '../src-shared/text';
import { CliUsage, type Flags } from './cli-exchange';

type Call = <N extends ApiName>(name: N, input: ApiInput<N>) => Promise<ApiOutput<N>>;

export const AWARDS_USAGE = `  awards list [--date dd/mm/yyyy]   danh mục danh hiệu, hình thức khen thưởng áp dụng ngày đó (mặc định: hôm nay):
                              mã, tên, cấp, người quyết định, căn cứ, mẫu báo cáo thành tích, đợt gửi
`;

const pad = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export async function runAwards(call: Call, positionals: string[], values: Flags, say: (line: string) => void): Promise<{ result: unknown } | null> {
  const [cmd, sub] = positionals;
  if (cmd !== 'awards' || sub !== 'list') return null;
  const given = typeof values.date === 'string' ? values.date : null;
  const referenceDate = given === null ? today() : parseDate(given);
  if (!referenceDate) throw new CliUsage(`awards list: ngày "${given ?? ''}" không hợp lệ; hãy nhập theo dạng dd/mm/yyyy, ví dụ --date 15/12/2025.`);
  const r = await call('awards.list', { referenceDate });
  say(`Danh mục khen thưởng áp dụng ngày ${formatDate(r.referenceDate)}: ${r.legalBasis} (${r.awards.length} danh hiệu, hình thức)`);
  if (r.transition) say(`Hồ sơ chuyển tiếp: ${r.transition.text} (${r.transition.citation})`);
  say('');
  say(`${pad('Mã', 16)} ${pad('Cấp', 14)} ${pad('Tên', 58)} ${pad('Người quyết định', 40)} Mẫu báo cáo`);
  say('-'.repeat(160));
  for (const a of r.awards) {
    const deciders = [...new Set(a.deciders.map((d) => d.decidedByLabel))].join('; ') || a.authority;
    say(`${pad(a.code, 16)} ${pad(a.levelLabel, 14)} ${pad(a.name, 58)} ${pad(deciders, 40)} ${a.reportForm}`);
    say(`${' '.repeat(17)}Căn cứ: ${a.legalBasis}`);
    for (const round of a.rounds) say(`${' '.repeat(17)}Đợt gửi: ${round.month ? `tháng ${round.month}` : ''} — ${round.name} (${round.scope})`);
  }
  return { result: r };
}
