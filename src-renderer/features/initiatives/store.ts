import { create } from 'zustand';
import type { YearScope } from '../registrations/YearFilter';

interface InitiativesState {
  /** What the list shows, the open work by default (kept when the clerk goes to another screen and back). */
  year: YearScope;
  /** The application open in the editor, or null for the list. */
  open: string | null;
  setYear(year: YearScope): void;
  setOpen(open: string | null): void;
}

export const useInitiativesStore = create<InitiativesState>()((set) => ({
  year: 'open',
  open: null,
  setYear: (year) => set({ year }),
  setOpen: (open) => set({ open }),
}));
