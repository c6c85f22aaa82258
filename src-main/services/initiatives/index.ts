// Initiative recognition (công nhận sáng kiến): applications, rounds (đợt) with their council and score sheet, the council's scores and decisions.
export * from './applications';
export * from './rounds';
export * from './council';
