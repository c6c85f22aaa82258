import { z } from 'zod';
import { CLUSTER_AWARDS, CLUSTER_KINDS } from '../rules/clusters';
import { isoDate, str, unitRef, uuid } from './common';

// Cụm, khối thi đua in packages. The province issues the cluster (members, roles, the criteria
// table as pledged) downward in its reference package; each member's self-scoring goes up owned
// by the member; the cụm trưởng's consolidated scoring and the biên bản suy tôn go up owned by it.
// Scores are integers (tenths of a point), never floats.

const tenths = z.number().int().min(0).max(100000);

export const clusterData = z.object({
  year: z.number().int().min(2000).max(2100),
  kind: z.enum(CLUSTER_KINDS),
  name: str(200).min(1),
  criteriaSetId: str(60).min(1),
  criteria: z.array(z.object({ id: str(20).min(1), text: str(500).min(1), maxTenths: z.number().int().min(1).max(10000), evidence: str(500) })).min(1).max(100),
  members: z.array(z.object({ unit: unitRef, headName: str(100), headTitle: str(100) })).min(1).max(60),
  leader: unitRef.nullable(),
  deputy: unitRef.nullable(),
  pledgeDate: isoDate.nullable(),
  pledgePlace: str(200),
  pledgeText: str(5000),
});
export type ClusterData = z.infer<typeof clusterData>;

export const clusterScorecardData = z.object({
  clusterId: uuid,
  unit: unitRef,
  scorer: z.enum(['self', 'cluster']),
  scores: z.record(str(20), tenths),
  note: str(1000),
});
export type ClusterScorecardData = z.infer<typeof clusterScorecardData>;

export const clusterVoteData = z.object({
  clusterId: uuid,
  heldOn: isoDate,
  place: str(200),
  chair: str(100),
  secretary: str(100),
  voters: z.number().int().min(0).max(1000),
  votes: z.array(z.object({ unit: unitRef, yes: z.number().int().min(0).max(1000), award: z.enum(CLUSTER_AWARDS).nullable() })).max(60),
});
export type ClusterVoteData = z.infer<typeof clusterVoteData>;
