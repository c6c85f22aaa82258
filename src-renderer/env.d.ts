/// <reference types="vite/client" />
import type { TdktBridge } from '../src-shared/api/bridge';

declare global {
  interface Window {
    /** Exposed by the Electron preload (src-main/preload.ts); absent in a plain browser (harness). */
    tdkt?: TdktBridge;
  }
}
