// iCalendar (RFC 5545) for the clerk's phone calendar: all-day events, one per dated obligation.
// Pure: the caller gives the stamp time; the text is CRLF lines folded at 75 octets.

export interface IcsEvent {
  /** Globally unique and stable for the same obligation, so a re-import updates instead of duplicating. */
  uid: string;
  /** "yyyy-mm-dd": the all-day event's day. */
  date: string;
  summary: string;
  description?: string;
}

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, and newlines as "\n". */
export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Octets of one character in UTF-8. */
function utf8Length(ch: string): number {
  const c = ch.codePointAt(0)!;
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

/**
 * Folds one content line (RFC 5545 §3.1): no physical line longer than 75 octets of UTF-8,
 * continuation lines start with one space; a multi-byte character is never cut in two.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let cur = '';
  let bytes = 0;
  let limit = 75;
  for (const ch of line) {
    const n = utf8Length(ch);
    if (bytes + n > limit) {
      out.push(cur);
      cur = ' ';
      bytes = 1;
      limit = 75;
    }
    cur += ch;
    bytes += n;
  }
  out.push(cur);
  return out.join('\r\n');
}

const basic = (iso: string) => iso.replace(/-/g, '');

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** "20260315T010000Z" from an instant. */
export function icsStamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** A whole calendar: VCALENDAR with one all-day VEVENT (VALUE=DATE, DTEND the next day) per event. */
export function buildIcs(o: { prodId: string; name: string; stamp: Date; events: readonly IcsEvent[] }): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${o.prodId}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(o.name)}`];
  const stamp = icsStamp(o.stamp);
  for (const e of o.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basic(e.date)}`,
      `DTEND;VALUE=DATE:${basic(nextDay(e.date))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
