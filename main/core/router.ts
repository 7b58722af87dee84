import { AppError } from '../api/app-error';
import type { AuditAction, AuditEntity } from '../api/audit-actions';
import { type Output, type ParsedInput, type ProcedureName, inputs, isProcedureName } from '../api/contract';
import { nowIso, todayIso } from '../api/dates';
import type { ApiError, Result } from '../api/errors';
import { type Language, defaultLanguage, isLanguage } from '../api/i18n';
import type { RpcRequest } from '../api/ipc';
import { issuePath, localizeIssue } from '../api/localize';
import { apiMessage } from '../api/messages';
import type { Role } from '../api/schemas';
import { mapSqliteError } from '../../db/open';
import type { Db } from '../../db/open';
import { type AuditDetails, type AuditEvent, appendAudit, searchFingerprint } from '../services/audit/audit';
import type {
  Actor,
  ManyProof,
  MeetingProof,
  OptionalParticipantProof,
  ParticipantProof,
  ServiceContext,
} from '../services/context';
import {
  type ParticipantVia,
  accessOf,
  notFoundMessages,
  participantOf,
} from '../services/participants/access';
import { meetingIdOf } from '../services/reviews/meetings';
import { findUser } from '../services/team/users';
import { mintMany, mintMeeting, mintOptionalParticipant, mintParticipant } from './proofs';
import type { DownloadedFile } from './jobs';
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

/** What a procedure's data is used for (recorded with every audit entry the router writes). */
export type Purpose = 'account' | 'administration' | 'casework' | 'review';

/**
 * What a procedure needs of the participant it touches: `write` (a consent valid today covers
 * the caller's organisation), `read` (write, or read-only after closure) or `exists`
 * (registering a consent). A function decides per call; `null` means no participant access is
 * needed (marking one's own absence).
 */
export type Need = 'write' | 'read' | 'exists';

/**
 * What the host that carries a call can do beyond answering it. Electron saves a file through
 * the system's save dialog; the browser host downloads with `GET /jobs/<id>/file` instead.
 */
export interface HostCapabilities {
  /** Asks where to save the file and writes it there; false when the user cancels. */
  saveFile?: (file: DownloadedFile) => Promise<boolean>;
}

export interface CallContext {
  state: BackendState;
  host: HostCapabilities;
  lang: Language;
  /** The date and the moment of this call, read from the clock once (main/api/dates.ts). */
  today: string;
  now: string;
  session: Session | null;
  /** Set by handlers that start or end a session; the host stores it (cookie, window). */
  setSession: (session: Session | null) => void;
}

export interface AuthedContext extends CallContext {
  session: Session;
  service: ServiceContext;
}

type Handler<N extends ProcedureName, C> = (ctx: C, input: ParsedInput<N>) => Output<N> | Promise<Output<N>>;
/** Handlers that run inside the router's transaction are synchronous (better-sqlite3). */
type SyncHandler<N extends ProcedureName, P> = (
  ctx: AuthedContext & { proof: P },
  input: ParsedInput<N>,
) => Output<N>;

type ViaKey<N extends ProcedureName> = Extract<keyof ParsedInput<N>, ParticipantVia>;
type NeedRule<N extends ProcedureName> = Need | ((input: ParsedInput<N>, actor: Actor) => Need | null);

interface UserFields {
  access: 'user';
  roles?: readonly Role[];
  purpose: Purpose;
}

/**
 * Each procedure's declaration. `scope` says how it touches participants, a closed set:
 * - `none`: no participant data (settings, users, lists of staff);
 * - `system`: administration of the whole team (demo data; later backup, import);
 * - `participant`: one participant found from the input (`via`), checked against `need`;
 * - `participantOrNone`: the same, but the entity may concern no participant (a general
 *   agenda item, a team action);
 * - `meeting`: a meeting, every item of it redacted to what the caller may read;
 * - `many`: lists and searches, one audit row per call with the kind of query and the count;
 * - `create`: a new participant (referral), audited against the created id;
 * - `aggregate`: statistics (counts only); none yet.
 * For every scope but `none`/`system`, the router resolves access, runs the handler in one
 * transaction and writes the audit entry there; refusals are audited in their own transaction.
 */
export type ProcedureImpl<N extends ProcedureName> =
  | { access: 'public'; scope: 'none'; handler: Handler<N, CallContext> }
  | { access: 'locked'; scope: 'none'; handler: Handler<N, CallContext & { session: Session }> }
  | { access: 'password'; scope: 'none'; purpose: Purpose; handler: Handler<N, AuthedContext> }
  | (UserFields & { scope: 'none' | 'system'; handler: Handler<N, AuthedContext> })
  | (UserFields & {
      scope: 'participant';
      via: ViaKey<N>;
      need: NeedRule<N>;
      audit: AuditAction;
      handler: SyncHandler<N, ParticipantProof>;
    })
  | (UserFields & {
      scope: 'participantOrNone';
      via: readonly ViaKey<N>[];
      need: NeedRule<N>;
      audit: AuditAction;
      handler: SyncHandler<N, OptionalParticipantProof>;
    })
  | (UserFields & {
      scope: 'meeting';
      /** `new`: the call creates the meeting (its id comes from the result). */
      via: Extract<keyof ParsedInput<N>, 'meetingId' | 'itemId'> | 'new';
      audit: AuditAction;
      handler: SyncHandler<N, MeetingProof | null>;
    })
  | (UserFields & {
      scope: 'many';
      audit: AuditAction | ((input: ParsedInput<N>) => AuditAction);
      /** The kind of query, recorded in the audit row (never the search text). */
      query: (input: ParsedInput<N>) => string;
      /** How many rows about participants the answer carries. */
      count: (output: Output<N>) => number;
      /** Free text searched for: the audit row keeps only a keyed hash of it. */
      searchText?: (input: ParsedInput<N>) => string;
      handler: SyncHandler<N, ManyProof>;
    })
  | (UserFields & {
      scope: 'create';
      audit: AuditAction;
      created: (output: Output<N>) => number;
      handler: SyncHandler<N, null>;
    });

export type Registry = { [N in ProcedureName]: ProcedureImpl<N> };
export type Scope = ProcedureImpl<ProcedureName>['scope'];

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

function validate<N extends ProcedureName>(name: N, lang: Language, raw: unknown): ParsedInput<N> {
  const parsed = inputs[name].safeParse(raw);
  if (parsed.success) return parsed.data as ParsedInput<N>;
  const first = parsed.error.issues[0];
  const error: ApiError = {
    code: 'invalid_input',
    message: first ? localizeIssue(lang, first, raw) : apiMessage(lang, 'error.invalid_input'),
  };
  const field = first ? issuePath(first) : undefined;
  if (field) error.field = field;
  throw new InvalidInput(error);
}

/** A refusal survives the refused call: its own transaction, written before the error returns. */
function auditRefusal(db: Db, event: AuditEvent): void {
  db.transaction((tx) => appendAudit(tx, event));
}

function openDb(state: BackendState): Db | null {
  return state.vault.isOpen() ? state.vault.database().db : null;
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
  // The user's own language for every message from here on (one lookup per call).
  ctx.lang = user.language;
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
      today: ctx.today,
      now: ctx.now,
      audit: { action: 'rpc.refused', details: {} },
    },
  };
}

/** The numeric id an input field holds, or null (a nullable id left empty). */
function idIn(input: object, key: string): number | null {
  const value: unknown = (input as Record<string, unknown>)[key];
  return typeof value === 'number' ? value : null;
}

export function createRouter(state: BackendState, registry: Registry) {
  /** Resolves one participant for the caller; refuses (audited) below `need`. */
  function resolveParticipant(
    authed: AuthedContext,
    name: ProcedureName,
    purpose: Purpose,
    via: ParticipantVia,
    id: number,
    need: Need | null,
  ): ParticipantProof | null {
    const { db, actor, today } = authed.service;
    const participantId = participantOf(db, via, id);
    if (participantId === undefined) throw new AppError('not_found', notFoundMessages[via], undefined, via);
    if (participantId === null) return null;
    const access = accessOf(db, actor, participantId, today);
    if (!access) throw new AppError('not_found', 'error.participantNotFound', undefined, via);
    const allowed =
      need === null ||
      access.level === 'write' ||
      (need === 'read' && access.level === 'read') ||
      (need === 'exists' && access.level !== 'none');
    if (!allowed) {
      auditRefusal(db, {
        at: authed.service.now,
        userId: actor.userId,
        action: 'participant.access_denied',
        entityType: 'participant',
        entityId: participantId,
        details: { procedure: name, purpose, need: need ?? 'none' },
      });
      throw new AppError('forbidden', 'error.participantForbidden');
    }
    const level = access.level === 'none' ? 'exists' : access.level;
    return mintParticipant(participantId, level, access.identityVisible);
  }

  /** What the router's audit entry is about, learnt from the call (or its result). */
  interface Target {
    entityType: AuditEntity | null;
    entityId: number | null;
    details?: AuditDetails;
  }

  /**
   * Runs the handler and writes the call's audit entry in one (immediate) transaction: the
   * declared (or refined) action, the entity, the service's details and the purpose. The
   * services keep the root handle: on one connection its queries run inside this transaction,
   * their own `transaction()` calls nest as savepoints, and prepared statements are reused.
   */
  function inTransaction<T>(
    authed: AuthedContext,
    action: AuditAction,
    purpose: Purpose,
    run: () => T,
    target: (result: T) => Target,
  ): T {
    const { db, actor, now } = authed.service;
    authed.service.audit = { action, details: {} };
    return db.transaction(
      () => {
        const result = run();
        const { entityType, entityId, details } = target(result);
        const note = authed.service.audit;
        appendAudit(db, {
          at: now,
          userId: actor.userId,
          action: note.action,
          entityType,
          entityId,
          details: { ...note.details, ...details, purpose },
        });
        return result;
      },
      { behavior: 'immediate' },
    );
  }

  function runScoped<N extends ProcedureName>(
    name: N,
    impl: ProcedureImpl<N>,
    authed: AuthedContext,
    input: ParsedInput<N>,
  ): Output<N> {
    if (impl.scope === 'none' || impl.scope === 'system') throw new Error(`${name}: not a scoped procedure`);
    const { actor } = authed.service;
    const { purpose } = impl;
    const needOf = (need: NeedRule<N>) => (typeof need === 'function' ? need(input, actor) : need);
    switch (impl.scope) {
      case 'participant': {
        const id = idIn(input, impl.via);
        if (id === null) throw new AppError('invalid_input', 'validation.required', undefined, impl.via);
        const proof = resolveParticipant(authed, name, purpose, impl.via, id, needOf(impl.need));
        if (!proof) throw new AppError('not_found', 'error.participantNotFound', undefined, impl.via);
        return inTransaction(
          authed,
          impl.audit,
          purpose,
          () => impl.handler({ ...authed, proof }, input),
          () => ({ entityType: 'participant', entityId: proof.participantId }),
        );
      }
      case 'participantOrNone': {
        const need = needOf(impl.need);
        let participant: ParticipantProof | null = null;
        for (const via of impl.via) {
          const id = idIn(input, via);
          if (id === null) continue;
          participant = resolveParticipant(authed, name, purpose, via, id, need);
          if (participant) break;
        }
        const proof = mintOptionalParticipant(participant);
        return inTransaction(
          authed,
          impl.audit,
          purpose,
          () => impl.handler({ ...authed, proof }, input),
          () => ({
            entityType: participant ? 'participant' : null,
            entityId: participant?.participantId ?? null,
          }),
        );
      }
      case 'meeting': {
        let proof: MeetingProof | null = null;
        if (impl.via !== 'new') {
          const id = idIn(input, impl.via);
          const meetingId = id === null ? undefined : meetingIdOf(authed.service.db, impl.via, id);
          if (meetingId === undefined) {
            throw new AppError(
              'not_found',
              impl.via === 'itemId' ? 'error.agendaItemNotFound' : 'error.meetingNotFound',
              undefined,
              impl.via,
            );
          }
          proof = mintMeeting(meetingId);
        }
        return inTransaction(
          authed,
          impl.audit,
          purpose,
          () => impl.handler({ ...authed, proof }, input),
          (result) => ({ entityType: 'meeting', entityId: proof?.meetingId ?? meetingIdFromResult(result) }),
        );
      }
      case 'many': {
        const proof = mintMany();
        const text = impl.searchText?.(input) ?? '';
        return inTransaction(
          authed,
          typeof impl.audit === 'function' ? impl.audit(input) : impl.audit,
          purpose,
          () => impl.handler({ ...authed, proof }, input),
          (result) => {
            const details: AuditDetails = { query: impl.query(input), rows: impl.count(result) };
            if (text !== '') details.search = searchFingerprint(authed.service.db, text);
            return { entityType: null, entityId: null, details };
          },
        );
      }
      case 'create':
        return inTransaction(
          authed,
          impl.audit,
          purpose,
          () => impl.handler({ ...authed, proof: null }, input),
          (result) => ({ entityType: 'participant', entityId: impl.created(result) }),
        );
    }
  }

  async function run<N extends ProcedureName>(name: N, ctx: CallContext, raw: unknown): Promise<Output<N>> {
    const impl = registry[name] as ProcedureImpl<N>;
    if (impl.access === 'public') return impl.handler(ctx, validate(name, ctx.lang, raw));
    // Authentication before validation: an anonymous caller learns nothing about the input.
    let authed: AuthedContext | (CallContext & { session: Session });
    try {
      authed = authenticate(ctx, impl.access, impl.access === 'user' ? impl.roles : undefined);
    } catch (error) {
      const db = openDb(ctx.state);
      if (db && error instanceof AppError && error.code !== 'locked') {
        auditRefusal(db, {
          at: ctx.now,
          userId: ctx.session && !ctx.session.locked ? ctx.session.userId : null,
          action: 'rpc.refused',
          details: { procedure: name, code: error.code, reason: error.messageKey },
        });
      }
      throw error;
    }
    const input = validate(name, ctx.lang, raw);
    if (impl.access === 'locked') return impl.handler(authed, input);
    const full = authed as AuthedContext;
    if (impl.access === 'password' || impl.scope === 'none' || impl.scope === 'system') {
      return (impl.handler as Handler<N, AuthedContext>)(full, input);
    }
    try {
      return runScoped(name, impl, full, input);
    } catch (error) {
      // A service's own refusal (an identity only the responsible may change, someone else's
      // attendance) is audited like the router's.
      if (error instanceof AppError && error.code === 'forbidden') {
        auditRefusal(full.service.db, {
          at: full.service.now,
          userId: full.service.actor.userId,
          action: 'rpc.refused',
          details: { procedure: name, code: error.code, reason: error.messageKey },
        });
      }
      throw error;
    }
  }

  return async function dispatch(
    request: RpcRequest,
    sessionId: string | undefined,
    host: HostCapabilities = {},
  ): Promise<DispatchOutcome> {
    const session = state.sessions.get(sessionId);
    let nextSession: string | null | undefined = sessionId && !session ? null : undefined;
    const ctx: CallContext = {
      state,
      host,
      lang: isLanguage(request.lang) ? request.lang : defaultLanguage,
      // One reading of the clock per call: every date and timestamp of the call agrees.
      today: todayIso(),
      now: nowIso(),
      session,
      setSession: (s) => {
        nextSession = s ? s.id : null;
      },
    };
    try {
      if (!isProcedureName(request.name)) throw new AppError('not_found', 'error.unknownProcedure');
      const value = await run(request.name, ctx, request.input ?? {});
      return { response: { ok: true, value }, sessionId: nextSession };
    } catch (error) {
      if (error instanceof InvalidInput) {
        return { response: { ok: false, error: error.value }, sessionId: nextSession };
      }
      return { response: { ok: false, error: errorValue(ctx.lang, error) }, sessionId: nextSession };
    }
  };
}

/** A created meeting's id, from its result. */
function meetingIdFromResult(result: unknown): number | null {
  if (typeof result === 'object' && result !== null && 'id' in result) {
    const id: unknown = result.id;
    if (typeof id === 'number') return id;
  }
  return null;
}

export type Dispatch = ReturnType<typeof createRouter>;
