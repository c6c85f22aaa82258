import { create } from 'zustand';
import { currentYear } from '../registrations/labels';

export type InspectionsTab = 'plans' | 'templates' | 'summary';

interface InspectionsState {
  /** The year the plans and the summary show (kept when the clerk leaves the screen). */
  year: number;
  tab: InspectionsTab;
  /** The plan open over the list, or null. */
  plan: string | null;
  /** The inspection (one unit's fieldwork) open over its plan, or null. */
  inspection: string | null;
  setYear(year: number): void;
  setTab(tab: InspectionsTab): void;
  openPlan(plan: string | null): void;
  openInspection(inspection: string | null): void;
}

export const useInspectionsStore = create<InspectionsState>()((set) => ({
  year: currentYear(),
  tab: 'plans',
  plan: null,
  inspection: null,
  setYear: (year) => set({ year }),
  setTab: (tab) => set({ tab }),
  openPlan: (plan) => set({ plan, inspection: null }),
  openInspection: (inspection) => set({ inspection }),
}));
