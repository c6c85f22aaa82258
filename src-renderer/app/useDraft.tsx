import { Alert, Button, Group, Text } from '@mantine/core';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { invoke } from '../api';
import { formatDateTime } from './format';
import { notifyError } from './notify';
import { useUnsavedStore } from './unsaved';

/** A draft is written at most this long after the first change not yet kept (≤ 2 s lost in a crash). */
export const DRAFT_DELAY_MS = 1000;

/** JSON with object keys sorted, so equal drafts compare equal whatever order their keys were set in. */
export function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : x,
  );
}

// Every draft call goes through one queue, so a save never lands after the clear that followed it.
let queue: Promise<unknown> = Promise.resolve();
function run<R>(fn: () => Promise<R>): Promise<R> {
  const next = queue.then(fn, fn);
  queue = next.catch(() => undefined);
  return next;
}

export interface DraftOptions<T> {
  /** Names the form and its record ("person:new", "person:<id>"); null keeps no draft (read-only, loading). */
  key: string | null;
  /** What the clerk calls this form ("Thêm cá nhân"), shown when leaving it. */
  label: string;
  /** What the form holds now (null while loading). */
  value: T | null;
  /** What the form held when opened, i.e. the saved record (null while loading). */
  pristine: T | null;
  /** Puts a kept draft (or the pristine values) back into the form. */
  restore: (v: T) => void;
  /** The record's rev, to say when the record changed after the draft was kept. */
  rev?: number | null;
  /** What counts when comparing (leave out keys that only React needs). */
  compareAs?: (v: T) => unknown;
}

export interface Draft {
  dirty: boolean;
  /** "Đã khôi phục bản nháp…" with a button to throw the draft away; null when nothing was restored. */
  notice: ReactNode;
  /** Wraps a close/leave action so that unsaved changes are asked about first. */
  guard: (leave: () => void) => () => void;
  /** After the record was saved or deleted: the draft is done with. */
  saved: () => void;
  /** Throws the changes away: the form shows the saved record again and the draft is removed. */
  discard: () => Promise<void>;
}

/**
 * The one place that keeps a form's unsaved work: the draft is written to the database (not the
 * browser's storage: the harness changes origin on every start, and the clerk's data lives in
 * the data folder) within a second of typing, read back when the form is opened again (also
 * after a crash), and a page reload or window close with unsaved changes is warned about.
 * Leaving to another screen or closing the form goes through `guard` and the shell's LeaveDialog.
 */
export function useDraft<T>(o: DraftOptions<T>): Draft {
  const { key, label } = o;
  const project = (v: T | null) => (v === null ? null : canonical(o.compareAs ? o.compareAs(v) : v));
  const current = project(o.value);
  const pristineJson = project(o.pristine);
  // After a save the form may stay open with what was saved: that becomes the baseline.
  const [override, setOverride] = useState<{ key: string | null; pristine: string | null; json: string | null } | null>(null);
  const baseline = override && override.key === key && override.pristine === pristineJson ? override.json : pristineJson;
  const [checkedKey, setCheckedKey] = useState<string | null>(null);
  const checked = key !== null && checkedKey === key;
  const dirty = checked && current !== null && baseline !== null && current !== baseline;
  const [restored, setRestored] = useState<{ savedAt: string; stale: boolean } | null>(null);

  const latest = useRef({ o, current, baseline, pristineJson, key });
  latest.current = { o, current, baseline, pristineJson, key };
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<(() => Promise<unknown>) | null>(null);
  const stored = useRef(false);
  const failed = useRef(false);

  const fail = useCallback((e: unknown) => {
    if (failed.current) return;
    failed.current = true; // once per form: the clerk can still save the record itself
    notifyError(e, 'Chưa lưu được bản nháp');
  }, []);

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const p = pending.current;
    pending.current = null;
    if (p) await run(p).catch(fail);
  }, [fail]);

  const forget = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
    stored.current = false;
    setRestored(null);
    const k = latest.current.key;
    return k ? run(() => invoke('drafts.clear', { key: k })).then(() => undefined, fail) : Promise.resolve();
  }, [fail]);

  const discard = useCallback(async () => {
    const { o: opts } = latest.current;
    if (opts.pristine !== null) opts.restore(opts.pristine);
    setOverride(null);
    await forget();
  }, [forget]);

  const saved = useCallback(() => {
    const l = latest.current;
    setOverride({ key: l.key, pristine: l.pristineJson, json: l.current });
    void forget();
  }, [forget]);

  // Opening the form: a kept draft comes back, unless the clerk has already started typing.
  const ready = key !== null && pristineJson !== null;
  useEffect(() => {
    if (!ready || key === null) return;
    let alive = true;
    run(() => invoke('drafts.get', { key }))
      .then((d) => {
        if (!alive) return;
        const l = latest.current;
        if (d) stored.current = true;
        if (d && l.current === l.baseline && project(d.value as T) !== l.baseline) {
          l.o.restore(d.value as T);
          const rev = l.o.rev ?? null;
          setRestored({ savedAt: d.savedAt, stale: d.baseRev !== null && rev !== null && d.baseRev !== rev });
        }
      })
      .catch(() => undefined)
      .finally(() => alive && setCheckedKey(key));
    return () => {
      alive = false;
    };
    // Read once per form and record, not on every keystroke.
  }, [key, ready]);

  // Typing: the draft is written at most DRAFT_DELAY_MS after the first change not yet kept.
  useEffect(() => {
    if (!checked || key === null || current === null) return;
    if (dirty) {
      const { value } = latest.current.o;
      const baseRev = latest.current.o.rev ?? null;
      stored.current = true;
      pending.current = () => invoke('drafts.save', { key, label, value, baseRev });
    } else if (stored.current) {
      stored.current = false;
      pending.current = () => invoke('drafts.clear', { key });
    } else return;
    timer.current ??= setTimeout(() => void flush(), DRAFT_DELAY_MS);
  }, [checked, key, label, current, dirty, flush]);

  // Closing the form (or switching record) writes what is pending at once.
  useEffect(() => () => void flush(), [key, flush]);

  // A reload or a closed window with unsaved changes asks first; the draft is written either way.
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      void flush();
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty, flush]);

  // Other screens ask before leaving while this form is dirty.
  const mark = useUnsavedStore((s) => s.mark);
  useEffect(() => {
    if (!dirty || key === null) return;
    mark(key, { label, flush, discard });
    return () => mark(key, null);
  }, [dirty, key, label, flush, discard, mark]);

  const requestLeave = useUnsavedStore((s) => s.requestLeave);
  const guard = useCallback((leave: () => void) => () => requestLeave(leave, key ? [key] : []), [requestLeave, key]);

  const notice = restored ? (
    <Alert color="blue" variant="light" py={8} data-testid="draft-restored">
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">
          Đã khôi phục nội dung chưa lưu lúc {formatDateTime(restored.savedAt)}.
          {restored.stale && ' Bản ghi đã được sửa sau thời điểm đó; hãy xem lại trước khi lưu.'} Bấm “Lưu” để ghi lại.
        </Text>
        <Button size="compact-sm" variant="subtle" onClick={() => void discard()}>
          Bỏ bản nháp
        </Button>
      </Group>
    </Alert>
  ) : null;

  return { dirty, notice, guard, saved, discard };
}
