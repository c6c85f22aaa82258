import zlib from 'node:zlib';
import { Packer, type Document } from 'docx';

/**
 * A docx Document to DOCX bytes, faster than Packer.toBuffer for the same package.
 *
 * docx compiles a document to its parts (word/document.xml, styles, headers, …) and zips them
 * with fflate's DEFLATE in JavaScript, a third of the time of a printed dossier (about 4 ms a
 * document). Here the same parts, compiled by the same compiler Packer.toBuffer uses, are zipped
 * with Node's native zlib at the same level: the same files with the same contents, in the same
 * order, only deflated natively. Should a docx release stop exposing its compiler, Packer.toBuffer
 * is used as before (tests/unit/print/docx-pack.test.ts compares both on every dossier document).
 */
type Parts = Map<string, string | Uint8Array>;
interface Compiler { compile(file: Document): Parts }

const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;

export async function packDocx(doc: Document): Promise<Buffer> {
  if (typeof compiler?.compile !== 'function') return Packer.toBuffer(doc);
  return zipParts(compiler.compile(doc));
}

/** The parts Packer.toBuffer would zip, by path in zip order (for the comparison test). */
export function docxParts(doc: Document): Parts | null {
  return typeof compiler?.compile === 'function' ? compiler.compile(doc) : null;
}

// 1980-01-01 00:00 in MS-DOS form: the same bytes for the same parts, whenever they are packed.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** A ZIP archive (PKWARE APPNOTE 6.3: local headers, data, central directory, end record), each file deflated. */
export function zipParts(files: Parts): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [path, data] of files) {
    const raw = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const deflated = zlib.deflateRawSync(raw, { level: 6 });
    // A file that does not shrink is stored, as an archiver would.
    const stored = deflated.length >= raw.length;
    const body = stored ? raw : deflated;
    const name = Buffer.from(path, 'utf8');
    const ascii = name.length === path.length;
    const crc = zlib.crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(ascii ? 0 : 0x0800, 6); // bit 11: the name is UTF-8
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(raw.length, 22);
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
