// The return trip in words: what the upper level says it received (a receipt) and what it
// decided (decision records), as sentences a commune clerk reads after importing one file
// ("Tỉnh Lai Châu đã nhận gói số 1 ngày 15/03/2026: 2 hồ sơ…; 1 có quyết định khen thưởng,
// 1 trả lại để bổ sung: …"), instead of flags such as "Đã báo nhận: Chưa".
import { formatDate } from '../text/dates';
import type { DecisionStatus } from './status';

/** A record type as counted in a sentence ("2 hồ sơ đề nghị khen thưởng"). */
export const RECORD_NOUNS: Record<string, string> = {
  registration: 'bản đăng ký thi đua',
  dossier: 'hồ sơ đề nghị khen thưởng',
  initiative: 'đơn công nhận sáng kiến',
  inspection: 'kết quả kiểm tra',
  'inspection-self-assessment': 'bản tự đánh giá',
  'inspection-plan': 'kế hoạch kiểm tra',
  'cluster-scorecard': 'bảng chấm điểm cụm, khối',
  'cluster-vote': 'biên bản suy tôn',
  movement: 'phong trào thi đua',
  person: 'cá nhân',
  collective: 'tập thể',
  decision: 'phản hồi',
  'key-announcement': 'thông báo đổi khóa',
  example: 'điển hình tiên tiến',
  complaint: 'đơn thư về người được đề nghị',
};

/** Submissions first, registry rows after: the order a clerk cares about. */
const NOUN_ORDER = ['dossier', 'registration', 'initiative', 'inspection', 'inspection-self-assessment', 'inspection-plan', 'movement', 'example', 'complaint', 'decision', 'key-announcement', 'person', 'collective'];

const noun = (type: string) => RECORD_NOUNS[type] ?? 'bản ghi';

/** "2 hồ sơ đề nghị khen thưởng, 300 cá nhân" from a list of record types (one per record). */
export function countByType(types: readonly string[]): string {
  const n = new Map<string, number>();
  for (const t of types) n.set(t, (n.get(t) ?? 0) + 1);
  const rank = (t: string) => (NOUN_ORDER.includes(t) ? NOUN_ORDER.indexOf(t) : NOUN_ORDER.length);
  return [...n.entries()]
    .sort((a, b) => rank(a[0]) - rank(b[0]) || a[0].localeCompare(b[0]))
    .map(([t, c]) => `${c.toLocaleString('vi-VN')} ${noun(t)}`)
    .join(', ');
}

export interface ReceiptFacts {
  /** Who received: the sender of the receipt ("Tỉnh Lai Châu"). */
  by: string;
  /** Our package's number, when it is in our log. */
  sequence: number | null;
  /** The day the package was taken in there, yyyy-mm-dd, when known. */
  receivedOn: string | null;
  /** Types of the records taken in, one per record. */
  accepted: readonly string[];
  /** Records refused there, with the reason given. */
  refused: readonly { type: string; reason: string }[];
}

/** "Tỉnh Lai Châu đã nhận gói số 1 ngày 15/03/2026: 2 hồ sơ đề nghị khen thưởng, 1 tập thể." */
export function receiptSentence(f: ReceiptFacts): string {
  const which = f.sequence ? `gói số ${f.sequence}` : 'một gói';
  const when = f.receivedOn ? ` ngày ${formatDate(f.receivedOn)}` : '';
  const got = f.accepted.length ? `: ${countByType(f.accepted)}` : ', không nhận bản ghi nào';
  let s = `${f.by} đã nhận ${which}${when}${got}.`;
  if (f.refused.length) {
    const reasons = [...new Set(f.refused.map((r) => r.reason))].slice(0, 3).join(' ');
    s += ` Không nhận ${countByType(f.refused.map((r) => r.type))}: ${reasons}`;
    if (!/[.!?]$/.test(s)) s += '.';
  }
  return s;
}

export interface DecisionFacts {
  subjectType: string;
  /** The record's name here ("Hồ sơ khen thưởng năm 2026"), when the commune has it. */
  title: string | null;
  status: DecisionStatus;
  reasons: readonly string[];
  decision: { number: string; date: string; award: string } | null;
}

/** What a status means for a record of this type, as a verb phrase after a count. */
export function outcomeWords(status: DecisionStatus, subjectType: string): string {
  switch (status) {
    case 'received': return 'đã được tiếp nhận';
    case 'returned': return 'bị trả lại để bổ sung';
    case 'reviewed': return 'đã được thẩm định';
    case 'forwarded': return 'đã được trình cấp trên';
    case 'declined': return 'không đủ điều kiện';
    case 'decided':
      if (subjectType === 'initiative') return 'được công nhận';
      if (['dossier', 'person', 'collective'].includes(subjectType)) return 'được khen thưởng';
      return 'có quyết định';
  }
}

const ORDER: DecisionStatus[] = ['decided', 'returned', 'declined', 'forwarded', 'reviewed', 'received'];

/**
 * One sentence per record type: "Hồ sơ đề nghị khen thưởng: 1 được khen thưởng (QĐ số 125/QĐ-UBND
 * ngày 15/03/2026, Bằng khen); 1 bị trả lại để bổ sung (Hồ sơ năm 2026: Thiếu biên bản)."
 */
export function decisionSentences(ds: readonly DecisionFacts[]): string[] {
  const byType = new Map<string, DecisionFacts[]>();
  for (const d of ds) byType.set(d.subjectType, [...(byType.get(d.subjectType) ?? []), d]);
  const rank = (t: string) => (NOUN_ORDER.includes(t) ? NOUN_ORDER.indexOf(t) : NOUN_ORDER.length);
  return [...byType.entries()]
    .sort((a, b) => rank(a[0]) - rank(b[0]))
    .map(([type, list]) => {
      const parts = ORDER.flatMap((status) => {
        const same = list.filter((d) => d.status === status);
        if (!same.length) return [];
        const details = same.flatMap((d) => {
          if (d.decision) return [`QĐ số ${d.decision.number} ngày ${formatDate(d.decision.date)}${d.decision.award ? `, ${d.decision.award}` : ''}`];
          if (d.reasons.length) return [`${d.title ? `${d.title}: ` : ''}${d.reasons.join('; ')}`];
          return [];
        });
        return [`${same.length.toLocaleString('vi-VN')} ${outcomeWords(status, type)}${details.length ? ` (${details.join(' | ')})` : ''}`];
      });
      const head = noun(type);
      return `${head.charAt(0).toUpperCase()}${head.slice(1)}: ${parts.join('; ')}.`;
    });
}
