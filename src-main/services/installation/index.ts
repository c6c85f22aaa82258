// This installation: first-run setup, its own unit and clerk, its signing key (checked against the registered one, rotated), and the check that a record is its own to change; its document settings (heading, signers, ký hiệu) and the register of outgoing numbers.
export * from './installation';
export * from './key';
export * from './setup';
export * from './documentSettings';
export * from './outgoingNumbers';
