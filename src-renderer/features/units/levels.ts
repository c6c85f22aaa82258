import { UNIT_LEVEL_LABELS, UNIT_LEVELS, type UnitLevel } from '../../../src-shared/catalog/levels';

/** Select options for the administrative level (labels from the shared catalogue). */
export const LEVEL_OPTIONS: { value: UnitLevel; label: string }[] = UNIT_LEVELS.map((l) => ({
  value: l,
  label: UNIT_LEVEL_LABELS[l],
}));

export function levelLabel(level: string): string {
  return (UNIT_LEVEL_LABELS as Record<string, string>)[level] ?? level;
}
