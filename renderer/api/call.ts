import type { AppStatus, Input, Output, ProcedureName } from '../../main/api/contract';
import type { RpcRequest } from '../../main/api/ipc';
import { fixClock, isIsoDate, todayIso } from '../../main/api/dates';
import { type ApiError, type ErrorCode, errorCodes, type Result } from '../../main/api/errors';
import { getActiveLanguage } from '../i18n/active-language';
import { translate } from '../i18n/translate';
import { electronBridge } from './bridge';

/** No call may wait forever: the UI shows an error after this long. */
const CALL_TIMEOUT_MS = 60_000;

type SessionProblemListener = (name: ProcedureName, error: ApiError) => void;
let sessionProblemListener: SessionProblemListener | null = null;

/** Lets the query layer re-read app.status when a call says the session is gone or locked. */
export function onSessionProblem(listener: SessionProblemListener | null): void {
  sessionProblemListener = listener;
}

function isErrorCode(value: unknown): value is ErrorCode {
  return errorCodes.some((code) => code === value);
}

function isApiError(value: unknown): value is ApiError {
  if (typeof value !== 'object' || value === null) return false;
  const { code, message, field } = value as Record<string, unknown>;
  return (
    isErrorCode(code) && typeof message === 'string' && (field === undefined || typeof field === 'string')
  );
}

/**
 * Checks the envelope. The value itself is trusted to match the contract: the router built it
 * from the same types, so this guard narrows to the caller's expected output.
 */
function isResult<T>(value: unknown): value is Result<T> {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  if (record.ok === true) return 'value' in record;
  return record.ok === false && isApiError(record.error);
}

function failure(key: 'error.network' | 'error.badResponse' | 'error.timeout'): Result<never> {
  return { ok: false, error: { code: 'internal', message: translate(getActiveLanguage(), key) } };
}

function withTimeout<T>(promise: Promise<T>, fallback: T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), CALL_TIMEOUT_MS);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}

async function send(request: RpcRequest): Promise<unknown> {
  const bridge = electronBridge();
  if (bridge) return bridge.call(request);
  const response = await fetch('/rpc', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify(request),
  });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The renderer's today follows its backend's (from app.status): form defaults and the
 * schemas' "not in the future" then agree with the router, also when a test host runs on a
 * fixed date. A status with the renderer's own date lets the clock follow the wall clock again.
 */
function followBackendDate(today: unknown): void {
  if (typeof today !== 'string' || !isIsoDate(today)) return;
  fixClock(null);
  if (today !== todayIso()) fixClock(today);
}

/** Calls one procedure of the contract. Never throws: every outcome is a Result. */
export async function call<N extends ProcedureName>(name: N, input: Input<N>): Promise<Result<Output<N>>> {
  const request: RpcRequest = { name, input, lang: getActiveLanguage() };
  const NETWORK = Symbol('network');
  const TIMEOUT = Symbol('timeout');
  const raw = await withTimeout<unknown>(
    send(request).catch(() => NETWORK),
    TIMEOUT,
  );
  let result: Result<Output<N>>;
  if (raw === NETWORK) result = failure('error.network');
  else if (raw === TIMEOUT) result = failure('error.timeout');
  else if (isResult<Output<N>>(raw)) result = raw;
  else result = failure('error.badResponse');

  // Before anything renders with the answer, so every screen uses the backend's date.
  if (result.ok && name === 'app.status') followBackendDate((result.value as Partial<AppStatus>).today);

  if (!result.ok && (result.error.code === 'unauthenticated' || result.error.code === 'locked')) {
    if (name !== 'app.status') sessionProblemListener?.(name, result.error);
  }
  return result;
}
