import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ApiInput, ApiName, ApiOutput } from '../src-shared/api';
import { UNIT_LEVEL_ALIASES, UNIT_LEVEL_LABELS, type UnitLevel } from '../src-shared/catalog/levels';
import { formatDate, fold } from '../src-shared/text';
import { AppError } from './errors';
import { createHost, errorToShape, type Host } from './host';
import { defaultDataDir, migrationsDir } from './paths';
import { inTransactionAsync } from './services/core';
import { demoHomeTasks } from './exchange/demoWork';
import { demoStart, generateDemo, markDemo } from './services/demo';
import { CliUsage, runExchange } from './cli-exchange';
import { FILE_LIMITS, readBoundedFile } from './lib/boundedRead';
import { runBackup } from './cli-backup';
import { runSettings, SETTINGS_USAGE } from './cli-settings';
import { PLAN_USAGE, runPlans } from './cli-plan';
import { AWARDS_USAGE, runAwards } from './cli-awards';
import { PROOFS_USAGE, runProofs } from './cli-proofs';
import { COMPLAINTS_USAGE, runComplaints } from './cli-complaints';
import { REPORT_USAGE, runReport } from './cli-report';
import { REVIEW_USAGE, runReview } from './cli-review';
import { CLUSTERS_USAGE, runClusters } from './cli-clusters';
import { EXAMPLES_USAGE, runExamples } from './cli-examples';

const USAGE = `TĐKT Desktop - công cụ dòng lệnh

Cách dùng: npm run -s cli -- LỆNH [--data-dir THƯ_MỤC] [--json]

  init --unit-code MÃ --unit-name TÊN --level CẤP [--parent MÃ [--parent-name TÊN] [--parent-level CẤP]] [--clerk HỌ_TÊN]
                              thiết lập cài đặt (CẤP: tinh | xa | huyen | co-quan)
  key show                    dấu vân tay, keyId và khóa công khai của cài đặt (và lỗi của tệp khóa nếu có)
  key rotate --out THƯ_MỤC    đổi khóa: khóa mới, thông báo đổi khóa ký bằng khóa cũ (nếu còn), tệp khóa công khai mới và phiếu đăng ký khóa
  demo [--people N]           tạo dữ liệu mẫu cho đơn vị này
  people search TỪ_KHÓA [--limit N]
  units list [--query TỪ_KHÓA]
  units import TỆP.csv|TỆP.json [--dry-run]
  records list LOẠI [--limit N] [--offset N]   (LOẠI: unit, person, collective, movement, registration, dossier, initiative, inspection-plan, inspection, inspection-self-assessment, cluster, cluster-scorecard, cluster-vote, example)
  inspections summary --year NĂM   số liệu tổng hợp kiểm tra công tác thi đua, khen thưởng của năm
  print LOẠI MÃ --out TỆP.docx         (LOẠI: key-registration self | registration ID)
  print registration-list --year NĂM --out TỆP.docx|TỆP.xlsx
  print dossier MÃ_HỒ_SƠ --out THƯ_MỤC     (tờ trình, danh sách, biên bản, báo cáo; quyết định, giấy khen ở cấp xã)
  print inspection-plan|inspection-decision MÃ_KẾ_HOẠCH --out TỆP.docx
  print inspection-self-assessment MÃ_KẾ_HOẠCH --out TỆP.docx   (đơn vị được kiểm tra: báo cáo tự đánh giá theo kế hoạch đã nhận)
  print inspection-record MÃ_CUỘC_KIỂM_TRA --out TỆP.docx
  print inspection-report --year NĂM [--plan MÃ_KẾ_HOẠCH] --out TỆP.docx
  eligibility DOSSIER_ID          từng người được đề nghị: đạt / không đạt / cần minh chứng, lý do, căn cứ
${AWARDS_USAGE}${PROOFS_USAGE}${COMPLAINTS_USAGE}${CLUSTERS_USAGE}${EXAMPLES_USAGE}
Sao lưu và khôi phục:
  backup create [--to THƯ_MỤC --passphrase-file TỆP]   sao lưu vào thư mục backups; với --to: một tệp .tdkt-backup
                             gồm dữ liệu và khóa ký (khóa được mã hóa bằng mật khẩu trong TỆP)
  backup list                các bản sao lưu trong thư mục backups (mới nhất trước)
  backup restore TỆP [--passphrase-file TỆP] [--dry-run]   xem trước rồi khôi phục; dữ liệu hiện tại được sao lưu trước

${SETTINGS_USAGE}
${PLAN_USAGE}${REPORT_USAGE}${REVIEW_USAGE}
Trao đổi gói dữ liệu (.tdkt):
  key export-public --out TỆP.tdkt-key.json
  trust add TỆP.tdkt-key.json --fingerprint "xxxx xxxx …"
  trust list | trust revoke KEYID
  trust announcements                             thông báo đổi khóa đang chờ xác nhận
  trust accept MÃ_THÔNG_BÁO --fingerprint "…"     tin cậy khóa mới đã thông báo (khóa cũ bị thu hồi)
  trust replace TỆP.tdkt-key.json --fingerprint "…"   khóa mới thay khóa cũ của đơn vị (mất khóa cũ)
  trust-list issue --out THƯ_MỤC --expires-days N      (cấp tỉnh)
  reference issue --out THƯ_MỤC --expires-days N       (cấp tỉnh: danh mục đơn vị)
  export --to MÃ --out THƯ_MỤC [--all] [--max-size-mb N]
  verify TỆP.tdkt                mã thoát 0: sẽ được chấp nhận; 1: bị từ chối (kèm lý do)
  import TỆP.tdkt [--dry-run]
  ack --to MÃ --out THƯ_MỤC [--all]
  packages list [--direction in|out]
  decide LOẠI MÃ --status returned --reason "…" | --status decided --number SỐ --date dd/mm/yyyy --issuer "…" --award "…"
                             (sáng kiến: --scope tinh|toan-quoc [--certificate SỐ_GCN] thay cho --award)
  decide dossier MÃ --outcomes "MÃ_NGƯỜI=decided;MÃ_NGƯỜI=returned:lý do;MÃ_NGƯỜI=declined:lý do" [--number SỐ --date dd/mm/yyyy --issuer "…" --award "…"]
                             (quyết định theo từng người; MÃ_NGƯỜI: mã cá nhân, tập thể hoặc nomineeId của eligibility MÃ --json)
`;

class UsageError extends Error {}

function level(word: string | undefined, flag: string): UnitLevel {
  const l = word ? UNIT_LEVEL_ALIASES[fold(word.replace(/-/g, ' '))] : undefined;
  if (!l) throw new UsageError(`${flag}: cấp "${word ?? ''}" không hợp lệ; dùng tinh, xa, huyen hoặc co-quan.`);
  return l;
}

async function run(host: Host, argv: string[], json: boolean): Promise<unknown> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'unit-code': { type: 'string' }, 'unit-name': { type: 'string' }, level: { type: 'string' },
      parent: { type: 'string' }, 'parent-name': { type: 'string' }, 'parent-level': { type: 'string' },
      clerk: { type: 'string' }, people: { type: 'string' }, limit: { type: 'string' }, offset: { type: 'string' },
      query: { type: 'string' }, out: { type: 'string' }, 'dry-run': { type: 'boolean' },
      fingerprint: { type: 'string' }, to: { type: 'string' }, all: { type: 'boolean' }, 'max-size-mb': { type: 'string' },
      'expires-days': { type: 'string' }, status: { type: 'string' }, reason: { type: 'string' }, number: { type: 'string' },
      date: { type: 'string' }, issuer: { type: 'string' }, award: { type: 'string' }, scope: { type: 'string' }, certificate: { type: 'string' }, note: { type: 'string' },
      direction: { type: 'string' }, year: { type: 'string' }, plan: { type: 'string' },
      outcomes: { type: 'string' },
      'passphrase-file': { type: 'string' },
      kind: { type: 'string' }, summary: { type: 'string' }, dossier: { type: 'string' }, file: { type: 'string' },
      person: { type: 'string' }, collective: { type: 'string' }, received: { type: 'string' }, content: { type: 'string' }, conclusion: { type: 'string' },
      sender: { type: 'string' }, handler: { type: 'string' }, anonymous: { type: 'boolean' },
      form: { type: 'string' },
      half: { type: 'string' }, 'allow-empty': { type: 'boolean' }, publish: { type: 'boolean' },
      criterion: { type: 'string' }, document: { type: 'string' },
      name: { type: 'string' }, field: { type: 'string' }, movement: { type: 'string' }, achievements: { type: 'string' }, found: { type: 'string' },
      by: { type: 'string' }, review: { type: 'string' }, stage: { type: 'string' }, women: { type: 'boolean' }, 'ethnic-minority': { type: 'boolean' },
      'direct-worker': { type: 'boolean' }, 'send-content': { type: 'boolean' },
      'from-previous': { type: 'boolean' }, template: { type: 'boolean' }, council: { type: 'boolean' }, ics: { type: 'string' }, from: { type: 'string' }, place: { type: 'string' },
    },
  });
  const call = async <N extends ApiName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>> => {
    const r = await host.invoke(name, input);
    if (!r.ok) throw new AppError(r.error.code, r.error.message, r.error.fields);
    return r.result as ApiOutput<N>;
  };
  const num = (v: string | undefined, d: number) => (v === undefined ? d : Number(v));
  const [cmd, sub, arg] = positionals;
  const say = (line: string) => {
    if (!json) console.log(line);
  };

  switch (`${cmd ?? ''} ${['init', 'demo'].includes(cmd ?? '') ? '' : (sub ?? '')}`.trim()) {
    case 'init': {
      if (!values['unit-code'] || !values['unit-name']) throw new UsageError('init cần --unit-code và --unit-name.');
      let parent: ApiInput<'setup.init'>['parent'] = null;
      if (values.parent) {
        const found = (await call('units.list', { query: values.parent, level: null, parentId: null, includeInactive: true })).items.find(
          (u) => u.code === values.parent,
        );
        if (!found && !values['parent-name']) {
          throw new UsageError(`Đơn vị cấp trên "${values.parent}" chưa có trong danh mục: thêm --parent-name TÊN (và --parent-level).`);
        }
        parent = {
          code: values.parent,
          name: values['parent-name'] ?? found!.name,
          level: values['parent-level'] ? level(values['parent-level'], '--parent-level') : (found?.level ?? 'province'),
        };
      }
      const inst = await call('setup.init', {
        unit: { code: values['unit-code'], name: values['unit-name'], level: level(values.level, '--level') },
        parent,
        clerkName: values.clerk ?? 'Cán bộ TĐKT',
      });
      say(`Đã thiết lập: ${inst.unitName} (${inst.unitCode}), ${UNIT_LEVEL_LABELS[inst.level]}`);
      say(`Dấu vân tay khóa: ${inst.fingerprint}`);
      return inst;
    }
    case 'key show': {
      const k = await call('keys.show', {});
      say(`Dấu vân tay: ${k.fingerprint}\nkeyId:       ${k.keyId}\nKhóa công khai (base64): ${k.publicKey}`);
      if (k.problem) {
        say(`CẢNH BÁO: ${k.problem.message}`);
        process.exitCode = 1;
      }
      return { fingerprint: k.fingerprint, keyId: k.keyId, publicKey: k.publicKey, problem: k.problem };
    }
    case 'demo': {
      // All or nothing: one transaction around the whole demo, so an interrupted run leaves no
      // half of it and can be run again (the first call opens the database and its daily backup).
      await call('setup.status', {});
      const { r, work } = await inTransactionAsync(host.context(), async () => {
        const from = demoStart(host.context());
        const r = await generateDemo(call, { people: num(values.people, 300) });
        const work = await demoHomeTasks(host.context(), call);
        markDemo(host.context(), from); // removable later with "Xóa dữ liệu mẫu"
        return { r, work };
      });
      say(`Đã tạo dữ liệu mẫu: ${r.province} với ${r.communes} xã, ${r.people} cá nhân, ${r.collectives} tập thể, ${r.registrations} bản đăng ký thi đua, ${r.dossiers} hồ sơ đề nghị khen thưởng, ${r.initiatives} sáng kiến (một đợt đã chấm điểm), ${r.inspections} cuộc kiểm tra công tác thi đua, khen thưởng, ${r.clusters} cụm thi đua đã chấm điểm và suy tôn, ${r.examples} điển hình tiên tiến, ${r.provinceAwards} khen thưởng cấp tỉnh năm trước.`);
      say(`Việc cần làm mẫu: ${work.overdueInitiatives} đơn sáng kiến quá hạn trả lời, ${work.returnedDossiers} hồ sơ bị cấp trên trả lại.`);
      return { ...r, ...work };
    }
    case 'people search': {
      const r = await call('people.search', { query: arg ?? '', offset: 0, limit: num(values.limit, 50), unitId: null });
      say(`${r.total} cá nhân${r.total > r.items.length ? ` (hiện ${r.items.length})` : ''}`);
      for (const p of r.items) say(`  ${p.fullName}  ${formatDate(p.birthDate) || (p.birthYear ?? '')}  ${p.position}`);
      return r;
    }
    case 'units list': {
      const r = await call('units.list', { query: values.query ?? '', level: null, parentId: null, includeInactive: true });
      for (const u of r.items) say(`  ${u.code.padEnd(14)} ${u.name}  (${UNIT_LEVEL_LABELS[u.level]})${u.parentName ? ` ← ${u.parentName}` : ''}`);
      return r;
    }
    case 'units import': {
      if (!arg) throw new UsageError('units import cần đường dẫn tệp .csv hoặc .json.');
      const format = path.extname(arg).toLowerCase() === '.json' ? 'json' : 'csv';
      const r = await call('units.import', { format, content: readBoundedFile(arg, FILE_LIMITS.spreadsheet, 'tệp danh mục đơn vị').toString('utf8'), dryRun: !!values['dry-run'] });
      say(`${r.applied ? 'Đã nhập' : 'Chưa nhập'}: ${r.created} mới, ${r.updated} cập nhật, ${r.unchanged} không đổi`);
      for (const e of r.errors) say(`  ${e.message}`);
      if (r.errors.length) process.exitCode = 1;
      return r;
    }
    case 'inspections summary': {
      const year = Number(values.year);
      if (!values.year || !Number.isInteger(year)) throw new UsageError('inspections summary cần --year NĂM (ví dụ --year 2026).');
      const r = await call('inspections.summary', { year, planId: null });
      say(`Năm ${r.year}: ${r.plans} kế hoạch, ${r.units.total} đơn vị (${r.units.finished} đã kiểm tra xong, ${r.units.inProgress} đang kiểm tra, ${r.units.planned} chưa kiểm tra)`);
      say(`Kết quả: ${r.results.dat} Đạt, ${r.results.chuaDat} Chưa đạt, ${r.results.kad} Không áp dụng, ${r.results.unanswered} chưa đánh giá`);
      for (const m of r.mostNotMet) say(`  ${m.code}  ${m.count} đơn vị chưa đạt: ${m.text}`);
      return r;
    }
    case 'records list': {
      if (!arg) throw new UsageError('records list cần loại bản ghi (unit, person, collective).');
      const r = await call('records.list', { type: arg, includeDeleted: false, offset: num(values.offset, 0), limit: num(values.limit, 100) });
      say(`${r.total} bản ghi loại ${arg}`);
      for (const x of r.items) say(`  ${x.id}  rev ${x.rev}  ${x.title}`);
      return r;
    }
    default: {
      const pl = await runPlans(call, positionals, values, say);
      if (pl) return pl.result;
      const rv = await runReview(call, positionals, values, say);
      if (rv) return rv.result;
      const rp = await runReport(call, positionals, values, say);
      if (rp) return rp.result;
      const bk = await runBackup(call, positionals, values, say);
      if (bk) return bk.result;
      const st = await runSettings(call, positionals, values, say);
      if (st) return st.result;
      const aw = await runAwards(call, positionals, values, say);
      if (aw) return aw.result;
      const pf = await runProofs(call, positionals, values, say);
      if (pf) return pf.result;
      const cp = await runComplaints(call, positionals, values, say);
      if (cp) return cp.result;
      const cl = await runClusters(call, positionals, values, say);
      if (cl) return cl.result;
      const eg = await runExamples(call, positionals, values, say);
      if (eg) return eg.result;
      const ex = await runExchange(call, positionals, values, say, json);
      if (ex) {
        if (ex.exitCode) process.exitCode = ex.exitCode;
        return ex.result;
      }
      if (cmd === 'eligibility') {
        if (!sub) throw new UsageError('eligibility cần mã hồ sơ (DOSSIER_ID).');
        const r = await call('dossiers.eligibility', { id: sub });
        const mark = { pass: 'ĐẠT', fail: 'KHÔNG ĐẠT', evidence: 'CẦN MINH CHỨNG' } as const;
        say(`Bộ quy tắc: ${r.ruleSetId}`);
        for (const n of r.nominees) {
          say(`${n.name}: ${mark[n.overall]}`);
          for (const c of n.criteria) say(`  [${mark[c.result]}] ${c.reason} (${c.citation})`);
          for (const p of n.proofs) if (!p.confirmation) say(`  Chưa xác nhận minh chứng: ${p.text} (mã tiêu chí ${p.id}; proof confirm ${n.nomineeId} --criterion ${p.id} --document "…")`);
        }
        return r;
      }
      if (cmd === 'print' && sub === 'dossier') {
        // Every document of a dossier, into a folder: tờ trình, danh sách, biên bản, one báo cáo per nominee.
        if (!arg || !values.out) throw new UsageError('print dossier cần mã hồ sơ và --out THƯ_MỤC.');
        // The set is read once and each document goes to disk as it is built (never the whole
        // set in memory); all or nothing: a full disk halfway leaves no document and no .partial.
        let job = await call('print.dossierToFolder', { id: arg, outDir: path.resolve(values.out) });
        while (job.state === 'running') {
          await new Promise((r) => setTimeout(r, 20));
          job = await call('print.job', { jobId: job.jobId });
        }
        if (job.error) throw new AppError(job.error.code, job.error.message);
        for (const out of job.files) say(`Đã ghi ${out}`);
        // Printed all the same; the clerk should shorten before sending.
        for (const w of job.warnings) say(`Lưu ý: ${w}`);
        return { files: job.files };
      }
      if (cmd === 'print') {
        if (!sub || !values.out) throw new UsageError(`print cần LOẠI, MÃ và --out TỆP. Các loại: ${(await call('print.kinds', {})).join(', ')}, dossier (cả bộ hồ sơ vào --out THƯ_MỤC).`);
        // Lists take --year; a list written to .xlsx is the spreadsheet variant.
        const kind = sub === 'registration-list' && values.out.toLowerCase().endsWith('.xlsx') ? 'registration-list-xlsx' : sub;
        let id = arg ?? values.year ?? 'self';
        // The inspection report is by year, optionally one plan of it ("2026:PLAN_ID" for the print kind).
        if (kind === 'inspection-report') {
          if (!values.year) throw new UsageError('print inspection-report cần --year NĂM (và --plan MÃ_KẾ_HOẠCH nếu chỉ báo cáo một kế hoạch) và --out TỆP.docx.');
          id = values.plan ? `${values.year}:${values.plan}` : values.year;
        }
        const needs: Record<string, string> = { 'inspection-plan': 'mã kế hoạch kiểm tra', 'inspection-decision': 'mã kế hoạch kiểm tra', 'inspection-self-assessment': 'mã kế hoạch kiểm tra đã nhận', 'inspection-record': 'mã cuộc kiểm tra' };
        if (needs[kind] && !arg) throw new UsageError(`print ${kind} cần ${needs[kind]} và --out TỆP.docx.`);
        const doc = await call('print.document', { kind, id });
        const out = path.resolve(values.out);
        // A temporary name first, so a half-written file never looks finished.
        fs.writeFileSync(`${out}.partial`, Buffer.from(doc.contentBase64, 'base64'));
        fs.renameSync(`${out}.partial`, out);
        say(`Đã ghi ${out}`);
        if (doc.warning) say(`Lưu ý: ${doc.warning}`);
        return { file: out };
      }
      throw new UsageError(cmd ? `Lệnh không rõ: ${positionals.join(' ')}` : '');
    }
  }
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const json = argv.includes('--json');
  let dataDir = defaultDataDir();
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') continue;
    if (argv[i] === '--data-dir') dataDir = argv[++i] ?? dataDir;
    else if (argv[i]?.startsWith('--data-dir=')) dataDir = argv[i]!.slice('--data-dir='.length);
    else rest.push(argv[i]!);
  }
  if (!rest.length || rest[0] === 'help' || rest.includes('--help')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const host = createHost({ dataDir: path.resolve(dataDir), migrationsDir: migrationsDir(), program: `công cụ dòng lệnh (lệnh "${rest.slice(0, 2).join(' ')}")` });
  try {
    const result = await run(host, rest, json);
    if (json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof UsageError || e instanceof CliUsage) {
      process.stderr.write(`${e.message ? `${e.message}\n\n` : ''}${USAGE}`);
      return 2;
    }
    const shape = errorToShape(e);
    if (json) process.stdout.write(`${JSON.stringify({ ok: false, error: shape }, null, 2)}\n`);
    process.stderr.write(`Lỗi: ${shape.message}\n`);
    return 1;
  } finally {
    host.close();
  }
}

/**
 * Exits once stdout and stderr have handed all their output to the OS. Through a pipe Node writes
 * asynchronously, and process.exit() right after a large write would cut the output at the
 * pipe's 64 KiB while the exit code still says success.
 */
function exitAfterFlush(code: number): void {
  let pending = 2;
  const done = () => {
    if (--pending === 0) process.exit(code);
  };
  process.stdout.write('', done);
  process.stderr.write('', done);
}

void main().then(exitAfterFlush);
