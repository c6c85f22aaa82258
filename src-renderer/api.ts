/**
 * The renderer's only way to the main process: one typed function over the contract in
 * src-shared/api. In Electron it goes through the preload's window.tdkt.invoke; in a plain
 * browser (the harness in src-main/server.ts) it POSTs to ./api/invoke with the page's token.
 */
import type { ApiErrorShape, ApiInput, ApiName, ApiOutput, InvokeResult } from '../src-shared/api';

export class ApiError extends Error {
  readonly code: string;
  readonly fields: NonNullable<ApiErrorShape['fields']>;

  constructor(shape: ApiErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.code = shape.code;
    this.fields = shape.fields ?? [];
  }

  /** Messages by field path ("unit.code", "givenName"); the first message per path wins. */
  fieldMessages(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const f of this.fields) out[f.path] ??= f.message;
    return out;
  }
}

const NETWORK_ERROR: ApiErrorShape = {
  code: 'NETWORK',
  message:
    'Không kết nối được với phần xử lý dữ liệu của TĐKT Desktop. Hãy kiểm tra chương trình còn đang chạy rồi thử lại.',
};

function harnessToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="tdkt-token"]')?.content ?? '';
}

async function invokeOverHttp(name: string, input: unknown): Promise<InvokeResult> {
  let res: Response;
  try {
    res = await fetch('./api/invoke', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-TDKT-Token': harnessToken() },
      body: JSON.stringify({ name, input }),
    });
  } catch {
    throw new ApiError(NETWORK_ERROR);
  }
  if (res.status === 401) {
    throw new ApiError({
      code: 'UNAUTHORIZED',
      message: 'Phiên làm việc không hợp lệ: hãy mở lại đúng địa chỉ mà chương trình đã in ra (có ?token=…).',
    });
  }
  try {
    return (await res.json()) as InvokeResult;
  } catch {
    throw new ApiError(NETWORK_ERROR);
  }
}

/** Calls one contract function; resolves with its output or throws an ApiError (Vietnamese message). */
export async function invoke<N extends ApiName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>> {
  let result: InvokeResult;
  if (window.tdkt) {
    try {
      result = await window.tdkt.invoke(name, input);
    } catch {
      throw new ApiError(NETWORK_ERROR);
    }
  } else {
    result = await invokeOverHttp(name, input);
  }
  if (!result.ok) throw new ApiError(result.error);
  return result.result as ApiOutput<N>;
}

/** The Vietnamese message of anything thrown by invoke (or a generic one). */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  return 'Đã xảy ra lỗi không mong muốn. Hãy thử lại.';
}
