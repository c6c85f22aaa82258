// Commendation dossiers (hồ sơ đề nghị khen thưởng): nominees, council vote, documents, eligibility against the award catalogue, and the award history (khen thưởng đã nhận) with its spreadsheet import, and the upper level's decision on a dossier per nominee.
export * from './dossiers';
export * from './documents';
export * from './eligibility';
export * from './catalogue';
export * from './awardHistory';
export * from './awardHistoryImport';
export * from './decision';
export * from './membership';
export * from './votes';
export * from './proofs';
