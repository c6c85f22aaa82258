import type { z } from 'zod';
import type { Api } from '../../src-shared/api';
import { dossierOutcome, NOMINEE_OUTCOME_LABELS, outcomeConflicts, type NomineeOutcome } from '../../src-shared/exchange/nomineeOutcomes';
import type { DecisionData, NomineeOutcomeData } from '../../src-shared/records';
import { isValidIsoDate } from '../../src-shared/text';
import { AppError, fieldError } from '../errors';
import { today, type ServiceContext } from '../services/core';
import { getDossier } from '../services/dossiers';
import { requireInstallation } from '../services/installation';
import { CONTENT_ADAPTERS } from './adapters/index';
import { recordDecision } from './decide';

/** As parsed by the contract (defaults filled in). */
export type DecideDossierInput = z.output<Api['exchange.decideDossier']['input']>;

/**
 * The upper level decides a received dossier nominee by nominee (Khen thưởng / Trả lại / Không
 * đủ điều kiện): one decision record carrying each nominee's outcome, its dossier-level status
 * derived by dossierOutcome. Award history lands only for the nominees awarded. Every nominee of
 * the dossier gets exactly one outcome; anything else is refused before a row is written.
 */
export function decideDossier(ctx: ServiceContext, input: DecideDossierInput): { id: string; status: string } {
  const me = requireInstallation(ctx);
  const current = CONTENT_ADAPTERS.dossier!.current(ctx, input.dossierId);
  if (!current) throw new AppError('NOT_FOUND', 'Không tìm thấy hồ sơ được phản hồi; hãy nhập gói của đơn vị trước.');
  if (current.origin === me.unitCode) throw new AppError('OWN_RECORD', 'Không thể tự ra quyết định về hồ sơ của chính đơn vị này.');
  const { dossier, nominees } = getDossier(ctx, input.dossierId);
  const byId = new Map(nominees.map((n) => [n.id, n]));

  const unknown = input.nominees.filter((l) => !byId.has(l.nomineeId)).map((l) => l.nomineeId);
  if (unknown.length) {
    throw fieldError('nominees', `Người được đề nghị có mã ${[...new Set(unknown)].join(', ')} không có trong hồ sơ này; hãy mở lại hồ sơ rồi ghi kết quả.`);
  }
  const conflicts = outcomeConflicts(input.nominees.map((l) => ({ ...l, name: byId.get(l.nomineeId)!.name })));
  if (conflicts.length) throw fieldError('nominees', conflicts.join(' '));
  // The same outcome given twice is one outcome, with the reasons of both.
  const chosen = new Map<string, { status: NomineeOutcome; reasons: string[] }>();
  for (const l of input.nominees) {
    const was = chosen.get(l.nomineeId);
    const reasons = [...(was?.reasons ?? []), ...l.reasons.map((r) => r.trim()).filter(Boolean)];
    chosen.set(l.nomineeId, { status: l.status, reasons: [...new Set(reasons)] });
  }
  const missing = nominees.filter((n) => !chosen.has(n.id));
  if (missing.length) throw fieldError('nominees', `Chưa chọn kết quả cho: ${missing.map((n) => n.name).join(', ')}.`);

  const lines: NomineeOutcomeData[] = nominees.map((n) => {
    const c = chosen.get(n.id)!;
    return { nomineeId: n.id, subjectType: n.subjectType, subjectId: n.subjectId, name: n.name, status: c.status, reasons: c.reasons.map((message) => ({ field: null, message })) };
  });
  lines.forEach((l, i) => {
    if (l.status !== 'decided' && !l.reasons.length) {
      throw fieldError(`nominees.${i}.reasons`, `Cần ghi lý do “${NOMINEE_OUTCOME_LABELS[l.status]}” cho ${l.name}.`);
    }
  });
  const awarded = lines.some((l) => l.status === 'decided');
  if (awarded && !input.decision) throw fieldError('decision', 'Có người được khen thưởng: cần số, ngày và cơ quan ban hành quyết định.');
  if (awarded && input.decision && !isValidIsoDate(input.decision.date)) throw fieldError('decision.date', 'Ngày quyết định không hợp lệ; hãy nhập dd/mm/yyyy.');
  if (awarded && input.decision && input.decision.date > today(ctx)) throw fieldError('decision.date', 'Ngày quyết định không được ở tương lai.');

  const outcome = dossierOutcome(lines);
  const data: DecisionData = {
    subject: { type: 'dossier', id: dossier.id, origin: current.origin },
    status: outcome.status,
    reasons: outcome.reasons,
    decision: awarded && input.decision ? { ...input.decision, award: input.decision.award.trim() || dossier.awardName } : null,
    note: input.note.trim(),
    nominees: lines,
  };
  return recordDecision(ctx, me.unitCode, data);
}
