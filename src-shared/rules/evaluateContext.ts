// What a caller tells the eligibility engine about one award use (shared by eligibility.ts and the
// rules in awardRules.ts, in its own file so that neither imports the other).
export interface EvaluateContext {
  /** This award use's id, as stored in an initiative's `usedForAwardId`: its own initiatives still count. */
  dossierId?: string;
  /** Catalogue criteria of check `evidence` the clerk has seen proven: criterion id → what proves it. */
  confirmed?: Readonly<Record<string, string>>;
}
