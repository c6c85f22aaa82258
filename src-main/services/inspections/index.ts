// Inspections of TĐKT work (kiểm tra công tác thi đua, khen thưởng): versioned checklists, plans, fieldwork per unit, the unit's self-assessment, the year's summary.
export * from './inspections';
export * from './plans';
export * from './selfAssessment';
export * from './templates';
