import { create } from 'zustand';
import type { WorkPlanKind } from '../../../src-shared/api';
import { currentYear } from '../registrations/labels';

interface PlansState {
  /** The year shown (kept when the clerk leaves the screen). */
  year: number;
  kind: WorkPlanKind;
  /** A plan to show first (from the home page), or null: this unit's own of the year and kind. */
  planId: string | null;
  setYear(year: number): void;
  setKind(kind: WorkPlanKind): void;
  setPlanId(id: string | null): void;
}

export const usePlansStore = create<PlansState>()((set) => ({
  year: currentYear(),
  kind: 'tdkt',
  planId: null,
  setYear: (year) => set({ year, planId: null }),
  setKind: (kind) => set({ kind, planId: null }),
  setPlanId: (planId) => set({ planId }),
}));
