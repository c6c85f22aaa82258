import { z } from 'zod';
import { CLUSTER_AWARDS, CLUSTER_KINDS } from '../rules/clusters';
import { isoDate, ownedFields, requiredText, text, uuid } from './common';

// Cụm, khối thi đua: members and roles, the giao ước (pledge), the scoring on the criteria
// table, the ranking, the suy tôn vote and the dossier it leads to (Cờ thi đua, Bằng khen tỉnh).

const year = z.number({ error: 'Năm phải là số.' }).int().min(2000, { error: 'Năm không hợp lệ.' }).max(2100, { error: 'Năm không hợp lệ.' });
const kind = z.enum(CLUSTER_KINDS, { error: 'Chọn loại: cụm thi đua hoặc khối thi đua.' });
const award = z.enum(CLUSTER_AWARDS, { error: 'Chỉ đề nghị Cờ thi đua của UBND tỉnh hoặc Bằng khen của Chủ tịch UBND tỉnh.' });
/** Points in tenths (125 = 12,5 điểm). */
const tenths = z.number({ error: 'Điểm phải là số.' }).int({ error: 'Điểm lẻ tối đa một chữ số thập phân.' }).min(0, { error: 'Điểm không được âm.' }).max(100000);

export const clusterCriterion = z.object({ id: z.string(), text: z.string(), maxTenths: z.number().int(), evidence: z.string() });

export const clusterMember = z.object({
  unitId: z.string(), unitCode: z.string(), unitName: z.string(), position: z.number().int(),
  headName: z.string(), headTitle: z.string(), role: z.enum(['leader', 'deputy']).nullable(),
});
export type ClusterMember = z.infer<typeof clusterMember>;

export const clusterSummary = z.object({
  id: z.string(), year: z.number().int(), kind, name: z.string(), memberCount: z.number().int(),
  leaderName: z.string().nullable(), deputyName: z.string().nullable(), scoredCount: z.number().int(), voted: z.boolean(),
});
export type ClusterSummary = z.infer<typeof clusterSummary>;

export const scorecard = z.object({
  id: z.string(), origin: z.string(), rev: z.number().int(), scores: z.record(z.string(), z.number().int()), note: z.string(), totalTenths: z.number().int(), editable: z.boolean(),
});
export type Scorecard = z.infer<typeof scorecard>;

export const clusterVote = z.object({
  id: z.string(), origin: z.string(), heldOn: z.string(), place: z.string(), chair: z.string(), secretary: z.string(),
  voters: z.number().int(), members: z.number().int(),
  votes: z.array(z.object({ unitId: z.string(), name: z.string(), yes: z.number().int(), award: award.nullable() })),
  dossiers: z.array(z.object({ awardCode: z.string(), dossierId: z.string() })),
  rule: z.string(),
});
export type ClusterVote = z.infer<typeof clusterVote>;

export const clusterDetail = z.object({
  ...ownedFields,
  year: z.number().int(), kind, name: z.string(), editable: z.boolean(),
  /** This installation's unit: on a copy received from the province, it scores itself, and scores the others only as cụm trưởng. */
  viewerUnitId: z.string().nullable(),
  criteriaSetId: z.string(), criteriaTitle: z.string(), legalBasis: z.string(), criteria: z.array(clusterCriterion), maxTotalTenths: z.number().int(),
  leaderUnitId: z.string().nullable(), deputyUnitId: z.string().nullable(),
  pledgeDate: z.string().nullable(), pledgePlace: z.string(), pledgeText: z.string(),
  members: z.array(clusterMember),
  /** Per member: the self-scoring and the cluster's scoring (null when not entered). */
  scoring: z.array(z.object({ unitId: z.string(), name: z.string(), self: scorecard.nullable(), cluster: scorecard.nullable() })),
  /** The cluster's scoring ranked by the stated tie rule. */
  ranking: z.array(z.object({ unitId: z.string(), name: z.string(), totalTenths: z.number().int().nullable(), selfTotalTenths: z.number().int().nullable(), rank: z.number().int().nullable() })),
  tieRule: z.string(),
  vote: clusterVote.nullable(),
  /** Next year's roles by rotation (cụm phó leads; the member after it becomes cụm phó). */
  nextRoles: z.object({ leaderUnitId: z.string().nullable(), deputyUnitId: z.string().nullable() }),
});
export type ClusterDetail = z.infer<typeof clusterDetail>;

export const clusterInput = z.object({
  year,
  kind,
  name: requiredText(200, 'Tên cụm, khối'),
  members: z
    .array(z.object({ unitId: uuid, headName: text(100, 'Họ tên người đứng đầu').default(''), headTitle: text(100, 'Chức vụ người đứng đầu').default('') }))
    .min(2, { error: 'Cụm, khối thi đua phải có ít nhất 2 đơn vị thành viên.' })
    .max(60, { error: 'Cụm, khối thi đua có tối đa 60 đơn vị.' }),
  leaderUnitId: uuid.nullable().default(null),
  deputyUnitId: uuid.nullable().default(null),
});
export type ClusterInput = z.output<typeof clusterInput>;

export const clustersApi = {
  'clusters.list': { input: z.object({ year }), output: z.array(clusterSummary) },
  'clusters.get': { input: z.object({ id: uuid }), output: clusterDetail },
  /** The criteria table in force for a kind and year (resources/clusters, or the province's newer one). */
  'clusters.criteria': {
    input: z.object({ kind, year }),
    output: z.object({ id: z.string(), title: z.string(), legalBasis: z.string(), version: z.number().int(), items: z.array(clusterCriterion) }),
  },
  /** A unit already in a cluster of the same kind that year is refused. */
  'clusters.create': { input: clusterInput, output: clusterDetail },
  'clusters.update': { input: clusterInput.omit({ year: true, kind: true }).extend({ id: uuid }), output: clusterDetail },
  'clusters.setPledge': {
    input: z.object({ id: uuid, pledgeDate: isoDate.nullable(), pledgePlace: text(200, 'Địa điểm ký').default(''), pledgeText: text(5000, 'Nội dung giao ước').default('') }),
    output: clusterDetail,
  },
  /** A member's self-scoring or the cluster's scoring of it; a score above the criterion's maximum is refused. */
  'clusters.score': {
    input: z.object({ clusterId: uuid, unitId: uuid, scorer: z.enum(['self', 'cluster']), scores: z.record(z.string(), tenths), note: text(1000, 'Ghi chú').default('') }),
    output: clusterDetail,
  },
  /** Biên bản suy tôn: more voters than members, or more votes than voters, is refused. */
  'clusters.setVote': {
    input: z.object({
      clusterId: uuid, heldOn: isoDate, place: text(200, 'Địa điểm').default(''), chair: text(100, 'Chủ trì').default(''), secretary: text(100, 'Thư ký').default(''),
      voters: z.number({ error: 'Số thành viên bỏ phiếu phải là số.' }).int().min(0).max(1000),
      votes: z.array(z.object({ unitId: uuid, yes: z.number({ error: 'Số phiếu phải là số.' }).int().min(0, { error: 'Số phiếu không được âm.' }).max(1000), award: award.nullable().default(null) })),
    }),
    output: clusterDetail,
  },
  /** Next year's cluster with the same members and the rotated cụm trưởng / cụm phó. */
  'clusters.rollOver': { input: z.object({ id: uuid }), output: clusterDetail },
  /** "Lập hồ sơ đề nghị": a dossier for the award with the units the suy tôn proposed, the vote as the council record. */
  'clusters.propose': { input: z.object({ clusterId: uuid, award }), output: z.object({ dossierId: z.string(), title: z.string(), nominees: z.number().int() }) },
} as const;
