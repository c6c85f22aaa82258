import { type ComboboxItem, type ComboboxParsedItem, isOptionsGroup, type OptionsFilter } from '@mantine/core';
import { fold } from '../../src-shared/text';

const matches = (item: ComboboxItem, q: string) => fold(item.label).includes(q);

/**
 * Searchable Selects match without diacritics ("tay" finds Tày, "dak" finds Đắk), the same
 * folding the server uses for names, instead of Mantine's plain lower-case substring match.
 */
export const foldFilter: OptionsFilter = ({ options, search, limit }) => {
  const q = fold(search);
  const out: ComboboxParsedItem[] = [];
  for (const o of options) {
    if (out.length >= limit) break;
    if (isOptionsGroup(o)) {
      const items = o.items.filter((i) => matches(i, q));
      if (items.length) out.push({ group: o.group, items });
    } else if (matches(o, q)) out.push(o);
  }
  return out;
};
