/**
 * Reading a clerk's table (rows pasted from Excel, or a sheet of an .xlsx read in the main
 * process) into fields: where the header row is, which column holds which field, and a
 * stable signature of the layout so the mapping can be remembered. Pure: no Node, no DOM.
 *
 * The work is split by step; this module keeps the paste reader and re-exports the rest, so
 * callers import everything from here: the fields and header words (tabularFields.ts),
 * finding the header row (tabularHeader.ts), columns to fields (tabularMapping.ts).
 */
export * from './tabularFields';
export * from './tabularHeader';
export * from './tabularMapping';

/** A row of a table with its 1-based line number in the source (for "Dòng 7: ..." messages). */
export interface TableRow {
  line: number;
  cells: string[];
}

// ---------------------------------------------------------------------------------------
// Paste

/**
 * Rows as Excel puts them on the clipboard: cells separated by tabs, rows by CRLF (or LF). A
 * cell holding a tab, a line break or a quote is written in double quotes with inner quotes
 * doubled. A cell that merely starts with a quote ("Anh hùng" lao động) is not quoted by
 * Excel, so an opening quote counts only when its closing quote ends the cell; otherwise the
 * quote is kept as text. Empty rows are left out; `line` is the row's 1-based position in the
 * paste (a quoted multi-line cell stays one row), so messages name the row the clerk copied.
 */
export function parsePaste(input: string): TableRow[] {
  const s = input.replace(/^\uFEFF/, '');
  const rows: TableRow[] = [];
  let cells: string[] = [];
  let rowNo = 1;
  let i = 0;
  const endRow = () => {
    if (cells.some((c) => c.trim() !== '')) rows.push({ line: rowNo, cells });
    cells = [];
    rowNo++;
  };
  while (i < s.length) {
    // At the start of a cell.
    if (s[i] === '"') {
      const quoted = readQuoted(s, i);
      if (quoted) {
        cells.push(quoted.text);
        i = quoted.end;
        if (i >= s.length) break;
        if (s[i] === '\t') {
          i++;
          if (i >= s.length) cells.push('');
          continue;
        }
        i += s[i] === '\r' && s[i + 1] === '\n' ? 2 : 1;
        endRow();
        continue;
      }
    }
    let j = i;
    while (j < s.length && s[j] !== '\t' && s[j] !== '\n' && s[j] !== '\r') j++;
    cells.push(s.slice(i, j));
    if (j >= s.length) {
      i = j;
      break;
    }
    if (s[j] === '\t') {
      i = j + 1;
      if (i >= s.length) cells.push('');
      continue;
    }
    i = j + (s[j] === '\r' && s[j + 1] === '\n' ? 2 : 1);
    endRow();
  }
  if (cells.length) endRow();
  return rows;
}

/** A quoted cell starting at `start`, if its closing quote is followed by a tab, a line end or the end. */
function readQuoted(s: string, start: number): { text: string; end: number } | null {
  let text = '';
  let i = start + 1;
  while (i < s.length) {
    const ch = s[i];
    if (ch === '"') {
      if (s[i + 1] === '"') {
        text += '"';
        i += 2;
        continue;
      }
      const next = s[i + 1];
      if (next === undefined || next === '\t' || next === '\r' || next === '\n') return { text, end: i + 1 };
      return null;
    }
    text += ch;
    i++;
  }
  return null;
}
