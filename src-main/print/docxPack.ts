import zlib from 'node:zlib';
import { Packer, type Document } from 'docx';
import { useFragments, withFragments } from './docxFragments';

/**
 * A docx Document to DOCX bytes, faster than Packer.toBuffer for the same package.
 *
 * docx compiles a document to its parts (word/document.xml, styles, headers, …) and zips them
 * with fflate's DEFLATE in JavaScript, a third of the time of a printed dossier (about 4 ms a
 * document). Here the same parts, compiled by the same compiler Packer.toBuffer uses, are zipped
 * with Node's native zlib at the same level: the same files with the same contents, in the same
 * order, only deflated natively. Should a docx release stop exposing its compiler, Packer.toBuffer
 * is used as before (tests/unit/print/docx-pack.test.ts compares the two packages part by part).
 */
type Parts = Map<string, string | Uint8Array>;
interface Compiler { compile(file: Document): Parts }

const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;
// Fragments (docxFragments.ts) are settled after our compile; Packer.toBuffer would write their marks.
if (typeof compiler?.compile !== 'function') useFragments(false);

/**
 * `shell` names a family of documents that differ only in their body and title (layout.ts's
 * documentOf: same styles, headers, settings). Their other parts are the same text every time, so
 * after the first they are not formatted again: the parts docx formats from the document's own
 * components are stood in for while it compiles and the texts of the first are put in their place.
 * The first document of a shell is compiled both ways and the stand-ins are used only if every
 * part then agrees; a document with media (which changes the package) is always compiled whole.
 */
export async function packDocx(doc: Document, shell?: string): Promise<Buffer> {
  if (typeof compiler?.compile !== 'function') return Packer.toBuffer(doc);
  const compile = (d: Document) => withFragments(() => compiler.compile(d));
  if (!shell || hasMedia(doc)) return zipParts(compile(doc));
  const known = shells.get(shell);
  if (known === undefined) {
    const whole = compile(doc);
    const quick = withStandIns(doc, compile);
    shells.set(shell, quick ? sameBut(whole, quick) : null);
    return zipParts(whole);
  }
  if (known === null) return zipParts(compile(doc));
  const quick = withStandIns(doc, compile);
  if (!quick) return zipParts(compile(doc));
  let stood = 0;
  for (const [path, data] of quick) {
    if (typeof data === 'string' && data.includes(MARK)) {
      const text = known.get(path);
      if (text === undefined) return zipParts(compile(doc));
      quick.set(path, text);
      stood++;
    }
  }
  return stood === known.size ? zipParts(quick) : zipParts(compile(doc));
}

/** Whether documents of `shell` are packed with stand-ins (for tests). */
export const shellUsesStandIns = (shell: string): boolean => !!shells.get(shell);

const MARK = 'tdkt-same-every-time';
const STAND_IN = { [MARK]: {} };
/** Fixed parts by shell; null when the stand-ins did not agree for it. */
const shells = new Map<string, Map<string, string | Uint8Array> | null>();

interface Formattable { prepForXml?: unknown }
const hasMedia = (doc: Document) => ((doc as unknown as { Media?: { Array?: unknown[] } }).Media?.Array?.length ?? 0) > 0;

/** The components of the parts that do not depend on the body (never the document, its relationships, core properties or numbering). */
function fixedComponents(doc: Document): Formattable[] {
  const d = doc as unknown as Record<string, unknown> & { FontTable?: { View?: unknown }; FootNotes?: { View?: unknown }; Endnotes?: { View?: unknown }; Headers?: { View?: unknown }[] };
  const all = [d.Styles, d.Settings, d.Theme, d.FontTable?.View, d.ContentTypes, d.FileRelationships, d.AppProperties, d.CustomProperties, d.FootNotes?.View, d.Endnotes?.View, d.Comments, ...(d.Headers ?? []).map((h) => h.View)];
  // Only a method from the prototype is stood in for (and restored by deleting the own property).
  return all.filter((c): c is Formattable => !!c && typeof (c as Formattable).prepForXml === 'function' && !Object.hasOwn(c, 'prepForXml'));
}

/** The parts compiled with the fixed components standing in (restored after); null if there are none. */
function withStandIns(doc: Document, compile: (d: Document) => Parts): Parts | null {
  const parts = fixedComponents(doc);
  if (!parts.length) return null;
  for (const c of parts) c.prepForXml = () => STAND_IN;
  try {
    return compile(doc);
  } finally {
    for (const c of parts) delete c.prepForXml;
  }
}

/** The fixed parts' texts, when the quick compile equals the whole one everywhere else; else null. */
function sameBut(whole: Parts, quick: Parts): Map<string, string | Uint8Array> | null {
  if (whole.size !== quick.size) return null;
  const fixed = new Map<string, string | Uint8Array>();
  for (const [path, data] of quick) {
    const w = whole.get(path);
    if (w === undefined) return null;
    if (typeof data === 'string' && data.includes(MARK)) fixed.set(path, w);
    // core.xml carries the time of compiling; anything else must be the same.
    else if (path !== 'docProps/core.xml' && data !== w) return null;
  }
  return fixed.size ? fixed : null;
}

/** The parts Packer.toBuffer would zip, by path in zip order (for the comparison test). */
export function docxParts(doc: Document): Parts | null {
  return typeof compiler?.compile === 'function' ? withFragments(() => compiler.compile(doc)) : null;
}

// 1980-01-01 00:00 in MS-DOS form: the same bytes for the same parts, whenever they are packed.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

interface Packed { body: Buffer; stored: boolean; crc: number; size: number }

/**
 * Parts met before, by their text: most parts of every document (styles, theme, numbering,
 * settings, headers, …) are the same text each time, deflated once and reused. Bounded.
 */
const packedText = new Map<string, Packed>();
const PACKED_TEXTS = 64;

/** Parts that differ from one document to the next: never kept. */
const UNIQUE = new Set(['word/document.xml', 'docProps/core.xml']);

function packPart(path: string, data: string | Uint8Array): Packed {
  const keep = typeof data === 'string' && !UNIQUE.has(path);
  const known = keep ? packedText.get(data) : undefined;
  if (known) return known;
  const raw = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const deflated = zlib.deflateRawSync(raw, { level: 6 });
  // A file that does not shrink is stored, as an archiver would.
  const stored = deflated.length >= raw.length;
  const packed = { body: stored ? raw : deflated, stored, crc: zlib.crc32(raw), size: raw.length };
  if (keep) {
    if (packedText.size >= PACKED_TEXTS) packedText.clear();
    packedText.set(data, packed);
  }
  return packed;
}

/** A ZIP archive (PKWARE APPNOTE 6.3: local headers, data, central directory, end record), each file deflated. */
export function zipParts(files: Parts): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [path, data] of files) {
    const { body, stored, crc, size } = packPart(path, data);
    const name = Buffer.from(path, 'utf8');
    const ascii = name.length === path.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(ascii ? 0 : 0x0800, 6); // bit 11: the name is UTF-8
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // made by: MS-DOS, 2.0
    local.copy(entry, 6, 4, 30); // version needed … name length, as in the local header
    // extra length, comment length, disk number, internal and external attributes: 0
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, name, body);
    central.push(entry, name);
    offset += local.length + name.length + body.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.size, 8);
  end.writeUInt16LE(files.size, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, dir, end]);
}
