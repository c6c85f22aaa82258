// Inspection papers: plan, decision forming the team, biên bản per unit, year report, self-assessment.
export { decisionDocument as inspectionDecisionDocument } from './decision';
export { planDocument as inspectionPlanDocument } from './plan';
export { recordDocument as inspectionRecordDocument } from './record';
export { reportDocument as inspectionReportDocument, reportScope } from './report';
export { selfAssessmentDocument as inspectionSelfAssessmentDocument } from './selfAssessment';
