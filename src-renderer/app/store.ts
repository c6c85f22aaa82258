import { create } from 'zustand';
import type { Installation } from '../../src-shared/api';

export type Page =
  | 'home'
  | 'people'
  | 'collectives'
  | 'units'
  | 'registrations'
  | 'movements'
  | 'dossiers'
  | 'initiatives'
  | 'inspections'
  | 'plans'
  | 'calendar'
  | 'statistics'
  | 'send'
  | 'receive'
  | 'packages'
  | 'overview'
  | 'trust'
  | 'backup'
  | 'settings'
  | 'complaints'
  | 'review'
  | 'clusters'
  | 'examples';

export type Boot =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'setup' }
  | { state: 'ready' };

interface AppState {
  boot: Boot;
  page: Page;
  installation: Installation | null;
  setBoot(boot: Boot): void;
  setPage(page: Page): void;
  /** Called after setup.status / setup.init / setup.setClerk: the installation is known. */
  setInstallation(installation: Installation): void;
}

/** The app-wide state: which screen is shown and which unit this installation belongs to. */
export const useAppStore = create<AppState>()((set) => ({
  boot: { state: 'loading' },
  page: 'home',
  installation: null,
  setBoot: (boot) => set({ boot }),
  setPage: (page) => set({ page }),
  setInstallation: (installation) => set({ installation }),
}));
