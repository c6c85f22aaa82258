import crypto from 'node:crypto';
import type { z } from 'zod';
import type { AwardImportPreview, AwardImportRow, awardImportApi, awardImportInput } from '../../../src-shared/api';
import {
  awardIndex, matchAward, normalizeAwardHistoryRows, type CatalogueAward, type NormalizedAwardRow,
} from '../../../src-shared/formats/awardHistoryRows';
import { lineMessage } from '../../../src-shared/formats/tabularRows';
import type { AwardCategory } from '../../../src-shared/rules/vocab';
import { fold } from '../../../src-shared/text';
import { AppError } from '../../errors';
import { readTable, rememberLayout, type TableLayout } from '../spreadsheet';
import { inTransaction, writeAudit, today, type ServiceContext } from '../core';
import { addHistory } from './awardHistory';
import { ruleSet } from './catalogue';
import { peopleFinder } from '../registry';

/**
 * Khen thưởng đã có from a clerk's list: each row matched to one person (folded name + birth
 * year, the unit telling homonyms apart) or one collective of the registry, its award to the
 * catalogue in force in its year (else kept as written, with the row's or the default category),
 * and checked against the history already recorded (same subject, year and award → skipped).
 * People and collectives are never created here: an award for someone unknown is an error the
 * clerk resolves in the registry first, because a guessed person would carry the award into
 * every later eligibility check.
 */
type ImportInput = z.output<typeof awardImportInput>;
type ApplyInput = z.output<(typeof awardImportApi)['awards.importApply']['input']>;

interface Subject {
  subjectId: string;
  name: string;
  unitName: string | null;
}

async function readAwardSheet(ctx: ServiceContext, input: ImportInput): Promise<{ layout: TableLayout; rows: NormalizedAwardRow[]; encodingUsed: AwardImportPreview['encodingUsed'] }> {
  const sheet = { ...input.sheet, target: 'award-history' as const };
  const { layout, data } = await readTable(ctx, sheet);
  const normalized = normalizeAwardHistoryRows(data, layout.mapping, { encoding: sheet.encoding, now: ctx.now() });
  return { layout, rows: normalized.rows, encodingUsed: normalized.encodingUsed };
}

/** Of several candidates, those whose unit the row names (the same folded name, or one containing the other). */
function byUnit<T extends { unitName: string | null }>(candidates: T[], unitName: string): T[] {
  const want = fold(unitName);
  if (!want) return candidates;
  return candidates.filter((c) => {
    const have = fold(c.unitName ?? '');
    return have !== '' && (have === want || have.includes(want) || want.includes(have));
  });
}

/** The registry's person or collective a row names, or the sentence saying why none is taken. */
function subjectFinder(ctx: ServiceContext) {
  const findPeople = peopleFinder(ctx);
  const collectivesByName = ctx.sqlite.prepare(
    `SELECT c.id subjectId, c.name name, u.name unitName FROM collectives c LEFT JOIN units u ON u.id = c.unit_id
     WHERE c.name_folded = ? AND c.deleted = 0 LIMIT 10`,
  );
  return (v: NormalizedAwardRow['values']): { subject: Subject } | { problem: string } => {
    if (v.subjectType === 'collective') {
      const all = collectivesByName.all(fold(v.name)) as Subject[];
      const found = all.length > 1 ? byUnit(all, v.unitName) : all;
      if (found.length === 1) return { subject: found[0]! };
      if (!all.length) return { problem: `không có tập thể "${v.name}" trong danh sách tập thể; hãy thêm tập thể này ở mục Tập thể trước` };
      return { problem: `có ${all.length} tập thể tên "${v.name}"; hãy ghi đơn vị quản lý để phân biệt` };
    }
    const all = findPeople(v.name, v.birthYear).map((p) => ({ subjectId: p.personId, name: p.fullName, unitName: p.unitName }));
    const found = all.length > 1 ? byUnit(all, v.unitName) : all;
    if (found.length === 1) return { subject: found[0]! };
    if (all.length > 1) {
      const same = v.birthYear === null ? 'trùng họ tên' : 'trùng họ tên và năm sinh';
      const hint = v.birthYear === null ? 'hãy ghi năm sinh hoặc đơn vị' : 'hãy ghi đơn vị';
      return { problem: `có ${all.length >= 10 ? 'nhiều' : all.length} người ${same} "${v.name}" trong danh sách cá nhân; ${hint} để phân biệt` };
    }
    if (v.birthYear !== null && findPeople(v.name, null).length) {
      return { problem: `có người tên "${v.name}" trong danh sách cá nhân nhưng không sinh năm ${v.birthYear}; hãy kiểm tra lại năm sinh` };
    }
    return { problem: `không có "${v.name}" trong danh sách cá nhân; hãy thêm người này ở mục Cá nhân trước` };
  };
}

/** The catalogue's awards (as an index) of the rule set in force at the end of a year, or today. */
function catalogueFinder(ctx: ServiceContext) {
  const byYear = new Map<number, Map<string, CatalogueAward[]>>();
  return (year: number | null): Map<string, CatalogueAward[]> => {
    const end = year === null ? today(ctx) : `${year}-12-31`;
    const date = end < today(ctx) ? end : today(ctx);
    const key = year ?? 0;
    let index = byYear.get(key);
    if (!index) {
      let awards: CatalogueAward[];
      try {
        awards = ruleSet(ctx, date).awards;
      } catch {
        // Years before the first rule set: the names have not changed, the set in force now knows them.
        awards = ruleSet(ctx, today(ctx)).awards;
      }
      index = awardIndex(awards);
      byYear.set(key, index);
    }
    return index;
  };
}

/** An award as compared for duplicates: folded name and decision number. */
interface Known {
  year: number;
  code: string;
  name: string;
  num: string;
}
const known = (k: Known): Known => ({ year: k.year, code: k.code, name: fold(k.name), num: fold(k.num).replace(/\s+/g, '') });

/**
 * The same award recorded twice: same year and award (catalogue code, or name), and not told
 * apart by decision numbers (two Giấy khen in one year under two decisions are two awards).
 */
const sameAward = (a: Known, b: Known) =>
  a.year === b.year && ((a.code !== '' && a.code === b.code) || a.name === b.name) && (!a.num || !b.num || a.num === b.num);

/**
 * Every row with its subject, award, category and status. Reads the database only; the apply
 * step calls it inside its transaction, so what it checks is what it writes against.
 */
function resolveRows(ctx: ServiceContext, rows: readonly NormalizedAwardRow[], defaultCategory: AwardCategory) {
  const findSubject = subjectFinder(ctx);
  const awardsOf = catalogueFinder(ctx);
  const historyOf = ctx.sqlite.prepare(
    'SELECT year, award_code code, award_name name, decision_number num FROM award_history WHERE subject_type = ? AND subject_id = ? AND deleted = 0',
  );
  const recorded = new Map<string, Known[]>();
  const inFile = new Map<string, (Known & { line: number })[]>();

  const counts = { rows: 0, ok: 0, duplicates: 0, errors: 0, inCatalogue: 0, outside: 0 };
  const out: AwardImportRow[] = rows.map((r) => {
    const v = r.values;
    const errors = [...r.errors];
    const warnings = [...r.warnings];
    const problem = (p: string) => errors.push(lineMessage(r.line, p));

    let match: Subject | null = null;
    if (v.subjectType && v.name) {
      const found = findSubject(v);
      if ('subject' in found) match = found.subject;
      else problem(found.problem);
    }

    let awardCode = '';
    let awardName = v.awardText;
    let category: AwardCategory = v.category ?? defaultCategory;
    if (v.awardText && v.subjectType) {
      const m = matchAward(v.awardText, v.subjectType, awardsOf(v.year));
      if (m.kind === 'catalogue') {
        awardCode = m.award.code;
        awardName = m.award.name;
        category = v.category ?? (m.award.category as AwardCategory);
      } else if (m.kind === 'wrong-subject') {
        const forWhom = m.award.subject === 'individual' ? 'cá nhân' : 'tập thể';
        problem(`"${m.award.name}" là khen thưởng dành cho ${forWhom}, không ghi cho ${v.subjectType === 'person' ? 'cá nhân' : 'tập thể'}`);
      }
    }

    let status: AwardImportRow['status'] = errors.length ? 'error' : 'ok';
    if (status === 'ok' && match && v.year !== null && v.subjectType) {
      const subjectKey = `${v.subjectType}|${match.subjectId}`;
      let have = recorded.get(subjectKey);
      if (!have) {
        have = (historyOf.all(v.subjectType, match.subjectId) as { year: number; code: string; name: string; num: string }[]).map(known);
        recorded.set(subjectKey, have);
      }
      const me = known({ year: v.year, code: awardCode, name: awardName, num: v.decisionNumber });
      const seen = inFile.get(subjectKey) ?? [];
      const earlier = seen.find((k) => sameAward(k, me));
      if (have.some((k) => sameAward(k, me))) {
        status = 'duplicate';
        warnings.push(lineMessage(r.line, `${match.name} đã có ${awardName} năm ${v.year} trong khen thưởng đã có; bỏ qua dòng này`));
      } else if (earlier) {
        status = 'duplicate';
        warnings.push(lineMessage(r.line, `trùng với dòng ${earlier.line} (cùng đối tượng, năm và khen thưởng); bỏ qua dòng này`));
      } else {
        inFile.set(subjectKey, [...seen, { ...me, line: r.line }]);
      }
    }

    counts.rows++;
    if (status === 'error') counts.errors++;
    else if (status === 'duplicate') counts.duplicates++;
    else {
      counts.ok++;
      if (awardCode) counts.inCatalogue++;
      else counts.outside++;
    }
    return {
      line: r.line, subjectType: v.subjectType, name: v.name, birthYear: v.birthYear, unitName: v.unitName, year: v.year,
      awardText: v.awardText, awardCode, awardName, category, decisionNumber: v.decisionNumber, decisionDate: v.decisionDate, issuer: v.issuer,
      match: match ? { subjectId: match.subjectId, name: match.name, detail: match.unitName ?? '' } : null,
      status, converted: r.converted, errors, warnings,
    };
  });
  return { rows: out, counts };
}

/** What the list would add, row by row; writes nothing. */
export async function previewAwardImport(ctx: ServiceContext, input: ImportInput): Promise<AwardImportPreview> {
  const { layout, rows, encodingUsed } = await readAwardSheet(ctx, input);
  return { ...layout, encodingUsed, ...resolveRows(ctx, rows, input.defaultCategory) };
}

/**
 * Writes the accepted rows (source 'import', one audit row each and one for the import) and
 * remembers the column mapping, all in one transaction. Refused, writing nothing, while a row
 * has an error, unless the clerk chose to import only the valid rows.
 */
export async function applyAwardImport(ctx: ServiceContext, input: ApplyInput): Promise<{ added: number; duplicates: number; skippedErrors: number }> {
  // Reading the workbook is asynchronous; the checks and writes below are one synchronous transaction.
  const { layout, rows } = await readAwardSheet(ctx, input);
  const has = (f: string) => typeof layout.mapping[f] === 'number';
  const missing = [
    ...(has('fullName') || has('collectiveName') ? [] : ['họ và tên (hoặc tên tập thể)']),
    ...(has('year') ? [] : ['năm']),
    ...(has('award') ? [] : ['danh hiệu, hình thức khen thưởng']),
  ];
  if (missing.length) {
    throw new AppError('SHEET_MAPPING', `Chưa biết cột nào ghi ${missing.join(', ')}: hãy chọn đúng dòng tiêu đề hoặc tự ghép cột.`);
  }
  return inTransaction(ctx, () => {
    const { rows: resolved, counts } = resolveRows(ctx, rows, input.defaultCategory);
    if (counts.errors && !input.onlyValid) {
      const shown = resolved.filter((r) => r.status === 'error').slice(0, 3).flatMap((r) => r.errors);
      throw new AppError(
        'SHEET_ROWS',
        `Chưa nhập: ${counts.errors} dòng có lỗi. ${shown.join(' ')}${counts.errors > 3 ? ' …' : ''} Hãy sửa trong Excel rồi chọn lại tệp, hoặc chọn "Chỉ nhập các dòng hợp lệ".`,
      );
    }
    const accepted = resolved.filter((r) => r.status === 'ok');
    if (!accepted.length) {
      throw new AppError(
        'SHEET_EMPTY',
        counts.duplicates ? 'Mọi dòng hợp lệ đều đã có trong khen thưởng đã có; không có gì để nhập thêm.' : 'Danh sách không có dòng nào nhập được.',
      );
    }
    const ids = accepted.map((r) => addHistory(ctx, {
      subjectType: r.subjectType!, subjectId: r.match!.subjectId, year: r.year!, awardCode: r.awardCode, awardName: r.awardName,
      category: r.category, decisionNumber: r.decisionNumber, decisionDate: r.decisionDate, issuer: r.issuer, source: 'import',
    }).id);
    writeAudit(ctx, {
      action: 'import',
      entity: 'award-history',
      entityId: crypto.randomUUID(),
      after: {
        file: input.sheet.source.kind === 'xlsx' ? input.sheet.source.fileName : '(dán từ Excel)',
        sheet: layout.sheet, added: ids.length, duplicates: counts.duplicates, skippedErrors: counts.errors, ids,
      },
    });
    rememberLayout(ctx, layout.signature, 'award-history', layout.mapping);
    return { added: ids.length, duplicates: counts.duplicates, skippedErrors: counts.errors };
  });
}
