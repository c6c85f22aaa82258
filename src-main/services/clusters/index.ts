// Cụm, khối thi đua: members and rotating roles, the criteria table (resources/clusters), the giao ước, self and cluster scoring, the ranking, the suy tôn vote and the dossier it leads to.
export * from './criteria';
export * from './clusters';
export * from './scoring';
export * from './propose';
