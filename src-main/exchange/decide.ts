import crypto from 'node:crypto';
import type { DecisionData } from '../../src-shared/records';
import { decisions } from '../db/schema';
import { AppError, fieldError } from '../errors';
import { inTransaction, writeAudit, isoNow, today, type ServiceContext } from '../services/core';
import { requireInstallation } from '../services/installation';
import { applyDecisionStatus, CONTENT_ADAPTERS } from './adapters/index';

export type DecideInput = Omit<DecisionData, 'subject'> & { subjectType: string; subjectId: string };

/**
 * An upper level's word on a unit's record (received, returned with reasons, decided…): a
 * decision record owned here, travelling down in the next feedback package. It changes the
 * record's status, never its content.
 */
export function decide(ctx: ServiceContext, input: DecideInput): { id: string; status: string } {
  const me = requireInstallation(ctx);
  const adapter = CONTENT_ADAPTERS[input.subjectType];
  if (!adapter || input.subjectType === 'decision') throw fieldError('subjectType', `Không có loại hồ sơ "${input.subjectType}".`);
  const subject = adapter.current(ctx, input.subjectId);
  if (!subject) throw new AppError('NOT_FOUND', 'Không tìm thấy hồ sơ được phản hồi; hãy nhập gói của đơn vị trước.');
  if (subject.origin === me.unitCode) throw new AppError('OWN_RECORD', 'Không thể tự ra quyết định về hồ sơ của chính đơn vị này.');
  if (input.status === 'returned' && !input.reasons.length) throw fieldError('reasons', 'Trả lại hồ sơ cần ghi rõ lý do.');
  if (input.status === 'declined' && !input.reasons.length) throw fieldError('reasons', 'Cần ghi rõ lý do không đủ điều kiện.');
  if (input.status === 'decided' && !input.decision) throw fieldError('decision', 'Cần số, ngày và cơ quan ban hành quyết định.');
  if (input.status === 'decided' && input.subjectType === 'initiative' && !input.decision?.scope) {
    throw fieldError('decision.scope', 'Cần ghi phạm vi ảnh hưởng được công nhận của sáng kiến (cấp tỉnh hoặc toàn quốc).');
  }
  if (input.decision && input.decision.date > today(ctx)) {
    throw fieldError('decision.date', 'Ngày quyết định không được ở tương lai.');
  }
  const data: DecisionData = {
    subject: { type: input.subjectType, id: input.subjectId, origin: subject.origin },
    status: input.status, reasons: input.reasons, decision: input.decision, note: input.note,
  };
  return recordDecision(ctx, me.unitCode, data);
}

/** Writes a decision owned here, applies it to the record's status (and award history), with its audit row. */
export function recordDecision(ctx: ServiceContext, unitCode: string, data: DecisionData): { id: string; status: string } {
  return inTransaction(ctx, () => {
    const now = isoNow(ctx);
    const row = {
      id: crypto.randomUUID(), origin: unitCode, rev: 1, createdAt: now, updatedAt: now, deleted: false,
      subjectType: data.subject.type, subjectId: data.subject.id, subjectOrigin: data.subject.origin, status: data.status, data: JSON.stringify(data),
    };
    ctx.db.insert(decisions).values(row).run();
    applyDecisionStatus(ctx, row.id, unitCode, now, data);
    writeAudit(ctx, { action: 'create', entity: 'decision', entityId: row.id, after: row });
    return { id: row.id, status: data.status };
  });
}
