import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { SEARCH_COUNT_CAP, type Person, type PersonInput } from '../../../src-shared/api';
import { cleanText, fold, foldTokens, isValidIsoDate, joinFullName, nameSortKey } from '../../../src-shared/text';
import { collectives, people } from '../../db/schema';
import { AppError, fieldError, notFound } from '../../errors';
import { inTransaction, writeAudit, isoNow, today, type ServiceContext, markEdited, statement } from '../core';
import { assertOwned, originCode } from '../installation';

const FULL_NAME_MAX = 100;

const COLUMNS = `
  p.id, p.origin, p.rev, p.created_at createdAt, p.updated_at updatedAt,
  p.family_name familyName, p.middle_name middleName, p.given_name givenName, p.full_name fullName,
  p.gender, p.birth_date birthDate, p.birth_year birthYear, p.ethnicity, p.position,
  p.unit_id unitId, u.name unitName, p.collective_id collectiveId, c.name collectiveName,
  p.direct_labor directLabor, p.phone, p.home_town homeTown, p.residence, p.qualification, p.academic_rank academicRank,
  p.remote_area remoteArea`;
const JOINS = `LEFT JOIN units u ON u.id = p.unit_id LEFT JOIN collectives c ON c.id = p.collective_id`;

type PersonSqlRow = Omit<Person, 'directLabor' | 'remoteArea'> & { directLabor: number; remoteArea: number | null };
const toPerson = (r: PersonSqlRow): Person => ({ ...r, directLabor: r.directLabor === 1, remoteArea: r.remoteArea === null ? null : r.remoteArea === 1 });

/**
 * FTS5 query: the folded words, in the order typed, each the start of consecutive words of
 * the name ("nguyen van" → Nguyễn Văn An but not Nguyễn Thị Vân; "ng v" works while typing).
 * Tokens hold only [a-z0-9], so quoting them is safe.
 */
export function ftsQuery(query: string): string | null {
  const tokens = foldTokens(query);
  return tokens.length ? tokens.map((t) => `"${t}"*`).join(' + ') : null;
}

/** `after` of keyset paging ("seq:sort_key" of the previous page's last row, its `next`). */
function decodeCursor(after: string): [sortKey: string, seq: number] {
  const colon = after.indexOf(':');
  const seq = Number(after.slice(0, colon));
  if (colon < 1 || !Number.isSafeInteger(seq)) {
    throw new AppError('BAD_CURSOR', 'Vị trí trang danh sách không hợp lệ; hãy tải lại danh sách.');
  }
  return [after.slice(colon + 1), seq];
}

/**
 * One page of people in Vietnamese order (tên, tên đệm, họ). A query is matched through the
 * FTS5 index of folded names, so "dang" finds Đặng and NFD input finds NFC names.
 *
 * Built for type-ahead over a province (100,000 people, a third of them Nguyễn): matches are
 * counted only up to SEARCH_COUNT_CAP unless `exactCount` asks for all; a common name walks
 * the name-order index and keeps the rows the FTS index matched until the page is full, instead
 * of sorting every match; a rare one sorts its few matches. Pages follow each other by keyset
 * (`after` = the previous page's `next`), which costs the same at row 50,000 as at row 0; an
 * `offset` (a jump in the list) walks the index alone, then reads the page's rows.
 */
export function searchPeople(
  ctx: ServiceContext,
  input: { query: string; offset: number; limit: number; unitId: string | null; after?: string | null; exactCount?: boolean },
): { total: number; totalExact: boolean; items: Person[]; next: string | null } {
  const match = ftsQuery(input.query);
  const where = ['p.deleted = 0'];
  const args: unknown[] = [];
  if (input.unitId) {
    where.push('p.unit_id = ?');
    args.push(input.unitId);
  }
  const filter = where.join(' AND ');
  const sql = ctx.sqlite;

  let total: number;
  let totalExact = true;
  if (!match) {
    total = (sql.prepare(`SELECT count(*) n FROM people p WHERE ${filter}`).get(...args) as { n: number }).n;
  } else if (input.exactCount) {
    total = (sql.prepare(`SELECT count(*) n FROM people_fts f JOIN people p ON p.seq = f.rowid WHERE people_fts MATCH ? AND ${filter}`).get(match, ...args) as { n: number }).n;
  } else {
    const upTo = (sql.prepare(`SELECT count(*) n FROM (SELECT 1 FROM people_fts f JOIN people p ON p.seq = f.rowid WHERE people_fts MATCH ? AND ${filter} LIMIT ${SEARCH_COUNT_CAP + 1})`).get(match, ...args) as { n: number }).n;
    totalExact = upTo <= SEARCH_COUNT_CAP;
    total = Math.min(upTo, SEARCH_COUNT_CAP);
  }

  // Which rows, in order: only seq and sort_key, so the walk stays inside an index.
  const rare = !!match && totalExact && total <= SEARCH_COUNT_CAP;
  const pick = [filter];
  const pickArgs: unknown[] = [...args];
  if (match && !rare) {
    pick.push('p.seq IN (SELECT rowid FROM people_fts WHERE people_fts MATCH ?)');
    pickArgs.push(match);
  }
  if (input.after) {
    pick.push('(p.sort_key, p.seq) > (?, ?)');
    pickArgs.push(...decodeCursor(input.after));
  }
  const from = rare ? 'people_fts f JOIN people p ON p.seq = f.rowid' : 'people p';
  const matchFirst = rare ? 'people_fts MATCH ? AND ' : '';
  const pageSql = `SELECT p.seq, p.sort_key FROM ${from} WHERE ${matchFirst}${pick.join(' AND ')}
                   ORDER BY p.sort_key, p.seq LIMIT ? OFFSET ?`;
  const page = sql.prepare(pageSql).all(...(rare ? [match] : []), ...pickArgs, input.limit, input.after ? 0 : input.offset) as {
    seq: number;
    sort_key: string;
  }[];
  // Then the page's rows with their unit and collective, put back in the order just found.
  const bySeq = new Map(
    (sql.prepare(`SELECT ${COLUMNS}, p.seq cursorSeq FROM people p ${JOINS} WHERE p.seq IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify(page.map((r) => r.seq))) as (PersonSqlRow & { cursorSeq: number })[]).map(({ cursorSeq, ...r }) => [cursorSeq, r]),
  );
  const last = page[page.length - 1];
  return {
    total,
    totalExact,
    items: page.map((r) => toPerson(bySeq.get(r.seq)!)),
    next: last && page.length === input.limit ? `${last.seq}:${last.sort_key}` : null,
  };
}

export function getPerson(ctx: ServiceContext, id: string): Person {
  const row = statement(ctx, `SELECT ${COLUMNS} FROM people p ${JOINS} WHERE p.id = ? AND p.deleted = 0`).get(id) as
    | PersonSqlRow
    | undefined;
  if (!row) throw notFound('cá nhân');
  return toPerson(row);
}

function cleanPerson(ctx: ServiceContext, input: Required<PersonInput>) {
  const parts = {
    familyName: cleanText(input.familyName),
    middleName: cleanText(input.middleName),
    givenName: cleanText(input.givenName),
  };
  if (!parts.givenName) throw fieldError('givenName', 'Vui lòng nhập tên.');
  const fullName = joinFullName(parts);
  if (fullName.length > FULL_NAME_MAX) throw fieldError('givenName', `Họ và tên dài tối đa ${FULL_NAME_MAX} ký tự.`);

  const todayIso = today(ctx);
  let birthYear = input.birthYear;
  if (input.birthDate) {
    if (!isValidIsoDate(input.birthDate)) throw fieldError('birthDate', 'Ngày sinh không có thật; hãy nhập theo dạng dd/mm/yyyy.');
    if (input.birthDate > todayIso) throw fieldError('birthDate', 'Ngày sinh không được ở tương lai.');
    if (input.birthDate < '1900-01-01') throw fieldError('birthDate', 'Ngày sinh phải từ năm 1900 trở đi.');
    birthYear = Number(input.birthDate.slice(0, 4));
  } else if (birthYear !== null && birthYear > Number(todayIso.slice(0, 4))) {
    throw fieldError('birthYear', 'Năm sinh không được ở tương lai.');
  }

  let unitId = input.unitId;
  if (unitId) {
    const u = statement(ctx, 'SELECT deleted FROM units WHERE id = ?').get(unitId) as { deleted: number } | undefined;
    if (!u || u.deleted) throw fieldError('unitId', 'Đơn vị công tác không có trong danh mục.');
  }
  if (input.collectiveId) {
    const c = ctx.db.select().from(collectives).where(eq(collectives.id, input.collectiveId)).get();
    if (!c || c.deleted) throw fieldError('collectiveId', 'Tập thể không có trong danh sách.');
    unitId ??= c.unitId; // a member of a collective works in its unit unless told otherwise
  }
  const phone = input.phone ? input.phone.replace(/[ .]/g, '') : null;
  if (phone && (phone.replace('+', '').length < 8 || phone.replace('+', '').length > 15)) {
    throw fieldError('phone', 'Số điện thoại chỉ gồm chữ số (8–15 số).');
  }
  return {
    ...parts,
    fullName,
    sortKey: nameSortKey(parts),
    searchText: fold(fullName),
    gender: input.gender,
    birthDate: input.birthDate,
    birthYear,
    ethnicity: input.ethnicity,
    position: cleanText(input.position),
    unitId,
    collectiveId: input.collectiveId,
    directLabor: input.directLabor,
    phone,
    homeTown: cleanText(input.homeTown),
    residence: cleanText(input.residence),
    qualification: cleanText(input.qualification),
    academicRank: cleanText(input.academicRank),
    remoteArea: input.remoteArea,
  };
}

export function createPerson(ctx: ServiceContext, input: Required<PersonInput>): Person {
  return inTransaction(ctx, () => {
    const clean = cleanPerson(ctx, input);
    const now = isoNow(ctx);
    const row = { id: crypto.randomUUID(), origin: originCode(ctx), rev: 1, createdAt: now, updatedAt: now, deleted: false, ...clean };
    ctx.db.insert(people).values(row).run();
    writeAudit(ctx, { action: 'create', entity: 'person', entityId: row.id, after: row });
    return getPerson(ctx, row.id);
  });
}

export function updatePerson(ctx: ServiceContext, input: Required<PersonInput> & { id: string }): Person {
  return inTransaction(ctx, () => {
    const before = ctx.db.select().from(people).where(eq(people.id, input.id)).get();
    if (!before || before.deleted) throw notFound('cá nhân');
    assertOwned(ctx, before.origin);
    const { seq: _seq, ...rest } = before;
    const after = { ...rest, ...cleanPerson(ctx, input), rev: before.rev + 1, updatedAt: isoNow(ctx) };
    ctx.db.update(people).set(after).where(eq(people.id, input.id)).run();
    writeAudit(ctx, { action: 'update', entity: 'person', entityId: input.id, before, after });
    markEdited(ctx, 'person', input.id);
    return getPerson(ctx, input.id);
  });
}

export function deletePerson(ctx: ServiceContext, id: string): { ok: true } {
  return inTransaction(ctx, () => {
    const before = ctx.db.select().from(people).where(eq(people.id, id)).get();
    if (!before || before.deleted) throw notFound('cá nhân');
    assertOwned(ctx, before.origin);
    const after = { deleted: true, rev: before.rev + 1, updatedAt: isoNow(ctx) };
    ctx.db.update(people).set(after).where(eq(people.id, id)).run();
    writeAudit(ctx, { action: 'delete', entity: 'person', entityId: id, before, after: { ...before, ...after } });
    return { ok: true as const };
  });
}
