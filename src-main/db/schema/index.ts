// The database schema, one file per capability; drizzle-kit reads these files (drizzle.config.ts).
export * from './core';
export * from './dossiers';
export * from './exchange';
export * from './initiatives';
export * from './inspections';
export * from './registrations';
export * from './keys';
export * from './reports';
export * from './plans';
export * from './complaints';
export * from './review';
export * from './clusters';
export * from './examples';
