import { z } from 'zod';
import { isoDate, requiredText, text } from './common';

/**
 * Document settings of this installation ("Thiết lập văn bản"): how its papers are headed, numbered
 * and signed under NĐ 30/2020/NĐ-CP, and the register of outgoing numbers (sổ văn bản đi).
 */

/** The kinds of papers that take a number of their own in the register, with their default ký hiệu. */
export const NUMBERED_KINDS = ['to-trinh', 'to-trinh-hd', 'quyet-dinh', 'ke-hoach', 'bao-cao', 'bien-ban'] as const;
export type NumberedKind = (typeof NUMBERED_KINDS)[number];
export const NUMBERED_KIND_LABELS: Record<NumberedKind, string> = {
  'to-trinh': 'Tờ trình (của Ủy ban nhân dân, gửi cấp trên)',
  'to-trinh-hd': 'Tờ trình (của Hội đồng Thi đua - Khen thưởng, trình Chủ tịch)',
  'quyet-dinh': 'Quyết định',
  'ke-hoach': 'Kế hoạch',
  'bao-cao': 'Báo cáo',
  'bien-ban': 'Biên bản họp Hội đồng Thi đua - Khen thưởng',
};

/**
 * Ký hiệu (NĐ 30/2020, Phụ lục I, mục II.4): the kind's abbreviation and the issuer's, joined by
 * hyphens: letters (Đ included), digits, nothing else ("TTr-UBND", "BB-HĐTĐKT").
 */
export const SYMBOL_PATTERN = /^[A-Za-zĐđ][A-Za-zĐđ0-9]*(?:-[A-Za-zĐđ0-9]+)+$/u;
/** The "Lưu: VT, …" abbreviation of the drafting office: letters and digits, hyphen or dot between. */
export const ABBREVIATION_PATTERN = /^[A-Za-zĐđ0-9]+(?:[.-][A-Za-zĐđ0-9]+)*$/u;

export const signerSchema = z.object({
  /** Chức vụ as written in the block: "Chủ tịch", "Phó Chủ tịch". */
  position: requiredText(100, 'Chức vụ người ký'),
  fullName: requiredText(100, 'Họ và tên người ký'),
  /** A deputy signs "KT. <signsFor>" for the head with this position; null for the head. */
  signsFor: text(100, 'Ký thay cho').nullable().default(null),
});
export type Signer = z.output<typeof signerSchema>;

export const regulationSchema = z.object({
  /** "12/2024/QĐ-UBND". */
  number: requiredText(60, 'Số văn bản quy định về thi đua, khen thưởng của tỉnh'),
  date: isoDate,
  /** "Ủy ban nhân dân tỉnh Lai Châu". */
  issuer: requiredText(200, 'Cơ quan ban hành quy định'),
  /** "ban hành Quy chế công tác thi đua, khen thưởng trên địa bàn tỉnh Lai Châu". */
  summary: requiredText(500, 'Trích yếu quy định'),
});
export type Regulation = z.output<typeof regulationSchema>;

export const councilSettingsSchema = z.object({
  name: requiredText(200, 'Tên Hội đồng Thi đua - Khen thưởng'),
  chairName: text(100, 'Họ tên Chủ tịch Hội đồng').default(''),
  /** Signs the council's tờ trình "KT. CHỦ TỊCH" when set. */
  viceChairName: text(100, 'Họ tên Phó Chủ tịch Hội đồng').default(''),
  secretaryName: text(100, 'Họ tên Thư ký Hội đồng').default(''),
  /** Share of the total membership that must vote yes; null = the law's value for each award. */
  voteThreshold: z.number({ error: 'Tỷ lệ phiếu phải là số từ 0 đến 1.' }).min(0.5, { error: 'Tỷ lệ phiếu không được thấp hơn 50%.' }).max(1, { error: 'Tỷ lệ phiếu không quá 100%.' }).nullable().default(null),
});

export const documentSettingsInput = z.object({
  /** The issuing agency as printed, one heading line per line: "ỦY BAN NHÂN DÂN\nXÃ TÂN PHONG". */
  agencyName: requiredText(200, 'Tên cơ quan ban hành'),
  /** Cơ quan chủ quản line above it; none for an Ủy ban nhân dân. */
  managingAgency: text(200, 'Tên cơ quan chủ quản').nullable().default(null),
  /** Địa danh: "Tân Phong"; a place named by a number or after a person keeps its word ("Phường 5"). */
  placeName: requiredText(100, 'Địa danh'),
  signers: z.array(signerSchema).min(1, { error: 'Cần ít nhất một người ký (thủ trưởng cơ quan).' }).max(10),
  /** Position of the signer of the agency's papers (a deputy's position gives "KT."). */
  defaultSigner: requiredText(100, 'Người ký văn bản'),
  /** Ký hiệu per kind; a kind left out keeps its default. */
  symbols: z.partialRecord(z.enum(NUMBERED_KINDS), z.string().max(30, { error: 'Ký hiệu dài tối đa 30 ký tự.' })).default({}),
  /** "VP" in "Lưu: VT, VP." */
  archiveAbbreviation: requiredText(20, 'Chữ viết tắt đơn vị soạn thảo (Lưu: VT, …)'),
  /** The province's TĐKT body a dossier for the province goes through: "Sở Nội vụ tỉnh Lai Châu". */
  upperBody: text(200, 'Cơ quan thường trực thi đua, khen thưởng cấp trên').default(''),
  regulation: regulationSchema.nullable().default(null),
  council: councilSettingsSchema,
  /** Giấy khen: onto pre-printed stock (text only, with the print offsets) or whole on blank paper. */
  certificatePaper: z.enum(['preprinted', 'blank'], { error: 'Chọn in giấy khen lên phôi in sẵn hoặc trên giấy trắng.' }).default('preprinted'),
});
export type DocumentSettingsInput = z.input<typeof documentSettingsInput>;

/** What is in force: the saved values, or those derived from the unit (a signer's name may still be empty). */
export const documentSettings = z.object({
  agencyName: z.string(),
  managingAgency: z.string().nullable(),
  placeName: z.string(),
  signers: z.array(z.object({ position: z.string(), fullName: z.string(), signsFor: z.string().nullable() })),
  defaultSigner: z.string(),
  symbols: z.record(z.enum(NUMBERED_KINDS), z.string()),
  archiveAbbreviation: z.string(),
  upperBody: z.string(),
  regulation: z.object({ number: z.string(), date: z.string(), issuer: z.string(), summary: z.string() }).nullable(),
  council: z.object({ name: z.string(), chairName: z.string(), viceChairName: z.string(), secretaryName: z.string(), voteThreshold: z.number().nullable() }),
  certificatePaper: z.enum(['preprinted', 'blank']),
  /** The law's vote threshold the council applies when no setting overrides it, with its citation. */
  lawThreshold: z.object({ share: z.number(), text: z.string(), citation: z.string() }).nullable(),
  /** True once the clerk saved them; until then the values are the ones derived from the unit. */
  saved: z.boolean(),
});
export type DocumentSettings = z.output<typeof documentSettings>;

export const outgoingNumber = z.object({
  id: z.string(), year: z.number().int(), kind: z.enum(NUMBERED_KINDS), number: z.number().int(),
  /** "05/QĐ-UBND". */
  printed: z.string(), issuedOn: z.string(), refType: z.string().nullable(), refId: z.string().nullable(), summary: z.string(),
});
export type OutgoingNumber = z.infer<typeof outgoingNumber>;

const kind = z.enum(NUMBERED_KINDS, { error: 'Loại văn bản không có trong sổ văn bản đi.' });

export const settingsApi = {
  'settings.get': { input: z.object({}).default({}), output: documentSettings },
  'settings.save': { input: documentSettingsInput, output: documentSettings },
  'settings.numbers': {
    input: z.object({ year: z.number().int().min(1945).max(2100) }),
    output: z.array(outgoingNumber),
  },
  /** The number the register offers next for this year and kind (nothing is taken). */
  'settings.nextNumber': {
    input: z.object({ year: z.number().int().min(1945).max(2100), kind }),
    output: z.object({ number: z.number().int(), printed: z.string() }),
  },
  /** Takes a number in the register (the offered one when number is null); one already used this year is refused. */
  'settings.takeNumber': {
    input: z.object({
      kind,
      issuedOn: isoDate,
      number: z.number({ error: 'Số văn bản phải là số.' }).int().min(1, { error: 'Số văn bản bắt đầu từ 1.' }).max(99999).nullable().default(null),
      refType: z.enum(['dossier']).nullable().default(null),
      refId: z.string().uuid({ error: 'Mã hồ sơ không hợp lệ.' }).nullable().default(null),
      summary: requiredText(300, 'Trích yếu'),
    }),
    output: outgoingNumber,
  },
} as const;
