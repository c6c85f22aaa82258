import { create } from 'zustand';
import { currentYear } from '../registrations/labels';

interface InitiativesState {
  /** The year the list shows (kept when the clerk goes to another screen and back). */
  year: number;
  /** The application open in the editor, or null for the list. */
  open: string | null;
  setYear(year: number): void;
  setOpen(open: string | null): void;
}

export const useInitiativesStore = create<InitiativesState>()((set) => ({
  year: currentYear(),
  open: null,
  setYear: (year) => set({ year }),
  setOpen: (open) => set({ open }),
}));
