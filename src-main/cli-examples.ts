// `examples list|add|stage`: the sổ điển hình tiên tiến from a terminal; `print examples-conference ID` prints a conference's list.
import type { ApiInput, ApiName, ApiOutput, TypicalExample } from '../src-shared/api';
import { EXAMPLE_KINDS, EXAMPLE_KIND_LABELS, EXAMPLE_STAGES, EXAMPLE_STAGE_LABELS, type ExampleKind, type ExampleStage } from '../src-shared/rules/examples';
import { fold, formatDate, parseDate } from '../src-shared/text';
import { CliUsage, type Flags } from './cli-exchange';

type Call = <N extends ApiName>(name: N, input: ApiInput<N>) => Promise<ApiOutput<N>>;

export const EXAMPLES_USAGE = `  examples list [--year NĂM] [--stage phat-hien|boi-duong|tong-ket|nhan-rong]   sổ điển hình tiên tiến (và các hội nghị)
  examples add --kind person|collective|household|model [--person MÃ | --collective MÃ | --name "…"] --found dd/mm/yyyy
               [--by "người phát hiện"] [--field "lĩnh vực"] [--movement MÃ] [--achievements "…"] [--review dd/mm/yyyy]
               [--women] [--ethnic-minority] [--direct-worker]     ghi một điển hình (bước "Phát hiện")
  examples stage MÃ --stage boi-duong|tong-ket|nhan-rong --date dd/mm/yyyy [--by "…"] [--note "…"]   ghi bước tiếp theo
  print examples-conference MÃ_HỘI_NGHỊ --out TỆP.docx   danh sách điển hình được biểu dương tại hội nghị
`;

const str = (v: string | boolean | undefined) => (typeof v === 'string' ? v : undefined);

function dateOf(flag: string, word: string | undefined, cmd: string): string {
  if (!word) throw new CliUsage(`${cmd} cần ${flag} dd/mm/yyyy.`);
  const d = parseDate(word);
  if (!d) throw new CliUsage(`${cmd}: ngày "${word}" không hợp lệ; hãy nhập theo dạng dd/mm/yyyy, ví dụ ${flag} 15/03/2026.`);
  return d;
}

function oneOf<T extends string>(list: readonly T[], word: string | undefined, what: string): T {
  const w = word ? fold(word).replace(/\s+/g, '-') : '';
  if (!(list as readonly string[]).includes(w)) throw new CliUsage(`${what} "${word ?? ''}" không hợp lệ; dùng ${list.join(', ')}.`);
  return w as T;
}

function show(x: TypicalExample, say: (line: string) => void) {
  const flags = [x.women && 'nữ', x.ethnicMinority && 'DTTS', x.directWorker && 'LĐTT'].filter(Boolean).join(', ');
  say(`${x.id}  ${x.name} (${EXAMPLE_KIND_LABELS[x.kind]}) - ${x.unitName}  [${EXAMPLE_STAGE_LABELS[x.stage]}]${flags ? `  {${flags}}` : ''}`);
  if (x.field || x.movementName) say(`    ${[x.field && `Lĩnh vực: ${x.field}`, x.movementName && `Phong trào: ${x.movementName}`].filter(Boolean).join('; ')}`);
  for (const s of x.stages) say(`    ${formatDate(s.on)} ${EXAMPLE_STAGE_LABELS[s.stage]}${s.by ? ` - ${s.by}` : ''}${s.note ? `: ${s.note}` : ''}`);
  for (const m of x.media) say(`    Báo chí: ${m.outlet} ${formatDate(m.on)}${m.title ? ` “${m.title}”` : ''}${m.link ? ` ${m.link}` : ''}`);
  for (const a of x.awards) say(`    Khen thưởng: ${a.awardName} (${a.year})`);
  if (x.reviewOn) say(`    Ngày rà soát: ${formatDate(x.reviewOn)}`);
}

/** The stored example as the input of an update (to add a step without retyping the rest). */
const asInput = (x: TypicalExample) => ({
  kind: x.kind, name: x.name, personId: x.personId, collectiveId: x.collectiveId, unitId: x.unitId, field: x.field, movementId: x.movementId,
  achievements: x.achievements, stages: x.stages, media: x.media, awardIds: x.awards.map((a) => a.id), women: x.women,
  ethnicMinority: x.ethnicMinority, directWorker: x.directWorker, reviewOn: x.reviewOn,
});

export async function runExamples(call: Call, positionals: string[], values: Flags, say: (line: string) => void): Promise<{ result: unknown } | null> {
  const [cmd, sub, id] = positionals;
  if (cmd !== 'examples') return null;
  if (sub === 'list') {
    const year = str(values.year) ? Number(values.year) : null;
    if (year !== null && !Number.isInteger(year)) throw new CliUsage(`examples list: --year "${String(values.year)}" không hợp lệ; ví dụ --year 2025.`);
    const stage = str(values.stage) ? oneOf<ExampleStage>(EXAMPLE_STAGES, str(values.stage), 'examples list: --stage') : null;
    const list = await call('examples.list', { year, stage });
    const conferences = await call('examples.conferences', {});
    say(`Sổ điển hình tiên tiến: ${list.length} điển hình${year ? ` có bước trong năm ${year}` : ''}`);
    for (const x of list) show(x, say);
    for (const c of conferences) say(`Hội nghị ${c.id}: ${c.title} (${c.examples.length} điển hình)${c.heldOn ? `, ngày ${formatDate(c.heldOn)}` : ''}`);
    return { result: list };
  }
  if (sub === 'add') {
    const kind = oneOf<ExampleKind>(EXAMPLE_KINDS, str(values.kind), 'examples add: --kind');
    const x = await call('examples.create', {
      kind, name: str(values.name) ?? '', personId: str(values.person) ?? null, collectiveId: str(values.collective) ?? null, unitId: null,
      field: str(values.field) ?? '', movementId: str(values.movement) ?? null, achievements: str(values.achievements) ?? '',
      stages: [{ stage: 'phat-hien', on: dateOf('--found', str(values.found), 'examples add'), by: str(values.by) ?? '', note: '' }],
      media: [], awardIds: [], women: values.women === true, ethnicMinority: values['ethnic-minority'] === true, directWorker: values['direct-worker'] === true,
      reviewOn: str(values.review) ? dateOf('--review', str(values.review), 'examples add') : null,
    });
    say('Đã ghi vào sổ điển hình tiên tiến:');
    show(x, say);
    return { result: x };
  }
  if (sub === 'stage') {
    if (!id) throw new CliUsage('examples stage cần mã điển hình (MÃ, xem examples list).');
    const stage = oneOf<ExampleStage>(EXAMPLE_STAGES, str(values.stage), 'examples stage: --stage');
    const x = await call('examples.get', { id });
    const input = asInput(x);
    const x2 = await call('examples.update', {
      ...input, id, stages: [...input.stages, { stage, on: dateOf('--date', str(values.date), 'examples stage'), by: str(values.by) ?? '', note: str(values.note) ?? '' }],
    });
    show(x2, say);
    return { result: x2 };
  }
  throw new CliUsage(`examples: lệnh "${sub ?? ''}" không có; dùng list, add hoặc stage.\n${EXAMPLES_USAGE}`);
}
