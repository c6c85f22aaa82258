import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

/**
 * The project's own document checker: reads a printed DOCX back as the province's reviewer would
 * (NĐ 30/2020/NĐ-CP, Phụ lục I) and, through LibreOffice, page by page.
 */
export interface Doc {
  kind: string;
  fileName: string;
  xml: string;
  /** One paragraph per line, trimmed, empty ones dropped; no-break spaces read as spaces. */
  lines: string[];
  text: string;
}

export function readDocx(kind: string, fileName: string, bytes: Buffer): Doc {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  const text = xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\u00A0/g, ' ');
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return { kind, fileName, xml, lines, text };
}

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';
/** "Số: 05/QĐ-UBND" or "Số:        /TTr-HĐTĐKT": a ký hiệu of letters and digits joined by hyphens. */
export const NUMBER_LINE = /^Số:\s*(\d{2,})?\s*\/[A-Za-zĐđ][A-Za-zĐđ0-9]*(-[A-Za-zĐđ0-9]+)+$/u;
/** "Tân Phong, ngày 05 tháng 02 năm 2026" (leading zeros for day < 10 and months 1–2), or blanks for the pen. */
export const PLACE_DATE = (place: string) => new RegExp(`^${place}, ngày (\\d{2} tháng (0[12]|[3-9]|1[0-2]) năm \\d{4}|…… tháng …… năm ……)$`, 'u');
/** A căn cứ line names the document with its date: "… ngày 15 tháng 6 năm 2022 …". */
export const DATED = /ngày \d{2} tháng \d{1,2} năm \d{4}/u;

/** The paragraph right after the trích yếu carries the short rule (a top border). */
export function hasRuleUnder(xml: string, summary: string): boolean {
  const paras = [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p\/>/gs)].map((m) => m[0]);
  const i = paras.findIndex((p) => p.replace(/<[^>]+>/g, '').includes(summary));
  return i >= 0 && /<w:pBdr>\s*<w:top /u.test(paras[i + 1] ?? '');
}

export const hasSoffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** DOCX files → PDF with LibreOffice (one call), then each PDF's pages as text (collapsed spaces). */
export function pdfPages(dir: string, files: string[]): Map<string, string[]> {
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo`, '--convert-to', 'pdf', '--outdir', dir, ...files], { timeout: 300_000, stdio: 'ignore' });
  const out = new Map<string, string[]>();
  for (const f of files) {
    const pdf = path.join(dir, path.basename(f).replace(/\.docx$/u, '.pdf'));
    if (!fs.existsSync(pdf)) continue;
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).normalize('NFC');
    out.set(path.basename(f), text.split('\f').filter((p) => p.trim()).map((p) => p.replace(/\s+/gu, ' ')));
  }
  return out;
}
