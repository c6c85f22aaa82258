// Thông báo công khai (Luật TĐKT 2022, Điều 84 khoản 5): checks, and the record of each notice printed from a dossier.
export * from './notices';
