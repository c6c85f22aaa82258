import type { ApiName } from '../src-shared/api';
import { exchangeHandlers } from './exchange/handlers';
import { spreadsheetHandlers } from './excel/handlers';
import { importEntriesFromSheet } from './services/registrationImport';
import type { Handler } from './handler-types';
import { printKinds, renderDocument } from './print';
import { dossierFileNames } from './print/dossier';
import { getOffsets, setOffsets } from './print/printOffsets';
import * as collectives from './services/collectives';
import * as people from './services/people';
import * as awards from './services/awardHistory';
import { applyAwardImport, previewAwardImport } from './services/awardHistoryImport';
import { ruleSet } from './services/catalogue';
import * as deadline from './services/deadline';
import * as dossierDocs from './services/dossierDocuments';
import * as dossiers from './services/dossiers';
import * as council from './services/initiativeCouncil';
import * as rounds from './services/initiativeRounds';
import * as initiatives from './services/initiatives';
import * as inspectionPlans from './services/inspectionPlans';
import * as inspections from './services/inspections';
import * as selfAssessment from './services/inspectionSelfAssessment';
import * as inspectionTemplates from './services/inspectionTemplates';
import { dossierEligibility } from './services/eligibility';
import * as movements from './services/movements';
import * as records from './services/records';
import { registrationOverview } from './services/registrationOverview';
import * as registrations from './services/registrations';
import * as setup from './services/setup';
import { importUnits } from './services/unitImport';
import * as units from './services/units';

/** Contract name → service function. A newcomer finds every capability's door here. */
export const handlers: { [N in ApiName]: Handler<N> } = {
  'setup.status': (ctx) => setup.setupStatus(ctx),
  'setup.init': (ctx, input) => setup.initInstallation(ctx, input),
  'setup.setClerk': (ctx, input) => setup.setClerk(ctx, input),
  'keys.show': (ctx) => setup.showKey(ctx),

  'units.list': (ctx, input) => units.listUnits(ctx, input),
  'units.get': (ctx, input) => units.getUnit(ctx, input.id),
  'units.create': (ctx, input) => units.createUnit(ctx, input),
  'units.update': (ctx, input) => units.updateUnit(ctx, input),
  'units.delete': (ctx, input) => units.deleteUnit(ctx, input.id),
  'units.import': (ctx, input) => importUnits(ctx, input),

  'people.search': (ctx, input) => people.searchPeople(ctx, input),
  'people.get': (ctx, input) => people.getPerson(ctx, input.id),
  'people.create': (ctx, input) => people.createPerson(ctx, input),
  'people.update': (ctx, input) => people.updatePerson(ctx, input),
  'people.delete': (ctx, input) => people.deletePerson(ctx, input.id),

  'collectives.list': (ctx, input) => collectives.listCollectives(ctx, input),
  'collectives.get': (ctx, input) => collectives.getCollective(ctx, input.id),
  'collectives.create': (ctx, input) => collectives.createCollective(ctx, input),
  'collectives.update': (ctx, input) => collectives.updateCollective(ctx, input),
  'collectives.delete': (ctx, input) => collectives.deleteCollective(ctx, input.id),

  'records.types': () => records.recordTypes(),
  'records.list': (ctx, input) => records.listRecords(ctx, input),

  ...exchangeHandlers,
  ...spreadsheetHandlers,

  'movements.list': (ctx, input) => movements.listMovements(ctx, input),
  'movements.get': (ctx, input) => movements.getMovement(ctx, input.id),
  'movements.create': (ctx, input) => movements.createMovement(ctx, input),
  'movements.update': (ctx, input) => movements.updateMovement(ctx, input),
  'movements.delete': (ctx, input) => movements.deleteMovement(ctx, input.id),

  'registrations.list': (ctx, input) => registrations.listRegistrations(ctx, input),
  'registrations.get': (ctx, input) => registrations.getRegistration(ctx, input.id),
  'registrations.create': (ctx, input) => registrations.createRegistration(ctx, input),
  'registrations.update': (ctx, input) => registrations.updateRegistration(ctx, input),
  'registrations.delete': (ctx, input) => registrations.deleteRegistration(ctx, input.id),
  'registrations.addEntries': (ctx, input) => registrations.addEntries(ctx, input),
  'registrations.updateEntry': (ctx, input) => registrations.updateEntry(ctx, input),
  'registrations.removeEntry': (ctx, input) => registrations.removeEntry(ctx, input),
  'registrations.importEntries': (ctx, input) => importEntriesFromSheet(ctx, input),
  'registrations.deadline': (ctx, input) => deadline.deadlineInfo(ctx, input.year),
  'registrations.setDeadline': (ctx, input) => deadline.setRegistrationDeadline(ctx, input.year, input.deadline),
  'registrations.overview': (ctx, input) => registrationOverview(ctx, input.year),

  'awards.catalogue': (ctx, input) => {
    const rs = ruleSet(ctx, input.referenceDate);
    return { ruleSetId: rs.id, legalBasis: rs.legalBasis, awards: rs.awards.map((a) => ({ code: a.code, name: a.name, subject: a.subject, category: a.category, kind: a.kind, authority: a.authority })) };
  },
  'awards.history': (ctx, input) => awards.listHistory(ctx, input.subjectType, input.subjectId),
  'awards.addHistory': (ctx, input) => awards.addHistory(ctx, input),
  'awards.removeHistory': (ctx, input) => awards.removeHistory(ctx, input.id),
  'awards.importPreview': (ctx, input) => previewAwardImport(ctx, input),
  'awards.importApply': (ctx, input) => applyAwardImport(ctx, input),
  'evaluations.list': (ctx, input) => awards.listEvaluations(ctx, input.personId),
  'evaluations.set': (ctx, input) => awards.setEvaluation(ctx, input),
  'holds.list': (ctx, input) => awards.listHolds(ctx, input.personId),
  'holds.add': (ctx, input) => awards.addHold(ctx, input),
  'holds.remove': (ctx, input) => awards.removeHold(ctx, input.id),

  'dossiers.list': (ctx, input) => dossiers.listDossiers(ctx, input),
  'dossiers.get': (ctx, input) => dossiers.getDossier(ctx, input.id),
  'dossiers.create': (ctx, input) => dossiers.createDossier(ctx, input),
  'dossiers.update': (ctx, input) => dossiers.updateDossier(ctx, input),
  'dossiers.delete': (ctx, input) => dossiers.deleteDossier(ctx, input.id),
  'dossiers.setMeeting': (ctx, input) => dossiers.setMeeting(ctx, input),
  'dossiers.addNominee': (ctx, input) => dossiers.addNominee(ctx, input),
  'dossiers.updateNominee': (ctx, input) => dossiers.updateNominee(ctx, input),
  'dossiers.removeNominee': (ctx, input) => dossiers.removeNominee(ctx, input),
  'dossiers.eligibility': (ctx, input) => dossierEligibility(ctx, input.id),
  'dossiers.documents': (ctx, input) => dossierDocs.documentStatus(ctx, input.id),
  'dossiers.attach': (ctx, input) => dossierDocs.attachDocument(ctx, input),
  'dossiers.detach': (ctx, input) => dossierDocs.detachDocument(ctx, input),
  'dossiers.attachment': (ctx, input) => dossierDocs.readAttachment(ctx, input.documentId),
  'dossiers.markReady': (ctx, input) => dossierDocs.markReady(ctx, input),

  'initiatives.rounds': (ctx, input) => rounds.listRounds(ctx, input.year),
  'initiatives.createDefaultRounds': (ctx, input) => rounds.createDefaultRounds(ctx, input.year),
  'initiatives.createRound': (ctx, input) => rounds.createRound(ctx, input),
  'initiatives.updateRound': (ctx, input) => rounds.updateRound(ctx, input),
  'initiatives.setRoundStatus': (ctx, input) => rounds.setRoundStatus(ctx, input),
  'initiatives.setCouncil': (ctx, input) => rounds.setCouncil(ctx, input),
  'initiatives.list': (ctx, input) => initiatives.listInitiatives(ctx, input),
  'initiatives.get': (ctx, input) => council.initiativeDetail(ctx, input.id),
  'initiatives.create': (ctx, input) => initiatives.createInitiative(ctx, input),
  'initiatives.update': (ctx, input) => initiatives.updateInitiative(ctx, input),
  'initiatives.delete': (ctx, input) => initiatives.deleteInitiative(ctx, input.id),
  'initiatives.receive': (ctx, input) => initiatives.receiveInitiative(ctx, input),
  'initiatives.assignRound': (ctx, input) => initiatives.assignRound(ctx, input),
  'initiatives.score': (ctx, input) => council.addScore(ctx, input),
  'initiatives.updateScore': (ctx, input) => council.updateScore(ctx, input),
  'initiatives.removeScore': (ctx, input) => council.removeScore(ctx, input.sheetId),
  'initiatives.decide': (ctx, input) => council.decideInitiative(ctx, input),
  'initiatives.undoDecision': (ctx, input) => council.undoDecision(ctx, input.id),
  'initiatives.ofPerson': (ctx, input) => initiatives.initiativesOfPerson(ctx, input.personId),
  'initiatives.deadlines': (ctx, input) => initiatives.initiativeDeadlines(ctx, input.year),

  'inspections.templates': (ctx, input) => inspectionTemplates.listTemplates(ctx, input),
  'inspections.template': (ctx, input) => inspectionTemplates.getTemplate(ctx, input.id),
  'inspections.saveTemplate': (ctx, input) => inspectionTemplates.saveTemplate(ctx, input),
  'inspections.plans': (ctx, input) => inspectionPlans.listPlans(ctx, input),
  'inspections.getPlan': (ctx, input) => inspectionPlans.getPlan(ctx, input.id),
  'inspections.createPlan': (ctx, input) => inspectionPlans.createPlan(ctx, input),
  'inspections.updatePlan': (ctx, input) => inspectionPlans.updatePlan(ctx, input),
  'inspections.deletePlan': (ctx, input) => inspectionPlans.deletePlan(ctx, input.id),
  'inspections.setRecommendations': (ctx, input) => inspectionPlans.setRecommendations(ctx, input),
  'inspections.list': (ctx, input) => inspections.listInspections(ctx, input),
  'inspections.get': (ctx, input) => inspections.getInspection(ctx, input.id),
  'inspections.update': (ctx, input) => inspections.updateInspection(ctx, input),
  'inspections.start': (ctx, input) => inspections.startInspection(ctx, input.id),
  'inspections.answer': (ctx, input) => inspections.answerItem(ctx, input),
  'inspections.selfAssess': (ctx, input) => inspections.selfAssess(ctx, input),
  'inspections.selfAssessment': (ctx, input) => selfAssessment.unitSelfAssessment(ctx, input.planId),
  'inspections.saveSelfAssessment': (ctx, input) => selfAssessment.saveUnitSelfAssessment(ctx, input),
  'inspections.finish': (ctx, input) => inspections.finishInspection(ctx, input),
  'inspections.reopen': (ctx, input) => inspections.reopenInspection(ctx, input.id),
  'inspections.attach': (ctx, input) => inspections.attachEvidence(ctx, input),
  'inspections.detach': (ctx, input) => inspections.detachEvidence(ctx, input),
  'inspections.evidence': (ctx, input) => inspections.readEvidence(ctx, input.evidenceId),
  'inspections.summary': (ctx, input) => inspections.inspectionSummaryOf(ctx, input),

  'print.kinds': () => printKinds(),
  'print.dossierParts': (ctx, input) => dossierFileNames(ctx, input.id),
  'print.getOffsets': (ctx, input) => getOffsets(ctx, input.kind),
  'print.setOffsets': (ctx, input) => setOffsets(ctx, input.kind, { topMm: input.topMm, leftMm: input.leftMm }),
  'print.document': async (ctx, input) => {
    const doc = await renderDocument(ctx, input.kind, input.id);
    return { fileName: doc.fileName, contentBase64: doc.bytes.toString('base64') };
  },
};
