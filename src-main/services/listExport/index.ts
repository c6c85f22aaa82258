// "Xuất Excel": the people, dossier and initiative lists as filtered on screen, every page, written to an .xlsx in a chosen folder.
export * from './exportXlsx';
