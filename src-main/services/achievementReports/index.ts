// Báo cáo thành tích per dossier nominee, structured by the decree's forms (resources/reports): the form chosen by award and reference date, filled from the registry and the award history, saved with an audit row.
export * from './forms';
export * from './reports';
