import type Database from 'better-sqlite3';
import type { ServiceContext } from './context';

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * A prepared statement compiled once per connection and reused: for SQL run once per record on
 * bulk paths (package apply, imports, the audit row), where compiling it again each call costs
 * more than running it. The SQL must be a constant (values go in as parameters).
 */
export function statement(ctx: ServiceContext, sql: string): Database.Statement {
  let byText = cache.get(ctx.sqlite);
  if (!byText) cache.set(ctx.sqlite, (byText = new Map()));
  let s = byText.get(sql);
  if (!s) byText.set(sql, (s = ctx.sqlite.prepare(sql)));
  return s;
}
