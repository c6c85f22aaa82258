// The registry every capability refers to: units (hierarchy as data), people, collectives, and matching typed or imported names to people.
export * from './units';
export * from './unitImport';
export * from './people';
export * from './collectives';
export * from './personMatch';
export * from './samePerson';
