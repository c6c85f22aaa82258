import { notifications } from '@mantine/notifications';
import { ApiError, errorMessage } from '../api';
import { T } from './strings';

export function notifySuccess(message: string): void {
  notifications.show({ color: 'green', message, autoClose: 2500 });
}

export function notifyError(e: unknown, title: string = T.errorTitle): void {
  notifications.show({ color: 'red', title, message: errorMessage(e), autoClose: 8000 });
}

/** A problem the clerk can fix right away (an empty field, a wrong file), as a plain sentence. */
export function notifyProblem(message: string, title: string = T.errorTitle): void {
  notifications.show({ color: 'orange', title, message, autoClose: 6000 });
}

/** A refusal that names fields is shown beside them (`setErrors`); anything else as a notice. */
export function showFieldErrorsOrNotify(e: unknown, setErrors: (messages: Record<string, string>) => void, title: string = T.errorTitle): void {
  if (e instanceof ApiError && e.fields.length) setErrors(e.fieldMessages());
  else notifyError(e, title);
}
