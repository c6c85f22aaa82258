import bundled from '../../../resources/clusters/criteria.v1.json';
import { criteriaSetFor, parseClusterCriteria, type ClusterCriteriaCatalogue, type ClusterCriteriaSet, type ClusterKind, CLUSTER_KIND_LABELS } from '../../../src-shared/rules/clusters';
import { AppError } from '../../errors';
import type { ServiceContext } from '../core';

/**
 * The criteria tables of cụm, khối thi đua in force: the one shipped with the app
 * (resources/clusters), until the province sends a newer version in a reference package
 * (kept in settings under CLUSTER_CRITERIA_KEY). Parsed once per process: it is data.
 */
export const CLUSTER_CRITERIA_KEY = 'cluster-criteria';
let shipped: ClusterCriteriaCatalogue | null = null;

function shippedCriteria(): ClusterCriteriaCatalogue {
  if (!shipped) {
    const r = parseClusterCriteria(bundled);
    if (!r.ok) throw new Error(`shipped cluster criteria are invalid: ${r.errors.join('; ')}`);
    shipped = r.catalogue;
  }
  return shipped;
}

export function clusterCriteria(ctx: ServiceContext): ClusterCriteriaCatalogue {
  const row = ctx.sqlite.prepare('SELECT value FROM settings WHERE key = ?').get(CLUSTER_CRITERIA_KEY) as { value: string } | undefined;
  if (row) {
    try {
      const r = parseClusterCriteria(row.value);
      if (r.ok && r.catalogue.criteriaVersion >= shippedCriteria().criteriaVersion) return r.catalogue;
    } catch {
      // A damaged setting falls back to the shipped table.
    }
  }
  return shippedCriteria();
}

/** The set in force for a kind and year, or a Vietnamese refusal naming what is missing. */
export function criteriaFor(ctx: ServiceContext, kind: ClusterKind, year: number): ClusterCriteriaSet & { version: number } {
  const cat = clusterCriteria(ctx);
  const set = criteriaSetFor(cat, kind, year);
  if (!set) {
    throw new AppError('NO_CRITERIA', `Chưa có bảng tiêu chí chấm điểm ${CLUSTER_KIND_LABELS[kind].toLowerCase()} áp dụng cho năm ${year}; hãy nhận bảng tiêu chí mới của tỉnh (gói danh mục) rồi làm lại.`);
  }
  return { ...set, version: cat.criteriaVersion };
}
