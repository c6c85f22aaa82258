import { create } from 'zustand';
import type { YearScope } from './YearFilter';

interface RegistrationsState {
  /**
   * What the list shows, the open work by default (kept when the clerk goes to another screen
   * and back); the deadline card and the printed lists follow a chosen year, else this year.
   */
  year: YearScope;
  /** The registration open in the editor: an id, 'new', or null for the list. */
  open: string | 'new' | null;
  setYear(year: YearScope): void;
  setOpen(open: string | 'new' | null): void;
}

export const useRegistrationsStore = create<RegistrationsState>()((set) => ({
  year: 'open',
  open: null,
  setYear: (year) => set({ year }),
  setOpen: (open) => set({ open }),
}));
