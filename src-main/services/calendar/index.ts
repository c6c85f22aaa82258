// Lịch công việc: every dated obligation of a year (plans, registrations, initiatives, inspections) and its .ics export.
export * from './calendar';
