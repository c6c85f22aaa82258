import { describe, expect, it } from 'vitest';
import { FOLD_OVER, groupByType, groupRows, versionText } from '../../../src-shared/exchange/groups';

const rec = (type: string, typeLabel: string, id: string) => ({ type, typeLabel, id });
const people = (n: number) => Array.from({ length: n }, (_, i) => rec('person', 'Cá nhân', `p${i}`));

describe('groupByType', () => {
  const items = [
    rec('person', 'Cá nhân', 'p1'),
    rec('dossier', 'Hồ sơ đề nghị khen thưởng', 'd1'),
    rec('person', 'Cá nhân', 'p2'),
    rec('collective', 'Tập thể', 'c1'),
    rec('registration', 'Đăng ký thi đua', 'r1'),
    rec('dossier', 'Hồ sơ đề nghị khen thưởng', 'd2'),
  ];

  it('puts the work first (in the order it comes), the registry last, with every record once', () => {
    const g = groupByType(items);
    expect(g.map((x) => [x.type, x.items.length, x.folded])).toEqual([
      ['dossier', 2, false],
      ['registration', 1, false],
      ['person', 2, false],
      ['collective', 1, false],
    ]);
    expect(g.flatMap((x) => x.items.map((i) => i.id)).sort()).toEqual(items.map((i) => i.id).sort());
  });

  it.each([
    [FOLD_OVER, false],
    [FOLD_OVER + 1, true],
    [300, true],
  ])('a registry group of %i people starts folded: %s; a long work group never does', (n, folded) => {
    const g = groupByType([...people(n), ...Array.from({ length: 300 }, (_, i) => rec('dossier', 'Hồ sơ', `d${i}`))]);
    expect(g.map((x) => [x.type, x.folded])).toEqual([['dossier', false], ['person', folded]]);
  });

  it('lists a folded group as its header only, an open one with its records', () => {
    const g = groupByType([...items, ...people(300)]);
    const rows = groupRows(g, (x) => !x.folded);
    expect(rows.map((r) => (r.kind === 'group' ? `[${r.group.type}]` : r.item.id))).toEqual(['[dossier]', 'd1', 'd2', '[registration]', 'r1', '[person]', '[collective]', 'c1']);
    expect(groupRows(g, () => true)).toHaveLength(items.length + 300 + 4);
    expect(groupByType([])).toEqual([]);
  });
});

describe('versionText', () => {
  it.each([
    [1, 'Bản đầu tiên'],
    [2, 'Sửa lần thứ 1'],
    [7, 'Sửa lần thứ 6'],
  ])('rev %i reads "%s"', (rev, text) => expect(versionText(rev)).toBe(text));
});
