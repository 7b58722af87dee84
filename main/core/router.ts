import { AppError } from '../api/app-error';
import {
  type Output,
  type ParsedInput,
  type ProcedureName,
  type RpcRequest,
  inputs,
  isProcedureName,
} from '../api/contract';
import type { ApiError, Result } from '../api/errors';
import { type Language, defaultLanguage, isLanguage } from '../api/i18n';
import { issuePath, localizeIssue } from '../api/localize';
import { apiMessage } from '../api/messages';
import type { Role } from '../api/schemas';
import { mapSqliteError } from '../../db/open';
import type { ServiceContext } from '../services/context';
import { findUser } from '../services/team/users';
import type { Session } from './sessions';
import type { BackendState } from './state';

/**
 * Who may call a procedure:
 * - `public`: anyone holding the host token (setup, status, login);
 * - `locked`: a session, even a locked one (unlock, logout);
 * - `password`: an unlocked session, even one that must change its password first;
 * - `user`: an unlocked session with its password in order; with `roles`, the user's role
 *   must be one of them.
 */
export type Access = 'public' | 'locked' | 'password' | 'user';

export interface CallContext {
  state: BackendState;
  lang: Language;
  session: Session | null;
  /** Set by handlers that start or end a session; the host stores it (cookie, window). */
  setSession: (session: Session | null) => void;
}

export interface AuthedContext extends CallContext {
  session: Session;
  service: ServiceContext;
}

type Handler<N extends ProcedureName, C> = (ctx: C, input: ParsedInput<N>) => Output<N> | Promise<Output<N>>;

export type ProcedureImpl<N extends ProcedureName> =
  | { access: 'public'; handler: Handler<N, CallContext> }
  | { access: 'locked'; handler: Handler<N, CallContext & { session: Session }> }
  | { access: 'password'; handler: Handler<N, AuthedContext> }
  | { access: 'user'; roles?: readonly Role[]; handler: Handler<N, AuthedContext> };

export type Registry = { [N in ProcedureName]: ProcedureImpl<N> };

export interface DispatchOutcome {
  response: Result<unknown>;
  /** undefined: unchanged; null: cleared; a string: the new session id. */
  sessionId: string | null | undefined;
}

/** Input that failed its schema; already translated, so it bypasses errorValue(). */
class InvalidInput extends Error {
  constructor(readonly value: ApiError) {
    super(value.message);
  }
}

function errorValue(lang: Language, error: unknown): ApiError {
  const mapped = mapSqliteError(error);
  if (mapped instanceof AppError) {
    const value: ApiError = {
      code: mapped.code,
      message: apiMessage(lang, mapped.messageKey, mapped.params),
    };
    if (mapped.field) value.field = mapped.field;
    if (mapped.participantId !== undefined) value.participantId = mapped.participantId;
    return value;
  }
  // Never a stack trace across the boundary: log it here, send a generic message.
  console.error('[samsyn] internal error', mapped);
  return { code: 'internal', message: apiMessage(lang, 'error.internal') };
}

function authenticate(
  ctx: CallContext,
  access: Exclude<Access, 'public'>,
  roles: readonly Role[] | undefined,
): AuthedContext | (CallContext & { session: Session }) {
  const { session, state } = ctx;
  if (!session) throw new AppError('unauthenticated', 'error.unauthenticated');
  if (access === 'locked') return { ...ctx, session };
  if (session.locked || !state.vault.isOpen()) throw new AppError('locked', 'error.locked');
  const db = state.vault.database().db;
  const user = findUser(db, session.userId);
  if (!user?.active) {
    state.sessions.destroy(session.id);
    ctx.setSession(null);
    throw new AppError('unauthenticated', 'error.sessionExpired');
  }
  if (access !== 'password' && user.mustChangePassword) {
    throw new AppError('forbidden', 'error.mustChangePassword');
  }
  if (roles && !roles.includes(user.role)) throw new AppError('forbidden', 'error.forbidden');
  return {
    ...ctx,
    session,
    service: {
      db,
      actor: {
        userId: user.id,
        role: user.role,
        organisationId: user.organisationId,
        language: user.language,
      },
    },
  };
}

export function createRouter(state: BackendState, registry: Registry) {
  async function run<N extends ProcedureName>(name: N, ctx: CallContext, raw: unknown): Promise<Output<N>> {
    const parsed = inputs[name].safeParse(raw);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const error: ApiError = {
        code: 'invalid_input',
        message: first ? localizeIssue(ctx.lang, first, raw) : apiMessage(ctx.lang, 'error.invalid_input'),
      };
      const field = first ? issuePath(first) : undefined;
      if (field) error.field = field;
      throw new InvalidInput(error);
    }
    const impl = registry[name] as ProcedureImpl<N>;
    const input = parsed.data as ParsedInput<N>;
    if (impl.access === 'public') return impl.handler(ctx, input);
    const authed = authenticate(ctx, impl.access, impl.access === 'user' ? impl.roles : undefined);
    if (impl.access === 'locked') return impl.handler(authed, input);
    return (impl.handler as Handler<N, AuthedContext>)(authed as AuthedContext, input);
  }

  return async function dispatch(
    request: RpcRequest,
    sessionId: string | undefined,
  ): Promise<DispatchOutcome> {
    const session = state.sessions.get(sessionId);
    let lang: Language = isLanguage(request.lang) ? request.lang : defaultLanguage;
    let nextSession: string | null | undefined = sessionId && !session ? null : undefined;
    const ctx: CallContext = {
      state,
      lang,
      session,
      setSession: (s) => {
        nextSession = s ? s.id : null;
      },
    };
    if (session && state.vault.isOpen() && !session.locked) {
      const user = findUser(state.vault.database().db, session.userId);
      if (user) ctx.lang = lang = user.language;
    }
    try {
      if (!isProcedureName(request.name)) throw new AppError('not_found', 'error.unknownProcedure');
      const value = await run(request.name, ctx, request.input ?? {});
      return { response: { ok: true, value }, sessionId: nextSession };
    } catch (error) {
      if (error instanceof InvalidInput) {
        return { response: { ok: false, error: error.value }, sessionId: nextSession };
      }
      return { response: { ok: false, error: errorValue(lang, error) }, sessionId: nextSession };
    }
  };
}

export type Dispatch = ReturnType<typeof createRouter>;
