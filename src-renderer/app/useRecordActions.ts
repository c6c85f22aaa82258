import { useState } from 'react';
import { ApiError } from '../api';
import { notifyError, notifySuccess } from './notify';
import { T } from './strings';

/**
 * The save and delete plumbing every record form shares: the busy flag, the delete
 * confirmation, green/red notifications, the server's field errors shown beside the fields,
 * closing the form once the write is done, and forgetting the form's draft (useDraft). A page that only deletes (an editor over a
 * list) has no fields to mark, so it may leave setErrors out.
 */
export function useRecordActions(opts: {
  onDone: () => void;
  setErrors?: (errors: Record<string, string>) => void;
  /** The form's kept draft (useDraft), done with once the record is saved or deleted. */
  draft?: { saved: () => void };
}) {
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const save = async (write: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await write();
      opts.draft?.saved();
      notifySuccess(T.saved);
      opts.onDone();
    } catch (e) {
      if (e instanceof ApiError) opts.setErrors?.(e.fieldMessages());
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (del: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await del();
      opts.draft?.saved();
      notifySuccess(T.deleted);
      opts.onDone();
    } catch (e) {
      notifyError(e);
      setBusy(false);
      setConfirming(false);
    }
  };

  return { busy, confirming, setConfirming, save, remove };
}
