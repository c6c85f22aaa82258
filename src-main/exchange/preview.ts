import { RECORD_TYPES } from '../../src-shared/records';
import type { DecisionData, PersonData, CollectiveData, TrustListData, UnitDirectoryData } from '../../src-shared/records';
import { STATUS_LABELS } from '../../src-shared/exchange/status';
import { ownershipRefusal } from '../../src-shared/exchange/ownership';
import { recordProblem, showable } from '../../src-shared/records/checks';
import { PACKAGE_KIND_LABELS, type ExchangeRecord } from '../../src-shared/exchange/envelope';
import { joinFullName } from '../../src-shared/text';
import { periodLabel, type ReviewPeriod } from '../../src-shared/rules/review';
import { today, type ServiceContext } from '../services/core';
import { requireInstallation } from '../services/installation';
import { CONTENT_ADAPTERS } from './adapters/index';
import { installedVersion } from './settings';
import { Refusal, type VerifiedPackage } from './verify';

export type RecordAction = 'new' | 'update' | 'unchanged' | 'stale' | 'rejected';
export interface PreviewRow {
  index: number;
  type: string;
  typeLabel: string;
  id: string;
  rev: number;
  title: string;
  action: RecordAction;
  reason: string | null;
}

/** A record as a clerk reads it; a decision names its subject by the local copy's name. */
export function recordTitle(r: ExchangeRecord, ctx?: ServiceContext): string {
  const d = r.data as Record<string, unknown>;
  switch (r.type) {
    case 'person': return joinFullName(d as unknown as PersonData);
    case 'collective': return (d as unknown as CollectiveData).name;
    case 'decision': {
      const x = d as unknown as DecisionData;
      const adapter = CONTENT_ADAPTERS[x.subject.type];
      const subject = (ctx && adapter?.title(ctx, x.subject.id)) ?? `${RECORD_TYPES[x.subject.type]?.label ?? x.subject.type} ${x.subject.id.slice(0, 8)}`;
      return `${STATUS_LABELS[x.status]}: ${subject}${x.decision ? ` (QĐ số ${x.decision.number})` : ''}`;
    }
    case 'movement': return `${String(d.name)} (${String(d.year)})`;
    case 'report': return `Số liệu ${periodLabel(Number(d.year), d.period as ReviewPeriod)} của ${String(d.unitName)}`;
    case 'cluster': return `${String(d.name)} năm ${String(d.year)} (${(d.members as unknown[]).length} đơn vị)`;
    case 'cluster-scorecard': return `${d.scorer === 'self' ? 'Điểm tự chấm' : 'Điểm cụm chấm'} của ${String((d.unit as { name: string }).name)}`;
    case 'cluster-vote': return `Biên bản suy tôn ngày ${String(d.heldOn).split('-').reverse().join('/')} (${String(d.voters)} đơn vị bỏ phiếu)`;
    case 'plan': return `${String(d.title)} (${(d.tasks as unknown[]).length} công việc)`;
    case 'checklist-template': return `${String(d.name)} - phiên bản ${String(d.version)}`;
    case 'inspection-plan': return `${String(d.title)} (${(d.units as unknown[]).length} đơn vị)`;
    case 'inspection': return `Kiểm tra ${String((d.unit as { name: string }).name)} năm ${String(d.year)}`;
    case 'inspection-self-assessment': return `Tự đánh giá của ${String((d.unit as { name: string }).name)} (${(d.answers as unknown[]).length} nội dung)`;
    // A dossier or an application by its own title, not its id (the clerk finds it among 300 people).
    case 'dossier': return `${String(d.title)} (${(d.nominees as unknown[]).length} đề nghị)`;
    case 'initiative': return String(d.title);
    case 'example': return String(d.name);
    // Whom it concerns (never the content): kind and day of receipt.
    case 'complaint': return `Đơn thư nhận ngày ${String(d.receivedOn).split('-').reverse().join('/')} về ${(d.subjects as { type: string; name: string }[]).filter((s) => s.type !== 'dossier').map((s) => s.name).join(', ')}`;
    case 'registration': return `${String(d.registrantName)} - năm ${String(d.year)} (${(d.entries as unknown[]).length} cá nhân)`;
    case 'unit-directory': return `Danh mục đơn vị phiên bản ${r.rev} (${(d as unknown as UnitDirectoryData).units.length} đơn vị)`;
    // The new key's fingerprint is not printed here: the clerk compares it with the paper form in "Khóa và tin cậy".
    case 'key-announcement': return `Khóa mới của ${String((d.key as { unitName: string }).unitName)} (đối chiếu dấu vân tay với phiếu đăng ký khóa mới trong mục Khóa và tin cậy)`;
    case 'trust-list': return `Danh sách khóa tin cậy phiên bản ${r.rev} (${(d as unknown as TrustListData).keys.length} khóa)`;
    case 'receipt': {
      // The clerk knows a package by its number ("Gói số 1" in Nhật ký gói), not by its id.
      const sent = ctx?.sqlite
        .prepare("SELECT sequence FROM packages WHERE package_id = ? AND direction = 'out'")
        .get(String(d.packageId)) as { sequence: number } | undefined;
      return sent ? `Xác nhận đã nhận gói số ${sent.sequence}` : `Xác nhận đã nhận gói ${String(d.packageId).slice(0, 8)}`;
    }
    default: return r.id;
  }
}

/** Codes of the units above this installation's in the directory: its upper levels. */
export function upperLevelCodes(ctx: ServiceContext): Set<string> {
  const rows = ctx.sqlite
    .prepare(
      `WITH RECURSIVE up(id, depth) AS (
         SELECT u.parent_id, 1 FROM installation i JOIN units u ON u.id = i.unit_id
         UNION ALL SELECT p.parent_id, up.depth + 1 FROM up JOIN units p ON p.id = up.id WHERE up.depth < 20)
       SELECT code FROM units WHERE id IN (SELECT id FROM up)`,
    )
    .all() as { code: string }[];
  return new Set(rows.map((r) => r.code));
}

/** The clerk's name for a record that may not match its schema: never throws. */
function safeTitle(r: ExchangeRecord, ctx: ServiceContext, label: string): string {
  try {
    const t = recordTitle(r, ctx);
    if (typeof t === 'string' && t.trim()) return showable(t.slice(0, 200));
  } catch {
    // Data not of its type's shape: named by type and id below.
  }
  return `${label} ${r.id.slice(0, 8)}`;
}

/**
 * Step 6, the dry run: what applying would do to each record, with the reason in Vietnamese.
 * Each record is first held to what a form would accept (recordProblem) and to who may write
 * it (the ownership table); a record failing either is rejected on its own, the rest follows
 * the per-record rules. Refuses the whole package where the format says so (a rollback, a
 * trust list not from the province's root key). Writes nothing.
 */
export function previewPackage(ctx: ServiceContext, pkg: VerifiedPackage): PreviewRow[] {
  const me = requireInstallation(ctx);
  const { header } = pkg.envelope;
  if (header.kind === 'trust-list' && !(pkg.senderKey.source === 'manual' && pkg.senderKey.level === 'province')) {
    throw new Refusal('NOT_ROOT', 'Danh sách khóa tin cậy chỉ được nhận từ khóa gốc của tỉnh, đã được xác nhận bằng tay khi thiết lập.');
  }
  const senderIsUpper = upperLevelCodes(ctx).has(header.sender.unitCode);
  const day = today(ctx);
  const records = pkg.envelope.body.records;
  const problems = records.map((r) => recordProblem(r.type, r.data, day));
  // Other records an adapter may look at (a plan before its results): only well-formed ones.
  const sound = records.filter((_r, i) => !problems[i]);
  return records.map((r, index) => {
    const def = RECORD_TYPES[r.type]!;
    const row = { index, type: r.type, typeLabel: def.label, id: r.id, rev: r.rev, title: safeTitle(r, ctx, def.label), action: 'new' as RecordAction, reason: null as string | null };
    const verdict = (action: RecordAction, reason: string | null = null) => ({ ...row, action, reason });
    if (pkg.duplicateOf) return verdict('unchanged', 'Gói này đã được nhập trước đó.');
    const problem = problems[index];
    if (problem) return verdict('rejected', `${def.label} "${row.title}" bị từ chối: ${problem}.`);
    if (def.owner !== 'issuer' && r.origin === me.unitCode) return verdict('rejected', 'Bản ghi thuộc chính đơn vị này; không nhận bản sửa từ nơi khác.');
    const subjectOrigin = r.type === 'decision' ? (r.data as DecisionData).subject.origin : undefined;
    const owned = ownershipRefusal({
      kind: header.kind, kindLabel: PACKAGE_KIND_LABELS[header.kind], type: r.type, typeLabel: def.label, origin: r.origin,
      sender: header.sender, senderIsUpper, subjectOrigin, me: me.unitCode,
    });
    if (owned) return verdict('rejected', owned);
    if (def.owner === 'issuer') {
      if (r.type === 'receipt') return verdict('update', 'Đánh dấu các bản ghi đã gửi là đã đến nơi.');
      const installed = installedVersion(ctx, r.type, r.origin);
      if (r.rev < installed) {
        throw new Refusal('ROLLBACK', `${def.label} phiên bản ${r.rev} cũ hơn phiên bản đang dùng (${installed}); gói bị từ chối để tránh quay lui.`);
      }
      if (r.rev === installed) return verdict('unchanged', `Đang dùng đúng phiên bản ${installed}.`);
      return verdict(installed ? 'update' : 'new', installed ? `Thay phiên bản ${installed}.` : null);
    }
    if (r.type === 'decision') {
      const subject = (r.data as DecisionData).subject;
      const local = CONTENT_ADAPTERS[subject.type]?.current(ctx, subject.id);
      if (local && local.origin !== me.unitCode) return verdict('rejected', `Quyết định này nói về hồ sơ của đơn vị ${local.origin}, không phải của đơn vị này.`);
    }
    const adapter = CONTENT_ADAPTERS[r.type]!;
    const cur = adapter.current(ctx, r.id);
    if (cur && cur.origin !== r.origin) return verdict('rejected', `Mã bản ghi trùng với một bản ghi của đơn vị ${cur.origin}.`);
    if (cur && r.rev <= cur.rev) {
      return r.rev === cur.rev ? verdict('unchanged', 'Đã có đúng bản này.') : verdict('stale', `Bản cũ (lần sửa ${r.rev}); đang có lần sửa ${cur.rev} mới hơn.`);
    }
    const refused = adapter.refusal?.(ctx, r, sound) ?? null;
    if (refused) return verdict('rejected', refused);
    return cur ? verdict('update', `Bản sửa lần ${r.rev} thay lần ${cur.rev}.`) : verdict('new');
  });
}
