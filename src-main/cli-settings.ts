import fs from 'node:fs';
import type { ApiInput, ApiName, ApiOutput, DocumentSettings, DocumentSettingsInput } from '../src-shared/api';
import { NUMBERED_KIND_LABELS, NUMBERED_KINDS, type NumberedKind } from '../src-shared/api/settings';
import { formatDate, parseDate } from '../src-shared/text';
import { CliUsage, type Flags } from './cli-exchange';

type Call = <N extends ApiName>(name: N, input: ApiInput<N>) => Promise<ApiOutput<N>>;

export const SETTINGS_USAGE = `Thiết lập văn bản (NĐ 30/2020/NĐ-CP):
  settings show                          tên cơ quan, địa danh, người ký, ký hiệu, Hội đồng, quy định của tỉnh
  settings set KHÓA GIÁ_TRỊ              KHÓA: agencyName (xuống dòng bằng \\n), managingAgency, placeName, defaultSigner,
                                         archiveAbbreviation, upperBody, certificatePaper (preprinted|blank),
                                         symbols.<loại>, council.name|chairName|viceChairName|secretaryName|voteThreshold,
                                         signers '[{"position":"Chủ tịch","fullName":"…","signsFor":null}]',
                                         regulation '{"number":"…","date":"yyyy-mm-dd","issuer":"…","summary":"…"}' (null để bỏ)
  settings set --file TỆP.json           lưu toàn bộ thiết lập từ tệp JSON
  numbers list --year NĂM                sổ văn bản đi của năm
  numbers next --kind LOẠI --year NĂM    số tiếp theo (LOẠI: ${NUMBERED_KINDS.join(', ')})
  numbers take --kind LOẠI --date dd/mm/yyyy --summary "trích yếu" [--number SỐ] [--dossier MÃ_HỒ_SƠ]
`;

/** The saved shape of what is in force (what settings.save takes back). */
const asInput = (s: DocumentSettings): DocumentSettingsInput => ({
  agencyName: s.agencyName, managingAgency: s.managingAgency, placeName: s.placeName, signers: s.signers, defaultSigner: s.defaultSigner,
  symbols: s.symbols, archiveAbbreviation: s.archiveAbbreviation, upperBody: s.upperBody, regulation: s.regulation, council: s.council,
  certificatePaper: s.certificatePaper,
});

function parseJson(key: string, value: string): unknown {
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw new CliUsage(`settings set ${key}: giá trị phải là JSON hợp lệ.`);
  }
}

function assign(input: DocumentSettingsInput, key: string, value: string): DocumentSettingsInput {
  const next = structuredClone(input) as DocumentSettingsInput & Record<string, unknown>;
  const [head, field] = key.split('.');
  if (head === 'symbols' && field) {
    if (!(NUMBERED_KINDS as readonly string[]).includes(field)) throw new CliUsage(`Không có loại văn bản "${field}". Các loại: ${NUMBERED_KINDS.join(', ')}.`);
    next.symbols = { ...next.symbols, [field]: value };
  } else if (head === 'council' && field) {
    const v = field === 'voteThreshold' ? (value === 'null' ? null : Number(value.replace(',', '.'))) : value;
    next.council = { ...next.council, [field]: v } as DocumentSettingsInput['council'];
  } else if (head === 'signers' || head === 'regulation') {
    next[head] = parseJson(key, value) as never;
  } else if (['agencyName', 'managingAgency', 'placeName', 'defaultSigner', 'archiveAbbreviation', 'upperBody', 'certificatePaper'].includes(key)) {
    next[key] = key === 'managingAgency' && (value === '' || value === 'null') ? null : value.replace(/\\n/gu, '\n');
  } else {
    throw new CliUsage(`Không có khóa thiết lập "${key}".`);
  }
  return next;
}

function show(s: DocumentSettings, say: (line: string) => void) {
  say(`Cơ quan ban hành: ${s.agencyName.split('\n').join(' / ')}${s.managingAgency ? `  (chủ quản: ${s.managingAgency})` : ''}`);
  say(`Địa danh: ${s.placeName}`);
  for (const g of s.signers) say(`Người ký: ${g.signsFor ? `KT. ${g.signsFor} — ` : ''}${g.position}: ${g.fullName || '(chưa nhập họ tên)'}`);
  say(`Người ký văn bản của cơ quan: ${s.defaultSigner}`);
  for (const k of NUMBERED_KINDS) say(`Ký hiệu ${NUMBERED_KIND_LABELS[k]}: ${s.symbols[k]}`);
  say(`Lưu: VT, ${s.archiveAbbreviation}`);
  say(`Cơ quan thường trực thi đua, khen thưởng cấp trên: ${s.upperBody || '(chưa nhập)'}`);
  say(`Quy định của tỉnh: ${s.regulation ? `${s.regulation.number} ngày ${formatDate(s.regulation.date)} của ${s.regulation.issuer} ${s.regulation.summary}` : '(chưa nhập)'}`);
  const c = s.council;
  say(`${c.name}: Chủ tịch ${c.chairName || '(chưa nhập)'}; Phó Chủ tịch ${c.viceChairName || '(chưa nhập)'}; Thư ký ${c.secretaryName || '(chưa nhập)'}`);
  const law = s.lawThreshold;
  say(`Tỷ lệ phiếu đồng ý: ${c.voteThreshold !== null ? `${Math.round(c.voteThreshold * 1000) / 10}% (theo thiết lập)` : law ? `${law.text} theo quy định (${law.citation})` : 'theo danh mục khen thưởng'}`);
  say(`Giấy khen in: ${s.certificatePaper === 'blank' ? 'trên giấy trắng (in toàn bộ)' : 'lên phôi in sẵn'}`);
}

/** Settings and register commands; undefined when the command is not one of them. */
export async function runSettings(call: Call, words: string[], flags: Flags, say: (s: string) => void): Promise<{ result: unknown } | undefined> {
  const [cmd, sub, key, value] = words;
  const str = (k: string) => (typeof flags[k] === 'string' ? (flags[k] as string) : undefined);
  const year = () => {
    const y = Number(str('year'));
    if (!str('year') || !Number.isInteger(y)) throw new CliUsage('Cần --year NĂM (ví dụ --year 2026).');
    return y;
  };
  const kind = () => {
    const k = str('kind');
    if (!k || !(NUMBERED_KINDS as readonly string[]).includes(k)) throw new CliUsage(`Cần --kind LOẠI: ${NUMBERED_KINDS.join(', ')}.`);
    return k as NumberedKind;
  };
  switch (`${cmd} ${sub ?? ''}`.trim()) {
    case 'settings show': {
      const s = await call('settings.get', {});
      show(s, say);
      return { result: s };
    }
    case 'settings set': {
      const file = str('file');
      let input: DocumentSettingsInput;
      if (file) input = parseJson(file, fs.readFileSync(file, 'utf8')) as DocumentSettingsInput;
      else {
        if (!key || value === undefined) throw new CliUsage(`settings set cần KHÓA GIÁ_TRỊ hoặc --file TỆP.json.\n\n${SETTINGS_USAGE}`);
        input = assign(asInput(await call('settings.get', {})), key, value);
      }
      const s = await call('settings.save', input);
      say('Đã lưu thiết lập văn bản.');
      show(s, say);
      return { result: s };
    }
    case 'numbers list': {
      const rows = await call('settings.numbers', { year: year() });
      for (const r of rows) say(`  ${r.printed.padEnd(18)} ${formatDate(r.issuedOn)}  ${r.summary}`);
      if (!rows.length) say('Chưa có văn bản nào trong sổ của năm này.');
      return { result: rows };
    }
    case 'numbers next': {
      const r = await call('settings.nextNumber', { year: year(), kind: kind() });
      say(`Số tiếp theo: ${r.printed}`);
      return { result: r };
    }
    case 'numbers take': {
      const date = parseDate(str('date') ?? '');
      if (!date) throw new CliUsage('numbers take cần --date dd/mm/yyyy.');
      const n = str('number');
      const r = await call('settings.takeNumber', {
        kind: kind(), issuedOn: date, number: n === undefined ? null : Number(n), summary: str('summary') ?? '',
        refType: str('dossier') ? 'dossier' : null, refId: str('dossier') ?? null,
      });
      say(`Đã vào sổ: số ${r.printed} ngày ${formatDate(r.issuedOn)} — ${r.summary}`);
      return { result: r };
    }
    default:
      return cmd === 'settings' || cmd === 'numbers' ? Promise.reject(new CliUsage(SETTINGS_USAGE)) : undefined;
  }
}
