import type { Envelope } from '../../src-shared/exchange/envelope';
import { decisionSentences, receiptSentence, type DecisionFacts } from '../../src-shared/exchange/returnTrip';
import type { DecisionData, ReceiptData } from '../../src-shared/records';
import type { ServiceContext } from '../services/core';
import { CONTENT_ADAPTERS } from './adapters/index';
import type { PreviewRow } from './preview';

// The day a clerk in Vietnam reads for a timestamp, whatever zone the machine (or a test
// harness's main process) runs in: the screens show Vietnamese calendar days.
const VN_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Vietnamese calendar day of an RFC 3339 timestamp (yyyy-mm-dd), or null. */
export function localDay(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return VN_DAY.format(d);
}

const sequenceOf = (ctx: ServiceContext, packageId: string) =>
  (ctx.sqlite.prepare(`SELECT sequence FROM packages WHERE package_id = ? AND direction = 'out'`).get(packageId) as { sequence: number } | undefined)?.sequence ?? null;

/** One receipt in words: "Tỉnh Lai Châu đã nhận gói số 1 ngày 15/03/2026: 2 hồ sơ…". */
export function receiptWords(ctx: ServiceContext, by: string, d: Pick<ReceiptData, 'packageId' | 'results' | 'refused' | 'receivedAt'>): string {
  return receiptSentence({
    by,
    sequence: sequenceOf(ctx, d.packageId),
    receivedOn: localDay(d.receivedAt),
    // A receipt inside the package it acknowledges is bookkeeping, not something the clerk sent.
    accepted: d.results.filter((r) => r.type !== 'receipt').map((r) => r.type),
    refused: d.refused ?? [],
  });
}

/**
 * What a package tells this unit, in sentences: the receipts it carries for our packages, then
 * the decisions about our records by type and outcome. Read from the package itself, so the
 * preview says it before anything is imported. Records refused here are left out.
 */
export function packageStory(ctx: ServiceContext, envelope: Envelope, rows: readonly PreviewRow[]): string[] {
  const kept = rows.filter((r) => r.action !== 'rejected').map((r) => envelope.body.records[r.index]!);
  const by = envelope.header.sender.unitName;
  const receipts = kept.filter((r) => r.type === 'receipt').map((r) => receiptWords(ctx, by, r.data as ReceiptData));
  // Several decisions on one record (returned, then decided): its latest word is what stands.
  const latest = new Map<string, (typeof kept)[number]>();
  for (const r of kept.filter((x) => x.type === 'decision')) {
    const key = `${(r.data as DecisionData).subject.type}:${(r.data as DecisionData).subject.id}`;
    const seen = latest.get(key);
    if (!seen || seen.updatedAt <= r.updatedAt) latest.set(key, r);
  }
  const decisions: DecisionFacts[] = [...latest.values()]
    .map((r) => {
      const d = r.data as DecisionData;
      return {
        subjectType: d.subject.type,
        title: CONTENT_ADAPTERS[d.subject.type]?.title(ctx, d.subject.id) ?? null,
        status: d.status,
        reasons: d.reasons.map((x) => x.message),
        decision: d.decision ? { number: d.decision.number, date: d.decision.date, award: d.decision.award } : null,
      };
    });
  return [...receipts, ...decisionSentences(decisions)];
}
