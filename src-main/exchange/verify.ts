import { isUtf8 } from 'node:buffer';
import { and, eq } from 'drizzle-orm';
import { parseEnvelope, LIMITS, ALLOWED_MIME, type Envelope } from '../../src-shared/exchange/envelope';
import { RECORD_TYPES } from '../../src-shared/records';
import { showable } from '../../src-shared/records/checks';
import { formatDate } from '../../src-shared/text';
import { IJsonError } from '../../src-shared/exchange/ijson';
import { parseIJsonFast } from '../../src-shared/exchange/ijsonCheck';
import { packages } from '../db/schema';
import { AppError } from '../errors';
import type { ServiceContext } from '../services/core';
import { requireInstallation } from '../services/installation';
import { sha256OfBase64, verifyPackageText } from './crypto';
import { findKey, type TrustedKey } from './trust';

/** A package that will not be applied, with the reason in plain Vietnamese. */
export class Refusal extends AppError {}

export interface VerifiedPackage {
  envelope: Envelope;
  senderKey: TrustedKey;
  /** Set when this packageId was imported before: nothing will change. */
  duplicateOf: { processedAt: string } | null;
}

const refuse = (code: string, message: string): never => {
  throw new Refusal(code, message);
};

/** Depth and string-size limits, checked without recursion so a hostile file cannot blow the stack. */
function scanShape(root: unknown): void {
  // `key` is the name this value sits under (for array items, the array's name), so that only
  // body.attachments[i].data, the one field that may be large, is exempt from the length limit.
  const stack: { v: unknown; depth: number; key: string; exempt: boolean }[] = [{ v: root, depth: 0, key: '', exempt: false }];
  while (stack.length) {
    const { v, depth, key, exempt } = stack.pop()!;
    if (depth > LIMITS.depth) refuse('TOO_DEEP', 'Gói có cấu trúc lồng nhau quá sâu; đây không phải gói do TĐKT Desktop tạo ra.');
    if (typeof v === 'string') {
      if (!exempt && v.length > LIMITS.stringChars) {
        refuse('FIELD_TOO_LONG', `Gói có một trường văn bản dài bất thường (${(v.length / 1e6).toFixed(1)} triệu ký tự); gói bị từ chối.`);
      }
    } else if (Array.isArray(v)) {
      for (const x of v) stack.push({ v: x, depth: depth + 1, key, exempt: false });
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        stack.push({ v: x, depth: depth + 1, key: k, exempt: k === 'data' && key === 'attachments' && depth === 3 });
      }
    }
  }
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const UNSAFE_NAME = /[/\\:\u0000-\u001f\u007f]|^\.\.?$|^\s|\s$/;

function checkAttachments(env: Envelope): void {
  env.body.attachments.forEach((a, i) => {
    const which = `Tệp đính kèm thứ ${i + 1} ("${a.name.slice(0, 80)}")`;
    if (UNSAFE_NAME.test(a.name) || a.name.includes('..')) refuse('BAD_ATTACHMENT', `${which} có tên không an toàn (chứa đường dẫn hoặc ký tự điều khiển).`);
    if (!(ALLOWED_MIME as readonly string[]).includes(a.mime)) refuse('BAD_ATTACHMENT', `${which} có kiểu "${a.mime}" không được phép (chỉ nhận PDF, JPEG, PNG, DOCX, XLSX).`);
    if (!BASE64.test(a.data)) refuse('BAD_ATTACHMENT', `${which} có nội dung mã hóa base64 bị hỏng.`);
    const decoded = sha256OfBase64(a.data);
    if (decoded.size !== a.size) refuse('BAD_ATTACHMENT', `${which} có kích thước không khớp (khai báo ${a.size} byte, thực tế ${decoded.size} byte).`);
    if (decoded.hex !== a.sha256) refuse('BAD_ATTACHMENT', `${which} có mã SHA-256 không khớp: nội dung đã bị thay đổi.`);
  });
}

/**
 * What must hold for the package as a whole: every record type known, and each record (type,
 * id) at most once. Each record's data and who may write it are judged one by one in the preview.
 */
function checkRecords(env: Envelope): void {
  // The ids seen, by record type (no joined key string per record).
  const seen = new Map<string, Set<string>>();
  env.body.records.forEach((r, i) => {
    const def = RECORD_TYPES[r.type];
    if (!def) refuse('BAD_RECORD', `Bản ghi thứ ${i + 1} có loại "${r.type.slice(0, 50)}" mà phiên bản này không biết; hãy cập nhật phần mềm.`);
    let ids = seen.get(r.type);
    if (!ids) seen.set(r.type, (ids = new Set()));
    const id = r.id.toLowerCase();
    if (ids.has(id)) {
      refuse('DUPLICATE_RECORD', `Bản ghi thứ ${i + 1} (${def!.label}, mã ${r.id}) xuất hiện hai lần trong gói; gói không đúng định dạng và bị từ chối.`);
    }
    ids.add(id);
  });
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * I-JSON or a refusal naming what is wrong (exchange-format.md, "File"); with the text parsed,
 * the bytes the signature is checked on (the file less any byte-order mark, or the text given),
 * and a bound of the longest string's length in characters, which bounds every field's length.
 */
function parseStrict(content: Buffer | string): { value: unknown; signed: Buffer | string; longestString: number } {
  let text: string;
  let bytes: Buffer | undefined;
  if (typeof content === 'string') text = content;
  else {
    // As TextDecoder('utf-8', { fatal: true }) judged and decoded it: valid UTF-8, one byte-order mark dropped.
    if (!isUtf8(content)) return refuse('NOT_UTF8', 'Tệp không phải gói dữ liệu TĐKT: nội dung không phải văn bản UTF-8 hợp lệ.');
    bytes = content.subarray(0, 3).equals(BOM) ? content.subarray(3) : content;
    text = bytes.toString('utf8');
  }
  try {
    const json = text.replace(/^\uFEFF/, '');
    if (bytes && json !== text) bytes = bytes.subarray(3);
    const { value, longestString } = parseIJsonFast(json, { maxDepth: LIMITS.depth }, bytes);
    return { value, signed: bytes ?? json, longestString };
  } catch (e) {
    if (!(e instanceof IJsonError)) throw e;
    switch (e.problem) {
      case 'depth': return refuse('TOO_DEEP', 'Gói có cấu trúc lồng nhau quá sâu; đây không phải gói do TĐKT Desktop tạo ra.');
      case 'duplicate': return refuse('NOT_IJSON', `Gói có tên trường "${showable(e.detail)}" lặp lại trong cùng một đối tượng; gói không đúng chuẩn và bị từ chối.`);
      case 'surrogate': return refuse('NOT_IJSON', 'Gói chứa ký tự Unicode hỏng (nửa cặp ký tự thay thế); gói không đúng chuẩn và bị từ chối.');
      case 'number': return refuse('NOT_IJSON', `Gói chứa số ${e.detail} vượt quá phạm vi cho phép (±9007199254740991); gói không đúng chuẩn và bị từ chối.`);
      default: return refuse('NOT_JSON', 'Tệp không phải gói dữ liệu TĐKT: nội dung không đọc được (không phải JSON).');
    }
  }
}

/**
 * Steps 1–5 of "Import: what the receiver does": size and I-JSON, version and signature against
 * the trusted key (never a revoked one), recipient and expiry, duplicate, record types and
 * (type, id) uniqueness, attachments. Writes nothing; records are judged in the preview.
 */
export function readPackage(ctx: ServiceContext, content: Buffer | string, opts: { maxBytes?: number } = {}): VerifiedPackage {
  const maxBytes = opts.maxBytes ?? LIMITS.importBytes;
  const size = typeof content === 'string' ? Buffer.byteLength(content) : content.length;
  if (size > maxBytes) {
    refuse('TOO_LARGE', `Tệp quá lớn (${(size / 1048576).toFixed(1)} MB; giới hạn ${(maxBytes / 1048576).toFixed(0)} MB).`);
  }
  const { value: raw, signed, longestString } = parseStrict(content);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) refuse('MALFORMED', 'Tệp không phải gói dữ liệu TĐKT.');
  const version = (raw as { tdkt?: unknown }).tdkt;
  if (version !== 1) {
    refuse('VERSION', typeof version === 'number' && version > 1
      ? `Gói được tạo theo định dạng phiên bản ${version}, mới hơn phiên bản này hỗ trợ; hãy cập nhật TĐKT Desktop.`
      : 'Tệp không phải gói dữ liệu TĐKT (thiếu dấu hiệu định dạng "tdkt": 1).');
  }
  // Nesting is already bounded by the parse; strings only need a look when one is written longer than the limit.
  if (longestString > LIMITS.stringChars) scanShape(raw);
  const parsed = parseEnvelope(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    refuse('MALFORMED', `Gói không đúng cấu trúc (trường "${issue?.path.join('.') ?? ''}"); có thể tệp bị hỏng khi sao chép.`);
  }
  const env = parsed.data!;
  const h = env.header;
  checkRecords(env);

  if (env.signature.keyId !== h.sender.keyId) refuse('BAD_SIGNATURE', 'Chữ ký không hợp lệ: khóa ký không khớp với người gửi ghi trong gói.');
  const key = findKey(ctx, h.sender.unitCode, h.sender.keyId);
  if (!key) {
    // No fingerprint here: printed first, it would be copied instead of compared with the paper form.
    refuse('UNKNOWN_KEY', `Khóa của ${h.sender.unitName} (${h.sender.unitCode}) chưa được tin cậy. Hãy bấm “Thêm khóa tin cậy…”, chọn tệp khóa của đơn vị này và đối chiếu dấu vân tay với phiếu đăng ký khóa có chữ ký, dấu trước khi nhập.`);
  }
  // Whatever createdAt says (the signer chooses it): every package received once the
  // revocation is known here is refused; those imported before stay.
  if (key!.status === 'revoked') {
    refuse('KEY_REVOKED', `Khóa của ${key!.unitName} đã bị thu hồi ngày ${formatDate(key!.revokedAt?.slice(0, 10))}; mọi gói ký bằng khóa này nhận từ khi thu hồi đều bị từ chối, dù gói ghi ngày tạo nào. Hãy đề nghị đơn vị gửi lại bằng khóa mới.`);
  }
  if (!verifyPackageText(signed, env, key!.publicKey)) refuse('BAD_SIGNATURE', 'Chữ ký không hợp lệ: gói đã bị sửa sau khi ký.');

  const me = requireInstallation(ctx);
  const broadcast = h.kind === 'reference' || h.kind === 'trust-list';
  if (h.recipient.unitCode === '*' ? !broadcast : h.recipient.unitCode !== me.unitCode) {
    refuse('WRONG_RECIPIENT', h.recipient.unitCode === '*'
      ? 'Gói loại này không được gửi cho tất cả; gói bị từ chối.'
      : `Gói này gửi cho đơn vị ${h.recipient.unitCode}, không phải ${me.unitName} (${me.unitCode}).`);
  }
  if (broadcast && !h.expiresAt) refuse('MALFORMED', 'Gói dữ liệu dùng chung phải có hạn dùng (expiresAt).');
  if (h.expiresAt && h.expiresAt <= ctx.now().toISOString()) {
    refuse('EXPIRED', `Gói đã hết hạn dùng từ ${formatDate(h.expiresAt.slice(0, 10))}; hãy xin gói mới.`);
  }
  if (h.counts.records !== env.body.records.length || h.counts.attachments !== env.body.attachments.length) {
    refuse('MALFORMED', 'Số bản ghi trong gói không khớp với phần đầu gói.');
  }
  checkAttachments(env);

  const dup = ctx.db
    .select({ processedAt: packages.processedAt })
    .from(packages)
    .where(and(eq(packages.packageId, h.packageId), eq(packages.direction, 'in')))
    .get();
  return { envelope: env, senderKey: key!, duplicateOf: dup ?? null };
}
