import type { ReactNode } from 'react';
import classes from './ReadOnlyFields.module.css';

/**
 * The fields of a record form; `readOnly` (a copy received from another unit) disables every
 * control inside natively, keeping the values legible.
 */
export function ReadOnlyFields({ readOnly, children }: { readOnly: boolean; children: ReactNode }) {
  return (
    <fieldset disabled={readOnly} className={classes.readOnly}>
      {children}
    </fieldset>
  );
}
