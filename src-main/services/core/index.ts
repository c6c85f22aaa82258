// What every capability uses: the service context (db, clock, data folder), the audit trail and transactions, a record's history and its earlier versions, the owner's life cycle of a record, the generic record lists, prepared statements reused on bulk paths.
export * from './audit';
export * from './context';
export * from './lifecycle';
export * from './records';
export * from './history';
export * from './statements';
export * from './keyset';
export * from './openWork';
