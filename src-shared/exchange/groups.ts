// The records of a package (to send, or received) grouped by record type, so a dossier is not
// lost among 300 people: the work records first in the order they come, then the registry
// (people, collectives), whose groups start folded when long.

/** Record types that are the registry behind the work (who is who), not the work itself. */
export const REGISTRY_TYPES: ReadonlySet<string> = new Set(['person', 'collective', 'unit']);
/** A registry group longer than this starts folded (a handful of people is read at a glance). */
export const FOLD_OVER = 20;

export interface TypeGroup<T> {
  type: string;
  label: string;
  items: T[];
  /** Folded when the list first shows (a long registry group). */
  folded: boolean;
}

export function groupByType<T extends { type: string; typeLabel: string }>(items: readonly T[]): TypeGroup<T>[] {
  const groups = new Map<string, TypeGroup<T>>();
  for (const item of items) {
    let g = groups.get(item.type);
    if (!g) {
      g = { type: item.type, label: item.typeLabel, items: [], folded: false };
      groups.set(item.type, g);
    }
    g.items.push(item);
  }
  const all = [...groups.values()];
  for (const g of all) g.folded = REGISTRY_TYPES.has(g.type) && g.items.length > FOLD_OVER;
  const registry = (g: TypeGroup<T>) => REGISTRY_TYPES.has(g.type);
  return [...all.filter((g) => !registry(g)), ...all.filter(registry)];
}

export type GroupRow<T> = { kind: 'group'; group: TypeGroup<T>; open: boolean } | { kind: 'item'; item: T; group: TypeGroup<T> };

/** The rows a list shows: each group's header, then its records when the group is open. */
export function groupRows<T>(groups: readonly TypeGroup<T>[], isOpen: (g: TypeGroup<T>) => boolean): GroupRow<T>[] {
  const rows: GroupRow<T>[] = [];
  for (const group of groups) {
    const open = isOpen(group);
    rows.push({ kind: 'group', group, open });
    if (open) for (const item of group.items) rows.push({ kind: 'item', item, group });
  }
  return rows;
}

/** "Sửa lần thứ 2" rather than "rev 3": a record's first version, or how many times it was changed. */
export function versionText(rev: number): string {
  return rev <= 1 ? 'Bản đầu tiên' : `Sửa lần thứ ${rev - 1}`;
}
