import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { owned } from './owned';

/**
 * Cụm, khối thi đua of one year: the province groups communes (cụm) or agencies (khối); each
 * signs a giao ước thi đua, is scored on the criteria table (resources/clusters, the set's id
 * kept so the table stays the one the members pledged to), and votes (suy tôn) its leading units.
 */
export const clusters = sqliteTable(
  'clusters',
  {
    ...owned(),
    year: integer('year').notNull(),
    kind: text('kind').notNull(), // cum | khoi
    name: text('name').notNull(),
    criteriaSetId: text('criteria_set_id').notNull(),
    /** The criteria items as pledged: JSON [{ id, text, maxTenths, evidence }]. */
    criteria: text('criteria').notNull(),
    leaderUnitId: text('leader_unit_id'),
    deputyUnitId: text('deputy_unit_id'),
    /** Ngày ký giao ước thi đua (null until signed) and where. */
    pledgeDate: text('pledge_date'),
    pledgePlace: text('pledge_place').notNull().default(''),
    /** The pledge's commitments, one per line (empty: the standard wording). */
    pledgeText: text('pledge_text').notNull().default(''),
  },
  (t) => [index('clusters_year_idx').on(t.year, t.kind)],
);

/** A member unit of a cluster, in the cluster's order, with the head who signs the pledge. */
export const clusterMembers = sqliteTable(
  'cluster_members',
  {
    clusterId: text('cluster_id').notNull().references(() => clusters.id),
    unitId: text('unit_id').notNull(),
    position: integer('position').notNull(),
    headName: text('head_name').notNull().default(''),
    headTitle: text('head_title').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.clusterId, t.unitId] }), index('cluster_members_unit_idx').on(t.unitId)],
);

/**
 * One scorecard: a member's self-scoring (scorer 'self', owned by the member) or the cluster's
 * consolidated scoring of that member (scorer 'cluster', owned by the cụm trưởng or the province).
 * Scores are JSON { criterionId: tenths }: integers, never floats.
 */
export const clusterScorecards = sqliteTable(
  'cluster_scorecards',
  {
    ...owned(),
    clusterId: text('cluster_id').notNull().references(() => clusters.id),
    unitId: text('unit_id').notNull(),
    scorer: text('scorer').notNull(), // self | cluster
    scores: text('scores').notNull().default('{}'),
    note: text('note').notNull().default(''),
  },
  (t) => [uniqueIndex('cluster_scorecards_uq').on(t.clusterId, t.unitId, t.scorer)],
);

/** Biên bản suy tôn: the meeting, the members voting, each unit's yes votes and the award proposed. */
export const clusterVotes = sqliteTable(
  'cluster_votes',
  {
    ...owned(),
    clusterId: text('cluster_id').notNull().references(() => clusters.id),
    heldOn: text('held_on').notNull(),
    place: text('place').notNull().default(''),
    chair: text('chair').notNull().default(''),
    secretary: text('secretary').notNull().default(''),
    voters: integer('voters').notNull(),
    /** JSON [{ unitId, yes, award: 'CO_TD_TINH' | 'BK_CT_TINH_TT' | null }]. */
    votes: text('votes').notNull(),
    /** JSON [{ awardCode, dossierId }]: the dossiers made from this suy tôn ("Lập hồ sơ đề nghị"). */
    dossiers: text('dossiers').notNull().default('[]'),
  },
  (t) => [uniqueIndex('cluster_votes_cluster_uq').on(t.clusterId)],
);
