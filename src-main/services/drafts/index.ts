// Unsaved form contents kept in the database (drafts table): save, read back, clear, list.
export * from './drafts';
