export function SummaryPanel(_p: { year: number }) { return null; }
