// Emulation registrations (đăng ký thi đua): movements (phong trào), registrations and their entries, the quarter-one deadline, the year's overview, lists read from spreadsheets.
export * from './registrations';
export * from './movements';
export * from './deadline';
export * from './overview';
export * from './registrationImport';
export * from './duplicates';
