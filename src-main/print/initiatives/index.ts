// Initiative papers: receipt, evaluation sheet, council minutes, decision, certificate.
export { receiptDocument } from './receipt';
export { evaluationDocument } from './evaluation';
export { minutesDocument } from './minutes';
export { decisionDocument } from './decision';
export { certificateDocument, CERTIFICATE_KIND } from './certificate';
