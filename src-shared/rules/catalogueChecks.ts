// Checks of one catalogue award beyond its shape (kept apart from catalogue.ts, which holds the
// schema): every award cites an article, its report form belongs to its rule set's decree, and
// another route to the same title names an award of the same set.

interface SetLike {
  legalBasis: string;
  awards: readonly { code: string }[];
}
interface AwardLike {
  code: string;
  legalBasis: string;
  reportForm: string;
  sameTitleAs?: string | undefined;
}

const DECREES: Record<string, string> = { nd152: 'NĐ 152/2025/NĐ-CP', nd98: 'NĐ 98/2023/NĐ-CP' };

export function checkAwardExtras(rs: SetLike, a: AwardLike, issue: (path: PropertyKey[], message: string) => void): void {
  if (!/Điều \d+/u.test(a.legalBasis)) {
    issue(['legalBasis'], `Căn cứ pháp lý của “${a.code}” phải nêu điều, khoản của văn bản (ví dụ “Luật TĐKT 2022, Điều 24 khoản 3”).`);
  }
  const decree = DECREES[/^(nd152|nd98)-/u.exec(a.reportForm)?.[1] ?? ''];
  if (decree && !rs.legalBasis.includes(decree)) {
    issue(['reportForm'], `Mẫu báo cáo “${a.reportForm}” thuộc ${decree}, không thuộc bộ quy tắc này (${rs.legalBasis}).`);
  }
  if (a.sameTitleAs !== undefined && (a.sameTitleAs === a.code || !rs.awards.some((x) => x.code === a.sameTitleAs))) {
    issue(['sameTitleAs'], `“${a.sameTitleAs}” không phải một khen thưởng khác trong cùng bộ quy tắc.`);
  }
}
