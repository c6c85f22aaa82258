import type { ApiErrorShape } from '../src-shared/api';

/**
 * An error meant for the clerk: `message` is a Vietnamese sentence that says what to do.
 * Anything else that is thrown is a bug and reaches the clerk as a generic message while the
 * technical detail goes to the log.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly fields?: ApiErrorShape['fields'],
  ) {
    super(message);
    this.name = 'AppError';
  }

  /** Keeps the technical cause for the log without showing it to the clerk. */
  withCause(cause: unknown): this {
    (this as { cause?: unknown }).cause = cause;
    return this;
  }

  toShape(): ApiErrorShape {
    const shape: ApiErrorShape = { code: this.code, message: this.message };
    if (this.fields) shape.fields = this.fields;
    return shape;
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `Không tìm thấy ${what}; có thể đã bị xóa.`);

export const fieldError = (path: string, message: string) =>
  new AppError('INVALID_INPUT', message, [{ path, message }]);
