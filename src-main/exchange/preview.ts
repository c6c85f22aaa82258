import { RECORD_TYPES } from '../../src-shared/records';
import type { DecisionData, PersonData, CollectiveData, TrustListData, UnitDirectoryData } from '../../src-shared/records';
import { STATUS_LABELS } from '../../src-shared/exchange/status';
import { formatFingerprint } from '../../src-shared/exchange/fingerprint';
import type { ExchangeRecord } from '../../src-shared/exchange/envelope';
import { joinFullName } from '../../src-shared/text';
import type { ServiceContext } from '../services/core';
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
    case 'checklist-template': return `${String(d.name)} - phiên bản ${String(d.version)}`;
    case 'inspection-plan': return `${String(d.title)} (${(d.units as unknown[]).length} đơn vị)`;
    case 'inspection': return `Kiểm tra ${String((d.unit as { name: string }).name)} năm ${String(d.year)}`;
    case 'inspection-self-assessment': return `Tự đánh giá của ${String((d.unit as { name: string }).name)} (${(d.answers as unknown[]).length} nội dung)`;
    case 'registration': return `${String(d.registrantName)} - năm ${String(d.year)} (${(d.entries as unknown[]).length} cá nhân)`;
    case 'unit-directory': return `Danh mục đơn vị phiên bản ${r.rev} (${(d as unknown as UnitDirectoryData).units.length} đơn vị)`;
    case 'key-announcement': return `Khóa mới của ${String((d.key as { unitName: string }).unitName)}: ${formatFingerprint(String((d.key as { keyId: string }).keyId))}`;
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

/**
 * Step 6, the dry run: what applying would do to each record, with the reason in Vietnamese.
 * Refuses the whole package where the format says so (a rollback, a trust list not from the
 * province's root key). Writes nothing.
 */
export function previewPackage(ctx: ServiceContext, pkg: VerifiedPackage): PreviewRow[] {
  const me = requireInstallation(ctx);
  const { header } = pkg.envelope;
  if (header.kind === 'trust-list' && !(pkg.senderKey.source === 'manual' && pkg.senderKey.level === 'province')) {
    throw new Refusal('NOT_ROOT', 'Danh sách khóa tin cậy chỉ được nhận từ khóa gốc của tỉnh, đã được xác nhận bằng tay khi thiết lập.');
  }
  return pkg.envelope.body.records.map((r, index) => {
    const def = RECORD_TYPES[r.type]!;
    const row = { index, type: r.type, typeLabel: def.label, id: r.id, rev: r.rev, title: recordTitle(r, ctx), action: 'new' as RecordAction, reason: null as string | null };
    const verdict = (action: RecordAction, reason: string | null = null) => ({ ...row, action, reason });
    if (pkg.duplicateOf) return verdict('unchanged', 'Gói này đã được nhập trước đó.');
    if (def.owner === 'issuer') {
      if (r.type === 'receipt') return verdict('update', 'Đánh dấu các bản ghi đã gửi là đã đến nơi.');
      const installed = installedVersion(ctx, r.type, r.origin);
      if (r.rev < installed) {
        throw new Refusal('ROLLBACK', `${def.label} phiên bản ${r.rev} cũ hơn phiên bản đang dùng (${installed}); gói bị từ chối để tránh quay lui.`);
      }
      if (r.rev === installed) return verdict('unchanged', `Đang dùng đúng phiên bản ${installed}.`);
      return verdict(installed ? 'update' : 'new', installed ? `Thay phiên bản ${installed}.` : null);
    }
    if (r.origin === me.unitCode) return verdict('rejected', 'Bản ghi thuộc chính đơn vị này; không nhận bản sửa từ nơi khác.');
    const adapter = CONTENT_ADAPTERS[r.type]!;
    const cur = adapter.current(ctx, r.id);
    if (cur && cur.origin !== r.origin) return verdict('rejected', `Mã bản ghi trùng với một bản ghi của đơn vị ${cur.origin}.`);
    if (cur && r.rev <= cur.rev) {
      return r.rev === cur.rev ? verdict('unchanged', 'Đã có đúng bản này.') : verdict('stale', `Bản cũ (lần sửa ${r.rev}); đang có lần sửa ${cur.rev} mới hơn.`);
    }
    const refused = adapter.refusal?.(ctx, r, pkg.envelope.body.records) ?? null;
    if (refused) return verdict('rejected', refused);
    return cur ? verdict('update', `Bản sửa lần ${r.rev} thay lần ${cur.rev}.`) : verdict('new');
  });
}
