import { z } from 'zod';
import {
  ABBREVIATION_PATTERN, documentSettingsInput, NUMBERED_KINDS, SYMBOL_PATTERN,
  type DocumentSettings, type DocumentSettingsInput, type NumberedKind, type Signer,
} from '../../../src-shared/api/settings';
import { shareText } from '../../../src-shared/rules/format';
import { cleanText, fold } from '../../../src-shared/text';
import { fieldError } from '../../errors';
import { inTransaction, today, writeAudit, type ServiceContext } from '../core';
import { ruleSet } from '../dossiers';
import { requireInstallation, type InstallationRow } from './installation';

/**
 * Document settings ("Thiết lập văn bản"): how this installation's papers are headed, numbered and
 * signed (NĐ 30/2020/NĐ-CP). Stored as one JSON value in the settings table; until the clerk
 * saves them, values are derived from the unit (name, level, parent) so every paper still prints.
 */
const KEY = 'document-settings';

const ADMIN_WORD = /^(Xã|Phường|Đặc khu|Thị trấn|Tỉnh|Thành phố|Huyện|Quận|Thị xã)\s+/u;
const administrative = (u: { level: string; name: string }) => ['commune', 'district', 'province'].includes(u.level) && ADMIN_WORD.test(u.name);

/**
 * Địa danh (NĐ 30/2020, Phụ lục I, mục II.5): the unit's name without its administrative word,
 * except a name that is a number ("Phường 5") keeps it. A name after a person keeps it too; the
 * clerk corrects that case in the settings (the app cannot tell a person's name from a place's).
 */
export function placeOf(name: string): string {
  const rest = name.replace(ADMIN_WORD, '');
  return /^\d+$/u.test(rest) ? name : rest;
}

/** "ỦY BAN NHÂN DÂN\nXÃ TÂN PHONG" for a commune; the unit's own name otherwise. */
const agencyOf = (me: InstallationRow) =>
  administrative({ level: me.level, name: me.unitName }) ? `ỦY BAN NHÂN DÂN\n${me.unitName.toUpperCase()}` : me.unitName.toUpperCase();

/** "Trạm Y tế xã" → "TYTX": the initials, for an agency's default ký hiệu. */
const initials = (name: string) =>
  name.split(/\s+/u).filter(Boolean).map((w) => (w[0] === 'Đ' || w[0] === 'đ' ? 'Đ' : fold(w[0]!).toUpperCase())).join('').replace(/[^A-ZĐ0-9]/gu, '');

function defaults(me: InstallationRow): Omit<DocumentSettings, 'lawThreshold' | 'saved'> {
  const admin = administrative({ level: me.level, name: me.unitName });
  const issuer = admin ? 'UBND' : initials(me.unitName) || 'CQ';
  const sym = (k: string) => `${k}-${issuer}`;
  const symbols: Record<NumberedKind, string> = {
    'to-trinh': sym('TTr'), 'to-trinh-hd': 'TTr-HĐTĐKT', 'quyet-dinh': sym('QĐ'), 'ke-hoach': sym('KH'), 'bao-cao': sym('BC'), 'bien-ban': 'BB-HĐTĐKT',
  };
  const placeSource = admin || !me.parentName || !ADMIN_WORD.test(me.parentName) ? me.unitName : me.parentName;
  const province = me.level === 'province' ? me.unitName : me.parentName && /^(Tỉnh|Thành phố)\s/u.test(me.parentName) ? me.parentName : null;
  const inSentence = (n: string) => (ADMIN_WORD.test(n) ? n.charAt(0).toLowerCase() + n.slice(1) : n);
  return {
    agencyName: agencyOf(me),
    managingAgency: admin ? null : me.parentName ? (ADMIN_WORD.test(me.parentName) ? `UBND ${inSentence(me.parentName)}`.toUpperCase() : me.parentName.toUpperCase()) : null,
    placeName: placeOf(placeSource),
    signers: [{ position: admin ? 'Chủ tịch' : 'Thủ trưởng đơn vị', fullName: '', signsFor: null }],
    defaultSigner: admin ? 'Chủ tịch' : 'Thủ trưởng đơn vị',
    symbols,
    archiveAbbreviation: 'VP',
    upperBody: province ? `Sở Nội vụ ${inSentence(province)}` : '',
    regulation: null,
    council: { name: `Hội đồng Thi đua - Khen thưởng ${inSentence(me.unitName)}`, chairName: '', viceChairName: '', secretaryName: '', voteThreshold: null },
    certificatePaper: 'preprinted',
  };
}

/** The law's threshold for the title a council votes on most (CSTĐCS), with the rule set's note as citation. */
function lawThreshold(ctx: ServiceContext): DocumentSettings['lawThreshold'] {
  try {
    const rs = ruleSet(ctx, today(ctx));
    const share = rs.parameters.voteThresholds.CSTDCS;
    if (share === undefined) return null;
    return { share, text: shareText(share), citation: rs.parameters.notes?.voteThresholds ?? rs.legalBasis };
  } catch {
    return null;
  }
}

export function getDocumentSettings(ctx: ServiceContext): DocumentSettings {
  const me = requireInstallation(ctx);
  const base = defaults(me);
  const row = ctx.sqlite.prepare('SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  let saved: Partial<z.output<typeof documentSettingsInput>> = {};
  if (row) {
    const parsed = documentSettingsInput.safeParse(JSON.parse(row.value));
    if (parsed.success) saved = parsed.data;
  }
  return {
    ...base, ...saved,
    symbols: { ...base.symbols, ...(saved.symbols ?? {}) },
    council: { ...base.council, ...(saved.council ?? {}) },
    lawThreshold: lawThreshold(ctx),
    saved: !!row,
  };
}

const lines = (s: string) => s.split(/\r?\n/u).map((l) => cleanText(l)).filter(Boolean);

function validate(input: z.output<typeof documentSettingsInput>): z.output<typeof documentSettingsInput> {
  const agency = lines(input.agencyName);
  if (!agency.length) throw fieldError('agencyName', 'Vui lòng nhập tên cơ quan ban hành.');
  if (agency.length > 3) throw fieldError('agencyName', 'Tên cơ quan ban hành in tối đa 3 dòng.');
  const placeName = cleanText(input.placeName);
  if (/^\d+$/u.test(placeName)) {
    throw fieldError('placeName', `Địa danh “${placeName}” là số: phải ghi cả tên loại đơn vị hành chính, ví dụ “Phường ${placeName}” (NĐ 30/2020/NĐ-CP).`);
  }
  if (/[,.;:]/u.test(placeName)) throw fieldError('placeName', 'Địa danh chỉ ghi tên đơn vị hành chính, không có dấu phẩy, dấu chấm (phần ngày tháng do phần mềm ghi).');
  const signers: Signer[] = input.signers.map((s, i) => {
    const fullName = cleanText(s.fullName);
    const position = cleanText(s.position);
    if (!fullName) throw fieldError(`signers.${i}.fullName`, `Người ký thứ ${i + 1} (${position || 'chưa có chức vụ'}) chưa có họ tên; hãy nhập họ và tên đầy đủ.`);
    if (!position) throw fieldError(`signers.${i}.position`, `Người ký ${fullName} chưa có chức vụ.`);
    return { position, fullName, signsFor: s.signsFor ? cleanText(s.signsFor) || null : null };
  });
  const heads = new Set(signers.filter((s) => !s.signsFor).map((s) => fold(s.position)));
  if (!heads.size) throw fieldError('signers', 'Cần một người ký là thủ trưởng (không ký thay ai).');
  signers.forEach((s, i) => {
    if (s.signsFor && !heads.has(fold(s.signsFor))) {
      throw fieldError(`signers.${i}.signsFor`, `${s.fullName} ký thay (KT.) cho “${s.signsFor}”, nhưng không có người ký nào giữ chức vụ đó.`);
    }
  });
  const defaultSigner = signers.find((s) => fold(s.position) === fold(input.defaultSigner));
  if (!defaultSigner) throw fieldError('defaultSigner', `Người ký văn bản “${input.defaultSigner}” không có trong danh sách người ký.`);
  const symbols: Partial<Record<NumberedKind, string>> = {};
  for (const k of NUMBERED_KINDS) {
    const v = input.symbols[k];
    if (v === undefined) continue;
    const s = v.trim().normalize('NFC');
    if (!SYMBOL_PATTERN.test(s)) {
      throw fieldError(`symbols.${k}`, `Ký hiệu “${v}” không đúng thể thức (NĐ 30/2020/NĐ-CP): chỉ gồm chữ cái, chữ số, nối bằng dấu gạch ngang, không có khoảng trắng hay dấu khác, ví dụ “TTr-UBND”, “BB-HĐTĐKT”.`);
    }
    symbols[k] = s;
  }
  const abbr = input.archiveAbbreviation.trim().normalize('NFC');
  if (!ABBREVIATION_PATTERN.test(abbr)) {
    throw fieldError('archiveAbbreviation', `Chữ viết tắt “${input.archiveAbbreviation}” (dòng “Lưu: VT, …”) chỉ gồm chữ cái và chữ số, ví dụ “VP”.`);
  }
  const c = input.council;
  return {
    agencyName: agency.join('\n'),
    managingAgency: input.managingAgency ? lines(input.managingAgency).join('\n') || null : null,
    placeName, signers, defaultSigner: defaultSigner.position, symbols, archiveAbbreviation: abbr,
    upperBody: cleanText(input.upperBody),
    regulation: input.regulation
      ? { number: cleanText(input.regulation.number), date: input.regulation.date, issuer: cleanText(input.regulation.issuer), summary: cleanText(input.regulation.summary) }
      : null,
    council: { name: cleanText(c.name), chairName: cleanText(c.chairName), viceChairName: cleanText(c.viceChairName), secretaryName: cleanText(c.secretaryName), voteThreshold: c.voteThreshold },
    certificatePaper: input.certificatePaper,
  };
}

export function saveDocumentSettings(ctx: ServiceContext, input: DocumentSettingsInput): DocumentSettings {
  const value = validate(documentSettingsInput.parse(input));
  return inTransaction(ctx, () => {
    const before = getDocumentSettings(ctx);
    const json = JSON.stringify(value);
    ctx.sqlite.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(KEY, json);
    writeAudit(ctx, { action: 'update', entity: 'setting', entityId: KEY, before, after: value });
    return getDocumentSettings(ctx);
  });
}

/** The signer of the agency's own papers, as its block prints: authority lines, position, name. */
export function agencySigner(s: DocumentSettings, collective: string | null): { authority: string[]; position: string; name: string } {
  const who = s.signers.find((x) => fold(x.position) === fold(s.defaultSigner)) ?? s.signers[0]!;
  const tm = collective ? [`TM. ${collective}`] : [];
  return who.signsFor
    ? { authority: [...tm, `KT. ${who.signsFor}`], position: who.position, name: who.fullName }
    : { authority: tm, position: who.position, name: who.fullName };
}

/** The head (the signer who signs for no one), e.g. the Chủ tịch UBND xã. */
export const headSigner = (s: DocumentSettings): Signer => s.signers.find((x) => !x.signsFor) ?? s.signers[0]!;
