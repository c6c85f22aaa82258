// Backups and restore: automatic copies in the data folder (daily, before imports, restores and
// migrations), a single file with the database and the key for a USB stick, a restore with a
// preview and a safety copy first, and the integrity checks that guard every import.
export * from './local';
export * from './archive';
export * from './restore';
