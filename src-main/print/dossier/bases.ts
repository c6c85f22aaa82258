import type { RuleSet } from '../../../src-shared/rules/catalogue';
import type { Regulation } from '../../../src-shared/api';
import { dayText } from './common';

/**
 * Căn cứ lines (NĐ 30/2020, Phụ lục I: kind, number, date, issuer and trích yếu of each document):
 * the documents the rule set always cites (the law on local government for an Ủy ban nhân dân,
 * the TĐKT law, the decree in force), those of the award's legal basis with their articles, then
 * the province's TĐKT regulation from the document settings.
 */

/** Full names for abbreviations the catalogue has no citation for. */
function fallbackName(short: string): string {
  const decree = /^NĐ\s+(\S+)$/u.exec(short);
  if (decree) return `Nghị định số ${decree[1]} của Chính phủ`;
  const circular = /^TT\s+(\S+)$/u.exec(short);
  if (circular) return `Thông tư số ${circular[1]}`;
  return short;
}

/** "Luật TĐKT 2022, Điều 23, Điều 84; Luật TĐKT 2022, Điều 80" → Map(doc → articles in order). */
export function articlesByDocument(legalBasis: string): Map<string, string[]> {
  const docs = new Map<string, string[]>();
  for (const part of legalBasis.split(';').map((s) => s.trim()).filter(Boolean)) {
    const [doc = '', ...rest] = part.split(/,\s*/u);
    const articles = docs.get(doc) ?? [];
    for (const a of rest) if (a && !articles.includes(a)) articles.push(a);
    docs.set(doc, articles);
  }
  return docs;
}

const KINDS: Record<string, string> = { 'QĐ': 'Quyết định', NQ: 'Nghị quyết', 'HD': 'Hướng dẫn', KH: 'Kế hoạch' };

/** "Căn cứ Quyết định số 12/2024/QĐ-UBND ngày 10 tháng 5 năm 2024 của Ủy ban nhân dân tỉnh Lai Châu ban hành Quy chế …". */
export function regulationLine(r: Regulation): string {
  const kind = /\/(QĐ|NQ|HD|KH)-/u.exec(r.number)?.[1];
  return `Căn cứ ${kind ? KINDS[kind] : 'Văn bản'} số ${r.number} ${dayText(r.date)} của ${r.issuer} ${r.summary.replace(/[.;\s]+$/u, '')}`;
}

export function basisLines(rs: RuleSet, legalBasis: string | null, o: { localGovernment: boolean; regulation: Regulation | null }): string[] {
  const docs = new Map<string, string[]>();
  for (const ref of rs.bases ?? []) if (o.localGovernment || ref !== 'Luật TCCQĐP') docs.set(ref, []);
  for (const [doc, articles] of articlesByDocument(legalBasis ?? '')) docs.set(doc, [...(docs.get(doc) ?? []), ...articles.filter((a) => !(docs.get(doc) ?? []).includes(a))]);
  const cited = new Map((rs.citations ?? []).map((c) => [c.ref, c.text]));
  const num = (a: string) => Number(/\d+/u.exec(a)?.[0] ?? 0);
  const lines = [...docs].map(([doc, articles]) => {
    const sorted = [...articles].sort((a, b) => num(a) - num(b));
    return `Căn cứ ${sorted.length ? `${sorted.join(', ')} của ` : ''}${cited.get(doc) ?? fallbackName(doc)}`;
  });
  if (o.regulation) lines.push(regulationLine(o.regulation));
  return lines;
}
