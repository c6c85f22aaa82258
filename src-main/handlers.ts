import { api, type ApiInput, type ApiName, type ApiOutput } from '../src-shared/api';
import { demoHomeTasks } from './exchange/demoWork';
import { exchangeHandlers } from './exchange/handlers';
import { keyHandlers } from './exchange/keyHandlers';
import type { Handler } from './handler-types';
import type { ServiceContext } from './services/core';
import { printKinds, renderDocument } from './print';
import { deepNfc } from './nfc';
import { dossierDocuments, dossierFileNames } from './print/dossier';
import { cancelDossierPrint, dossierPrintJob, startDossierPrint } from './print/dossier/batch';
import { getOffsets, setOffsets } from './print/printOffsets';
import * as achievementReports from './services/achievementReports';
import * as backup from './services/backup';
import * as core from './services/core';
import * as demo from './services/demo';
import * as dossiers from './services/dossiers';
import * as drafts from './services/drafts';
import * as folders from './services/folders';
import * as home from './services/home';
import * as initiatives from './services/initiatives';
import * as inspections from './services/inspections';
import * as installation from './services/installation';
import * as listExport from './services/listExport';
import * as registrations from './services/registrations';
import * as registry from './services/registry';
import * as spreadsheet from './services/spreadsheet';
import * as plans from './services/plans';
import * as calendar from './services/calendar';
import * as notices from './services/notices';
import { printNotice } from './print/notices/notice';
import * as complaints from './services/complaints';
import * as statistics from './services/statistics';
import * as review from './services/review';
import * as clusters from './services/clusters';
import * as examples from './services/examples';

/** Contract name → service function. A newcomer finds every capability's door here. */
export const handlers: { [N in ApiName]: Handler<N> } = {
  'setup.status': (ctx) => installation.setupStatus(ctx),
  'setup.init': (ctx, input) => installation.initInstallation(ctx, input),
  'setup.setClerk': (ctx, input) => installation.setClerk(ctx, input),
  'keys.show': (ctx) => installation.showKey(ctx),

  'units.list': (ctx, input) => registry.listUnits(ctx, input),
  'units.get': (ctx, input) => registry.getUnit(ctx, input.id),
  'units.create': (ctx, input) => registry.createUnit(ctx, input),
  'units.update': (ctx, input) => registry.updateUnit(ctx, input),
  'units.delete': (ctx, input) => registry.deleteUnit(ctx, input.id),
  'units.import': (ctx, input) => (input.dryRun ? registry.importUnits(ctx, input) : backup.checkedImport(ctx, () => registry.importUnits(ctx, input))),

  'people.search': (ctx, input) => registry.searchPeople(ctx, input),
  'people.get': (ctx, input) => registry.getPerson(ctx, input.id),
  'people.findSame': (ctx, input) => registry.findSamePerson(ctx, input),
  'people.create': (ctx, input) => registry.createPerson(ctx, input),
  'people.update': (ctx, input) => registry.updatePerson(ctx, input),
  'people.delete': (ctx, input) => registry.deletePerson(ctx, input.id),

  'collectives.list': (ctx, input) => registry.listCollectives(ctx, input),
  'collectives.get': (ctx, input) => registry.getCollective(ctx, input.id),
  'collectives.create': (ctx, input) => registry.createCollective(ctx, input),
  'collectives.update': (ctx, input) => registry.updateCollective(ctx, input),
  'collectives.delete': (ctx, input) => registry.deleteCollective(ctx, input.id),

  'home.tasks': (ctx) => home.homeTasks(ctx),
  'plans.list': (ctx, input) => plans.listWorkPlans(ctx, input),
  'plans.get': (ctx, input) => plans.getWorkPlan(ctx, input.id),
  'plans.create': (ctx, input) => plans.createWorkPlan(ctx, input),
  'plans.update': (ctx, input) => plans.updateWorkPlan(ctx, input),
  'plans.saveTask': (ctx, input) => plans.saveTask(ctx, input),
  'plans.setTaskStatus': (ctx, input) => plans.setTaskStatus(ctx, input),
  'plans.deleteTask': (ctx, input) => plans.deleteTask(ctx, input.id),
  'plans.delete': (ctx, input) => plans.deleteWorkPlan(ctx, input.id),
  'calendar.year': (ctx, input) => calendar.yearCalendar(ctx, input.year),
  'calendar.ics': (ctx, input) => calendar.yearIcs(ctx, input.year),
  'notices.list': (ctx, input) => notices.listNotices(ctx, input.dossierId),
  'notices.print': (ctx, input) => printNotice(ctx, input),
  'folders.roots': () => folders.listRoots(),
  'folders.list': (_ctx, input) => folders.listFolder(input.path),
  'lists.exportXlsx': (ctx, input) => listExport.exportListXlsx(ctx, input),
  // Electron answers this one itself with dialog.showOpenDialog (src-main/index.ts); the harness and the CLI have no native dialog.
  'folders.pickNative': () => ({ supported: false, path: null }),
  'folders.pickNativeFile': () => ({ supported: false, path: null }),
  'demo.create': async (ctx, input) => {
    const call = through(ctx);
    // All or nothing, as the CLI's demo: an interrupted run leaves nothing and can be run again.
    const { r, work } = await core.inTransactionAsync(ctx, async () => {
      const from = demo.demoStart(ctx);
      const r = await demo.generateDemo(call, { people: input.people });
      const work = await demoHomeTasks(ctx, call);
      demo.markDemo(ctx, from); // the banner "Đang dùng dữ liệu mẫu" and "Xóa dữ liệu mẫu" read it
      return { r, work };
    });
    return {
      summary: `${r.province} với ${r.communes} xã, ${r.people} cá nhân, ${r.collectives} tập thể, ${r.registrations} bản đăng ký thi đua, ${r.dossiers + work.returnedDossiers} hồ sơ khen thưởng, ${r.initiatives + work.overdueInitiatives} sáng kiến, ${r.inspections} cuộc kiểm tra.`,
    };
  },

  'demo.status': (ctx) => demo.demoStatus(ctx),
  'demo.remove': (ctx) => ({ removed: demo.removeDemo(ctx).removed }),

  'records.types': () => core.recordTypes(),
  'records.list': (ctx, input) => core.listRecords(ctx, input),

  ...exchangeHandlers,
  ...keyHandlers,
  'sheet.preview': (ctx, input) => spreadsheet.previewSheet(ctx, input),
  'sheet.rememberLayout': (ctx, input) => spreadsheet.rememberLayout(ctx, input.signature, input.target, input.mapping),

  'movements.list': (ctx, input) => registrations.listMovements(ctx, input),
  'movements.get': (ctx, input) => registrations.getMovement(ctx, input.id),
  'movements.create': (ctx, input) => registrations.createMovement(ctx, input),
  'movements.update': (ctx, input) => registrations.updateMovement(ctx, input),
  'movements.delete': (ctx, input) => registrations.deleteMovement(ctx, input.id),

  'registrations.list': (ctx, input) => registrations.listRegistrations(ctx, input),
  'registrations.get': (ctx, input) => registrations.getRegistration(ctx, input.id),
  'registrations.create': (ctx, input) => registrations.createRegistration(ctx, input),
  'registrations.findSame': (ctx, input) => registrations.findSameRegistration(ctx, input),
  'registrations.update': (ctx, input) => registrations.updateRegistration(ctx, input),
  'registrations.delete': (ctx, input) => registrations.deleteRegistration(ctx, input.id),
  'registrations.addEntries': (ctx, input) => registrations.addEntries(ctx, input),
  'registrations.updateEntry': (ctx, input) => registrations.updateEntry(ctx, input),
  'registrations.removeEntry': (ctx, input) => registrations.removeEntry(ctx, input),
  'registrations.restoreEntry': (ctx, input) => registrations.restoreEntry(ctx, input),
  'registrations.importEntries': (ctx, input) => backup.checkedImport(ctx, () => registrations.importEntriesFromSheet(ctx, input)),
  'registrations.deadline': (ctx, input) => registrations.deadlineInfo(ctx, input.year),
  'registrations.setDeadline': (ctx, input) => registrations.setRegistrationDeadline(ctx, input.year, input.deadline),
  'registrations.overview': (ctx, input) => registrations.registrationOverview(ctx, input.year),

  'awards.catalogue': (ctx, input) => {
    const rs = dossiers.ruleSet(ctx, input.referenceDate);
    return { ruleSetId: rs.id, legalBasis: rs.legalBasis, awards: rs.awards.map((a) => ({ code: a.code, name: a.name, subject: a.subject, category: a.category, kind: a.kind, authority: a.authority })) };
  },
  'awards.list': (ctx, input) => dossiers.awardList(ctx, input.referenceDate),
  'awards.history': (ctx, input) => dossiers.listHistory(ctx, input.subjectType, input.subjectId),
  'awards.addHistory': (ctx, input) => dossiers.addHistory(ctx, input),
  'awards.removeHistory': (ctx, input) => dossiers.removeHistory(ctx, input.id),
  'awards.importPreview': (ctx, input) => dossiers.previewAwardImport(ctx, input),
  'awards.importApply': (ctx, input) => backup.checkedImport(ctx, () => dossiers.applyAwardImport(ctx, input)),
  'evaluations.list': (ctx, input) => dossiers.listEvaluations(ctx, input.personId),
  'evaluations.set': (ctx, input) => dossiers.setEvaluation(ctx, input),
  'holds.list': (ctx, input) => dossiers.listHolds(ctx, input.personId),
  'holds.add': (ctx, input) => dossiers.addHold(ctx, input),
  'holds.remove': (ctx, input) => dossiers.removeHold(ctx, input.id),

  'dossiers.list': (ctx, input) => dossiers.listDossiers(ctx, input),
  'dossiers.get': (ctx, input) => dossiers.getDossier(ctx, input.id),
  'dossiers.create': (ctx, input) => dossiers.createDossier(ctx, input),
  'dossiers.update': (ctx, input) => dossiers.updateDossier(ctx, input),
  'dossiers.delete': (ctx, input) => dossiers.deleteDossier(ctx, input.id),
  'dossiers.setMeeting': (ctx, input) => dossiers.setMeeting(ctx, input),
  'dossiers.addNominee': (ctx, input) => dossiers.addNominee(ctx, input),
  'dossiers.updateNominee': (ctx, input) => dossiers.updateNominee(ctx, input),
  'dossiers.voteThreshold': (ctx, input) => dossiers.dossierVoteThreshold(ctx, input.id),
  'dossiers.setVotes': (ctx, input) => dossiers.setVotes(ctx, input),
  'dossiers.removeNominee': (ctx, input) => dossiers.removeNominee(ctx, input),
  'dossiers.restoreNominee': (ctx, input) => dossiers.restoreNominee(ctx, input),
  'dossiers.eligibility': (ctx, input) => dossiers.dossierEligibility(ctx, input.id),
  'dossiers.documents': (ctx, input) => dossiers.documentStatus(ctx, input.id),
  'dossiers.attach': (ctx, input) => dossiers.attachDocument(ctx, input),
  'dossiers.detach': (ctx, input) => dossiers.detachDocument(ctx, input),
  'dossiers.attachment': (ctx, input) => dossiers.readAttachment(ctx, input.documentId),
  'dossiers.markReady': (ctx, input) => dossiers.markReady(ctx, input),
  'dossiers.decision': (ctx, input) => dossiers.dossierDecision(ctx, input.id),
  'dossiers.confirmProof': (ctx, input) => dossiers.confirmProof(ctx, input),
  'dossiers.unconfirmProof': (ctx, input) => dossiers.unconfirmProof(ctx, input),

  'initiatives.rounds': (ctx, input) => initiatives.listRounds(ctx, input.year),
  'initiatives.createDefaultRounds': (ctx, input) => initiatives.createDefaultRounds(ctx, input.year),
  'initiatives.createRound': (ctx, input) => initiatives.createRound(ctx, input),
  'initiatives.updateRound': (ctx, input) => initiatives.updateRound(ctx, input),
  'initiatives.setRoundStatus': (ctx, input) => initiatives.setRoundStatus(ctx, input),
  'initiatives.keepRoundOpen': (ctx, input) => initiatives.keepRoundOpen(ctx, input),
  'initiatives.setCouncil': (ctx, input) => initiatives.setCouncil(ctx, input),
  'initiatives.list': (ctx, input) => initiatives.listInitiatives(ctx, input),
  'initiatives.get': (ctx, input) => initiatives.initiativeDetail(ctx, input.id),
  'initiatives.create': (ctx, input) => initiatives.createInitiative(ctx, input),
  'initiatives.update': (ctx, input) => initiatives.updateInitiative(ctx, input),
  'initiatives.delete': (ctx, input) => initiatives.deleteInitiative(ctx, input.id),
  'initiatives.receive': (ctx, input) => initiatives.receiveInitiative(ctx, input),
  'initiatives.assignRound': (ctx, input) => initiatives.assignRound(ctx, input),
  'initiatives.score': (ctx, input) => initiatives.addScore(ctx, input),
  'initiatives.updateScore': (ctx, input) => initiatives.updateScore(ctx, input),
  'initiatives.removeScore': (ctx, input) => initiatives.removeScore(ctx, input.sheetId),
  'initiatives.decide': (ctx, input) => initiatives.decideInitiative(ctx, input),
  'initiatives.undoDecision': (ctx, input) => initiatives.undoDecision(ctx, input.id),
  'initiatives.ofPerson': (ctx, input) => initiatives.initiativesOfPerson(ctx, input.personId),
  'initiatives.deadlines': (ctx, input) => initiatives.initiativeDeadlines(ctx, input.year),

  'inspections.templates': (ctx, input) => inspections.listTemplates(ctx, input),
  'inspections.template': (ctx, input) => inspections.getTemplate(ctx, input.id),
  'inspections.saveTemplate': (ctx, input) => inspections.saveTemplate(ctx, input),
  'inspections.plans': (ctx, input) => inspections.listPlans(ctx, input),
  'inspections.getPlan': (ctx, input) => inspections.getPlan(ctx, input.id),
  'inspections.createPlan': (ctx, input) => inspections.createPlan(ctx, input),
  'inspections.updatePlan': (ctx, input) => inspections.updatePlan(ctx, input),
  'inspections.deletePlan': (ctx, input) => inspections.deletePlan(ctx, input.id),
  'inspections.setRecommendations': (ctx, input) => inspections.setRecommendations(ctx, input),
  'inspections.list': (ctx, input) => inspections.listInspections(ctx, input),
  'inspections.get': (ctx, input) => inspections.getInspection(ctx, input.id),
  'inspections.update': (ctx, input) => inspections.updateInspection(ctx, input),
  'inspections.start': (ctx, input) => inspections.startInspection(ctx, input.id),
  'inspections.answer': (ctx, input) => inspections.answerItem(ctx, input),
  'inspections.selfAssess': (ctx, input) => inspections.selfAssess(ctx, input),
  'inspections.selfAssessment': (ctx, input) => inspections.unitSelfAssessment(ctx, input.planId),
  'inspections.saveSelfAssessment': (ctx, input) => inspections.saveUnitSelfAssessment(ctx, input),
  'inspections.finish': (ctx, input) => inspections.finishInspection(ctx, input),
  'inspections.reopen': (ctx, input) => inspections.reopenInspection(ctx, input.id),
  'inspections.attach': (ctx, input) => inspections.attachEvidence(ctx, input),
  'inspections.detach': (ctx, input) => inspections.detachEvidence(ctx, input),
  'inspections.evidence': (ctx, input) => inspections.readEvidence(ctx, input.evidenceId),
  'inspections.summary': (ctx, input) => inspections.inspectionSummaryOf(ctx, input),

  'backup.status': (ctx) => backup.backupStatus(ctx),
  'backup.list': (ctx) => backup.listLocalBackups(ctx),
  'backup.create': async (ctx, input) => {
    if (input.toDir) return backup.writeArchive(ctx, { toDir: input.toDir, passphrase: input.passphrase });
    const rec = backup.toRow(await backup.createBackup(ctx, 'manual'));
    return { file: rec.path, size: rec.size, local: rec };
  },
  'backup.preview': (ctx, input) => backup.previewRestore(ctx, input),
  'backup.restore': (ctx, input) => backup.restoreBackup(ctx, input),
  'backup.setRetention': (ctx, input) => backup.setRetention(ctx, input),
  'settings.get': (ctx) => installation.getDocumentSettings(ctx),
  'settings.save': (ctx, input) => installation.saveDocumentSettings(ctx, input),
  'settings.numbers': (ctx, input) => installation.listNumbers(ctx, input.year),
  'settings.nextNumber': (ctx, input) => installation.nextNumber(ctx, input.year, input.kind),
  'settings.takeNumber': (ctx, input) => installation.takeNumber(ctx, input),

  'print.kinds': () => printKinds(),
  'print.dossierParts': (ctx, input) => dossierFileNames(ctx, input.id),
  'print.getOffsets': (ctx, input) => getOffsets(ctx, input.kind),
  'print.setOffsets': (ctx, input) => setOffsets(ctx, input.kind, { topMm: input.topMm, leftMm: input.leftMm }),
  'print.dossierSet': async (ctx, input) =>
    (await dossierDocuments(ctx, input.id)).map((d) => ({ fileName: d.fileName, contentBase64: d.bytes.toString('base64'), ...(d.warning ? { warning: d.warning } : {}) })),
  'print.document': async (ctx, input) => {
    // A báo cáo over its form's page limit prints all the same, with a warning.
    const doc = await renderDocument(ctx, input.kind, input.id);
    return { fileName: doc.fileName, contentBase64: doc.bytes.toString('base64'), ...(doc.warning ? { warning: doc.warning } : {}) };
  },
  'print.dossierToFolder': (ctx, input) => startDossierPrint(ctx, input),
  'print.job': (ctx, input) => dossierPrintJob(ctx, input.jobId),
  'print.cancelJob': (ctx, input) => cancelDossierPrint(ctx, input.jobId),

  'drafts.get': (ctx, input) => drafts.getDraft(ctx, input.key),
  'drafts.save': (ctx, input) => drafts.saveDraft(ctx, input),
  'drafts.clear': (ctx, input) => drafts.clearDraft(ctx, input.key),
  'drafts.list': (ctx) => drafts.listDrafts(ctx),
  'achievementReports.get': (ctx, input) => achievementReports.getAchievementReport(ctx, input.nomineeId),
  'achievementReports.save': (ctx, input) => achievementReports.saveAchievementReport(ctx, input),
  'history.list': (ctx, input) => core.recordHistory(ctx, input),
  'history.restore': (ctx, input) => core.restoreVersion(ctx, input),
  'complaints.list': (ctx, input) => complaints.listComplaints(ctx, input),
  'complaints.get': (ctx, input) => complaints.getComplaint(ctx, input.id),
  'complaints.create': (ctx, input) => complaints.createComplaint(ctx, input),
  'complaints.addStep': (ctx, input) => complaints.addComplaintStep(ctx, input),
  'complaints.close': (ctx, input) => complaints.closeComplaint(ctx, input),
  'statistics.forms': (ctx, input) => statistics.statisticsForms(ctx, input.year),
  'statistics.compute': (ctx, input) => statistics.computeStatistics(ctx, input),
  'statistics.cell': (ctx, input) => statistics.statisticsCell(ctx, input),
  'review.get': (ctx, input) => review.getReview(ctx, input),
  'review.saveTexts': (ctx, input) => review.saveReviewTexts(ctx, input),
  'review.publish': (ctx, input) => review.publishReview(ctx, input),
  'review.rollup': (ctx, input) => review.reviewRollup(ctx, input),
  'clusters.list': (ctx, input) => clusters.listClusters(ctx, input),
  'clusters.get': (ctx, input) => clusters.getCluster(ctx, input.id),
  'clusters.criteria': (ctx, input) => {
    const s = clusters.criteriaFor(ctx, input.kind, input.year);
    return { id: s.id, title: s.title, legalBasis: s.legalBasis, version: s.version, items: s.items };
  },
  'clusters.create': (ctx, input) => clusters.createCluster(ctx, input),
  'clusters.update': (ctx, input) => clusters.updateCluster(ctx, input),
  'clusters.setPledge': (ctx, input) => clusters.setPledge(ctx, input),
  'clusters.score': (ctx, input) => clusters.scoreMember(ctx, input),
  'clusters.setVote': (ctx, input) => clusters.setClusterVote(ctx, input),
  'clusters.rollOver': (ctx, input) => clusters.rollOverCluster(ctx, input.id),
  'clusters.propose': (ctx, input) => clusters.proposeFromVote(ctx, input),
  'complaints.linkDossier': (ctx, input) => complaints.linkComplaintDossier(ctx, input),
  'complaints.unlinkDossier': (ctx, input) => complaints.unlinkComplaintDossier(ctx, input),
  'complaints.setSendContent': (ctx, input) => complaints.setComplaintSendContent(ctx, input),
  'complaints.forDossier': (ctx, input) => complaints.complaintsForDossier(ctx, input.dossierId),
  'examples.list': (ctx, input) => examples.listExamples(ctx, input),
  'examples.get': (ctx, input) => examples.getExample(ctx, input.id),
  'examples.create': (ctx, input) => examples.createExample(ctx, input),
  'examples.update': (ctx, input) => examples.updateExample(ctx, input),
  'examples.delete': (ctx, input) => examples.deleteExample(ctx, input.id),
  'examples.awardChoices': (ctx, input) => examples.awardChoices(ctx, input),
  'examples.conferences': (ctx) => examples.listConferences(ctx),
  'examples.saveConference': (ctx, input) => examples.saveConference(ctx, input),
};

/** The contract called from inside main (the demo goes through it like a clerk would): input parsed as the host does. */
function through(ctx: ServiceContext) {
  return async <N extends ApiName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>> => {
    const parsed: unknown = api[name].input.parse(deepNfc(input ?? {}));
    return (await (handlers[name] as (c: ServiceContext, i: unknown) => unknown)(ctx, parsed)) as ApiOutput<N>;
  };
}
