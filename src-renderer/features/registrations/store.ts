import { create } from 'zustand';
import { currentYear } from './labels';

interface RegistrationsState {
  /** The year the registration screens show (kept when the clerk goes to another screen and back). */
  year: number;
  /** The registration open in the editor: an id, 'new', or null for the list. */
  open: string | 'new' | null;
  setYear(year: number): void;
  setOpen(open: string | 'new' | null): void;
}

export const useRegistrationsStore = create<RegistrationsState>()((set) => ({
  year: currentYear(),
  open: null,
  setYear: (year) => set({ year }),
  setOpen: (open) => set({ open }),
}));
