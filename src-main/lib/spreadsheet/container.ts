// Reading clerks' spreadsheets: the .xlsx container and its cells (container.ts, read.ts); the preview
// and mapping a clerk sees are in services/spreadsheet.
/**
 * What kind of file a clerk picked, read from its bytes before any parser sees it, so each
 * wrong kind gets a sentence that says what to do:
 *
 * - .xlsx is a ZIP ("PK\x03\x04"). We read the ZIP's central directory ourselves (no
 *   dependency): it must list xl/workbook.xml, and the sizes it declares bound what exceljs
 *   would inflate (a guard against a "zip bomb"). A directory that cannot be read is a
 *   corrupt file.
 * - .xls (Excel 97-2003) and a password-protected .xlsx are both OLE compound files (CFB,
 *   "D0 CF 11 E0 A1 B1 1A E1"). Excel encrypts an .xlsx by wrapping it in a CFB whose root
 *   holds the streams "EncryptionInfo" and "EncryptedPackage"; an .xls holds a "Workbook"
 *   (BIFF8) or "Book" (BIFF5) stream. We follow the CFB header's FAT (found through the
 *   DIFAT in the header and its chain) to read the directory sectors and list the entry
 *   names, as [MS-CFB] §2.2–2.6 describe. Nothing else of the file is interpreted.
 */
import zlib from 'node:zlib';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export type Container =
  | { kind: 'zip'; entries: ZipEntry[] }
  | { kind: 'cfb'; names: string[] }
  | { kind: 'unknown' };

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export class ContainerError extends Error {}

export function sniff(bytes: Buffer): Container {
  if (bytes.length >= 4 && bytes.subarray(0, 4).equals(ZIP_MAGIC)) return { kind: 'zip', entries: zipEntries(bytes) };
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(CFB_MAGIC)) return { kind: 'cfb', names: cfbNames(bytes) };
  return { kind: 'unknown' };
}

// ---------------------------------------------------------------------------------------
// ZIP central directory (APPNOTE.TXT §4.3.12, §4.3.16; ZIP64 §4.3.14–15)

export function zipEntries(bytes: Buffer): ZipEntry[] {
  const eocd = findEocd(bytes);
  if (eocd < 0) throw new ContainerError('no end of central directory');
  let count = bytes.readUInt16LE(eocd + 10);
  let cdSize = bytes.readUInt32LE(eocd + 12);
  let cdOffset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || bytes.readUInt32LE(loc) !== 0x07064b50) throw new ContainerError('zip64 locator missing');
    const z64 = Number(bytes.readBigUInt64LE(loc + 8));
    if (z64 + 56 > bytes.length || bytes.readUInt32LE(z64) !== 0x06064b50) throw new ContainerError('zip64 eocd missing');
    count = Number(bytes.readBigUInt64LE(z64 + 32));
    cdSize = Number(bytes.readBigUInt64LE(z64 + 40));
    cdOffset = Number(bytes.readBigUInt64LE(z64 + 48));
  }
  if (cdOffset + cdSize > bytes.length) throw new ContainerError('central directory out of bounds');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== 0x02014b50) throw new ContainerError('bad central directory entry');
    const nameLen = bytes.readUInt16LE(p + 28);
    const extraLen = bytes.readUInt16LE(p + 30);
    const commentLen = bytes.readUInt16LE(p + 32);
    let compressedSize = bytes.readUInt32LE(p + 20);
    let size = bytes.readUInt32LE(p + 24);
    let localOffset = bytes.readUInt32LE(p + 42);
    const extra = bytes.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen);
    // ZIP64 extended information: the 0xFFFFFFFF fields, in order, as 8-byte values.
    for (let e = 0; e + 4 <= extra.length; ) {
      const id = extra.readUInt16LE(e);
      const len = extra.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        const next = () => {
          const v = q + 8 <= e + 4 + len ? Number(extra.readBigUInt64LE(q)) : 0;
          q += 8;
          return v;
        };
        if (size === 0xffffffff) size = next();
        if (compressedSize === 0xffffffff) compressedSize = next();
        if (localOffset === 0xffffffff) localOffset = next();
      }
      e += 4 + len;
    }
    entries.push({
      name: bytes.toString('utf8', p + 46, p + 46 + nameLen),
      method: bytes.readUInt16LE(p + 10),
      compressedSize,
      size,
      localOffset,
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function findEocd(bytes: Buffer): number {
  const min = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= min; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return i;
  }
  return -1;
}

/** The uncompressed content of one entry (stored or deflated). */
export function zipRead(bytes: Buffer, entry: ZipEntry): Buffer {
  const p = entry.localOffset;
  if (p + 30 > bytes.length || bytes.readUInt32LE(p) !== 0x04034b50) throw new ContainerError('bad local header');
  const start = p + 30 + bytes.readUInt16LE(p + 26) + bytes.readUInt16LE(p + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return Buffer.from(data);
  if (entry.method === 8) return zlib.inflateRawSync(data, { maxOutputLength: Math.max(entry.size, 1) + 1024 });
  throw new ContainerError(`compression method ${entry.method}`);
}

// ---------------------------------------------------------------------------------------
// OLE compound file directory ([MS-CFB])

const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const MAXREGSECT = 0xfffffffa;

/** Names of the entries in a compound file's directory ("Root Entry", "Workbook", "EncryptionInfo"…). */
export function cfbNames(bytes: Buffer): string[] {
  if (bytes.length < 512) throw new ContainerError('cfb header truncated');
  const shift = bytes.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) throw new ContainerError('cfb sector size');
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor((bytes.length - sectorSize) / sectorSize) + 1;
  const offset = (sid: number) => (sid + 1) * sectorSize;
  const u32 = (sid: number, i: number) => {
    const at = offset(sid) + i * 4;
    if (at + 4 > bytes.length) throw new ContainerError('cfb sector out of bounds');
    return bytes.readUInt32LE(at);
  };

  // FAT sector numbers: 109 in the header, then the DIFAT chain (last slot of each links on).
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const sid = bytes.readUInt32LE(0x4c + i * 4);
    if (sid <= MAXREGSECT) fatSectors.push(sid);
  }
  const perSector = sectorSize / 4;
  let difat = bytes.readUInt32LE(0x44);
  for (let guard = 0; difat <= MAXREGSECT && guard < sectorCount; guard++) {
    for (let i = 0; i < perSector - 1; i++) {
      const sid = u32(difat, i);
      if (sid <= MAXREGSECT) fatSectors.push(sid);
    }
    difat = u32(difat, perSector - 1);
  }
  const next = (sid: number): number => {
    const fatIndex = Math.floor(sid / perSector);
    const fatSid = fatSectors[fatIndex];
    if (fatSid === undefined) throw new ContainerError('cfb fat out of range');
    return u32(fatSid, sid % perSector);
  };

  const names: string[] = [];
  let dir = bytes.readUInt32LE(0x30);
  const visited = new Set<number>();
  while (dir !== ENDOFCHAIN && dir !== FREESECT) {
    if (dir > MAXREGSECT || visited.has(dir) || dir >= sectorCount) throw new ContainerError('cfb directory chain');
    visited.add(dir);
    for (let e = 0; e < sectorSize / 128; e++) {
      const at = offset(dir) + e * 128;
      if (at + 128 > bytes.length) throw new ContainerError('cfb directory truncated');
      const type = bytes[at + 0x42];
      const nameLen = bytes.readUInt16LE(at + 0x40);
      if (!type || nameLen < 2 || nameLen > 64) continue; // unused entry
      names.push(bytes.toString('utf16le', at, at + nameLen - 2));
    }
    dir = next(dir);
  }
  return names;
}
