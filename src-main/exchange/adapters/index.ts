// The exchange adapters, one file per capability: how each record type leaves this installation
// (outgoing), is looked up (current, title) and lands (apply). kit.ts holds what they share.
import type { ContentAdapter } from './kit';
import { decisionAdapter } from './decisions';
import { dossierAdapter } from './dossiers';
import { initiativeAdapter } from './initiatives';
import { keyAnnouncementAdapter } from './keys';
import { checklistTemplateAdapter, inspectionAdapter, inspectionPlanAdapter, inspectionSelfAssessmentAdapter } from './inspections';
import { movementAdapter, registrationAdapter } from './registrations';
import { planAdapter } from './plans';
import { reportAdapter } from './review';
import { collectiveAdapter, personAdapter } from './registry';
import { clusterAdapter, clusterScorecardAdapter, clusterVoteAdapter } from './clusters';
import { exampleAdapter } from './examples';
import { complaintAdapter } from './complaints';

export type { ContentAdapter } from './kit';
export { applyDecisionStatus } from './decisions';

export const CONTENT_ADAPTERS: Record<string, ContentAdapter> = {
  collective: collectiveAdapter,
  person: personAdapter,
  movement: movementAdapter,
  plan: planAdapter,
  registration: registrationAdapter,
  dossier: dossierAdapter,
  initiative: initiativeAdapter,
  'checklist-template': checklistTemplateAdapter,
  'inspection-plan': inspectionPlanAdapter,
  inspection: inspectionAdapter,
  'inspection-self-assessment': inspectionSelfAssessmentAdapter,
  decision: decisionAdapter,
  'key-announcement': keyAnnouncementAdapter,
  report: reportAdapter,
  cluster: clusterAdapter,
  'cluster-scorecard': clusterScorecardAdapter,
  'cluster-vote': clusterVoteAdapter,
  example: exampleAdapter,
  complaint: complaintAdapter,
};
