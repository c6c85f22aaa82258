import path from 'node:path';
import type { ApiInput, ApiName, ApiOutput } from '../src-shared/api';
import type { ReviewPeriod } from '../src-shared/rules/review';
import { writeFilesAtomically } from './cli-backup';
import { CliUsage, type Flags } from './cli-exchange';
import { AppError } from './errors';

type Call = <N extends ApiName>(name: N, input: ApiInput<N>) => Promise<ApiOutput<N>>;

export const REVIEW_USAGE = `Sơ kết, tổng kết công tác thi đua, khen thưởng:
  report review --year NĂM [--half 1|2] --out TỆP.docx [--allow-empty]
                             in báo cáo tổng kết năm (--half 1: sơ kết 6 tháng đầu năm, --half 2: 6 tháng cuối năm);
                             năm chưa có số liệu chỉ được in (với số 0) khi có --allow-empty
  report review --year NĂM [--half 1|2] --publish   chuẩn bị số liệu của kỳ để gửi lên cấp trên trong gói gửi đi tiếp theo
  report rollup --year NĂM [--half 1|2]   (cấp trên) số liệu các đơn vị đã gửi, đơn vị chưa gửi và số tổng hợp
`;

/** `report review` and `report rollup`; undefined when the words are not theirs. */
export async function runReview(call: Call, words: string[], flags: Flags, say: (s: string) => void): Promise<{ result: unknown } | undefined> {
  const [cmd, sub] = words;
  if (cmd !== 'report' || (sub !== 'review' && sub !== 'rollup')) return undefined;
  const str = (k: string) => (typeof flags[k] === 'string' ? (flags[k] as string) : undefined);
  const y = Number(str('year'));
  if (!str('year') || !Number.isInteger(y)) throw new CliUsage(`report ${sub} cần --year NĂM (ví dụ --year 2026).`);
  const half = str('half');
  if (half !== undefined && half !== '1' && half !== '2') throw new CliUsage('--half phải là 1 (6 tháng đầu năm) hoặc 2 (6 tháng cuối năm).');
  const period: ReviewPeriod = half === '1' ? 'h1' : half === '2' ? 'h2' : 'year';

  if (sub === 'rollup') {
    const r = await call('review.rollup', { year: y, period });
    say(`Số liệu ${r.periodLabel}: ${r.units.filter((u) => u.report).length}/${r.units.length} đơn vị đã gửi`);
    for (const u of r.units) {
      say(u.report
        ? `  ${u.name.padEnd(30)} ${u.report.figures.awards.total} khen thưởng, ${u.report.figures.registrations.registered} đăng ký (lần gửi ${u.report.rev})`
        : `  ${u.name.padEnd(30)} CHƯA GỬI`);
    }
    say(`  ${'Cộng'.padEnd(30)} ${r.sum.awards.total} khen thưởng, ${r.sum.registrations.registered} đăng ký`);
    return { result: r };
  }
  if (flags.publish) {
    const r = await call('review.publish', { year: y, period });
    say(r.changed ? `Đã chuẩn bị số liệu (lần ${r.rev}) để gửi lên cấp trên trong gói gửi đi tiếp theo.` : `Số liệu không đổi từ lần ${r.rev}; không có gì mới để gửi.`);
    return { result: r };
  }
  const out = str('out');
  if (!out) throw new CliUsage('report review cần --out TỆP.docx (hoặc --publish).');
  const view = await call('review.get', { year: y, period });
  if (view.empty && !flags['allow-empty']) {
    throw new AppError('EMPTY_PERIOD', `${view.periodLabel.charAt(0).toUpperCase()}${view.periodLabel.slice(1)} chưa có số liệu nào (khen thưởng, đăng ký thi đua, sáng kiến, kiểm tra); kiểm tra lại năm, hoặc thêm --allow-empty để vẫn in báo cáo với số 0.`);
  }
  const doc = await call('print.document', { kind: 'review', id: `${y}:${period}` });
  const [written] = writeFilesAtomically([{ file: path.resolve(out), bytes: Buffer.from(doc.contentBase64, 'base64') }]);
  say(`Đã ghi ${written} (${view.figures.awards.total} lượt khen thưởng ${view.periodLabel})`);
  return { result: { file: written, figures: view.figures, comparison: view.comparison } };
}
