// This installation: first-run setup, its own unit and clerk, its signing key (checked against the registered one, rotated), and the check that a record is its own to change.
export * from './installation';
export * from './key';
export * from './setup';
