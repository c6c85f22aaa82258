import { create } from 'zustand';

/** A form with changes not yet saved as a record (its draft is kept by useDraft). */
export interface DirtyForm {
  label: string;
  /** Writes the pending draft now (before the form goes away). */
  flush(): Promise<void>;
  /** Forgets the changes: the stored draft is removed. */
  discard(): Promise<void>;
}

interface UnsavedState {
  forms: Record<string, DirtyForm>;
  /** A departure waiting for the clerk's answer (another screen, closing a form). */
  leaving: { keys: string[] | null; proceed: () => void } | null;
  mark(key: string, form: DirtyForm | null): void;
  /**
   * Leaves at once when nothing is unsaved, else asks first. `keys` limits the question to
   * some forms (closing one form); null means every open form (changing screen).
   */
  requestLeave(proceed: () => void, keys?: string[] | null): void;
  cancelLeave(): void;
}

/** Which open forms hold unsaved changes, and the departure the clerk is being asked about. */
export const useUnsavedStore = create<UnsavedState>()((set, get) => ({
  forms: {},
  leaving: null,
  mark: (key, form) =>
    set((s) => {
      if (!form && !(key in s.forms)) return s;
      const forms = { ...s.forms };
      if (form) forms[key] = form;
      else delete forms[key];
      return { forms };
    }),
  requestLeave: (proceed, keys = null) => {
    const dirty = Object.keys(get().forms).filter((k) => !keys || keys.includes(k));
    if (!dirty.length) proceed();
    else set({ leaving: { keys: dirty, proceed } });
  },
  cancelLeave: () => set({ leaving: null }),
}));

/** Wraps a page's own "back to the list" so that every unsaved form on the page is asked about first. */
export function useLeaveGuard(): (leave: () => void) => () => void {
  const requestLeave = useUnsavedStore((s) => s.requestLeave);
  return (leave) => () => requestLeave(leave);
}
