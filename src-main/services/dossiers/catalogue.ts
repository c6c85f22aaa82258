import bundled from '../../../resources/awards/catalogue.v1.json';
import { awardIn, CatalogueError, parseCatalogue, ruleSetFor, type AwardDef, type Catalogue, type RuleSet } from '../../../src-shared/rules/catalogue';
import { listAwards } from '../../../src-shared/rules/awardList';
import { AppError } from '../../errors';
import type { ServiceContext } from '../core';

/**
 * The award catalogue in force: the one shipped with the app (resources/awards), until the
 * province sends its own in a reference package (stored in settings, newer version wins).
 * Parsed once per process: it is data, not state.
 */
let shipped: Catalogue | null = null;

function shippedCatalogue(): Catalogue {
  if (!shipped) {
    const r = parseCatalogue(bundled);
    if (!r.ok) throw new Error(`shipped award catalogue is invalid: ${r.errors.join('; ')}`);
    shipped = r.catalogue;
  }
  return shipped;
}

export function catalogue(ctx: ServiceContext): Catalogue {
  const row = ctx.sqlite.prepare(`SELECT value FROM settings WHERE key = 'award-catalogue'`).get() as { value: string } | undefined;
  if (row) {
    const r = parseCatalogue(row.value);
    if (r.ok && r.catalogue.catalogueVersion >= shippedCatalogue().catalogueVersion) return r.catalogue;
  }
  return shippedCatalogue();
}

/** The code of this installation's province (its unit, or the unit's parent), if known. */
export function provinceCode(ctx: ServiceContext): string | null {
  const province = ctx.sqlite
    .prepare(`SELECT coalesce((SELECT p.code FROM units u JOIN units p ON p.id = u.parent_id WHERE u.id = i.unit_id AND p.level = 'province'),
                              (SELECT u.code FROM units u WHERE u.id = i.unit_id AND u.level = 'province')) code FROM installation i`)
    .get() as { code: string | null } | undefined;
  return province?.code ?? null;
}

/** The rule set for a reference date; the province's own set wins over the national one. */
export function ruleSet(ctx: ServiceContext, refDate: string): RuleSet {
  try {
    return ruleSetFor(catalogue(ctx), refDate, provinceCode(ctx));
  } catch (e) {
    if (e instanceof CatalogueError) throw new AppError('NO_RULE_SET', e.message);
    throw e;
  }
}

/** Every award of the rule set in force on `refDate` (the `awards list` command, the catalogue screen). */
export function awardList(ctx: ServiceContext, refDate: string) {
  const rs = ruleSet(ctx, refDate);
  return { referenceDate: refDate, ruleSetId: rs.id, legalBasis: rs.legalBasis, transition: rs.transition ?? null, awards: listAwards(rs) };
}

export function awardDef(ctx: ServiceContext, code: string, refDate: string): AwardDef | undefined {
  try {
    return awardIn(ruleSet(ctx, refDate), code);
  } catch {
    return undefined;
  }
}
