// `proof confirm|withdraw NOMINEE_ID --criterion ID [--document "…"]`: the clerk's confirmation that
// a criterion's document is in the dossier (the "Minh chứng" section of the eligibility panel).
import type { ApiInput, ApiName, ApiOutput } from '../src-shared/api';
import { formatDate } from '../src-shared/text';
import { CliUsage, type Flags } from './cli-exchange';

type Call = <N extends ApiName>(name: N, input: ApiInput<N>) => Promise<ApiOutput<N>>;

export const PROOFS_USAGE = `  proof confirm MÃ_NGƯỜI --criterion MÃ_TIÊU_CHÍ --document "Văn bản số …, ngày …, của …"
                              xác nhận minh chứng của một tiêu chí cho người được đề nghị (MÃ_NGƯỜI, MÃ_TIÊU_CHÍ: xem eligibility MÃ_HỒ_SƠ --json, mục proofs)
  proof withdraw MÃ_NGƯỜI --criterion MÃ_TIÊU_CHÍ   bỏ xác nhận: tiêu chí trở lại "chưa xác nhận minh chứng"
`;

export async function runProofs(call: Call, positionals: string[], values: Flags, say: (line: string) => void): Promise<{ result: unknown } | null> {
  const [cmd, sub, nomineeId] = positionals;
  if (cmd !== 'proof' || (sub !== 'confirm' && sub !== 'withdraw')) return null;
  const criterionId = typeof values.criterion === 'string' ? values.criterion : '';
  if (!nomineeId || !criterionId) throw new CliUsage(`proof ${sub} cần mã người được đề nghị và --criterion MÃ_TIÊU_CHÍ.`);
  if (sub === 'withdraw') {
    const r = await call('dossiers.unconfirmProof', { nomineeId, criterionId });
    say(`Đã bỏ xác nhận minh chứng của tiêu chí ${criterionId}.`);
    return { result: r };
  }
  const document = typeof values.document === 'string' ? values.document : '';
  const r = await call('dossiers.confirmProof', { nomineeId, criterionId, document });
  say(`Đã xác nhận minh chứng (${criterionId}): ${r.document} — ${r.confirmedBy}, ngày ${formatDate(r.confirmedAt.slice(0, 10))}.`);
  return { result: r };
}
