import { eq } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { AppError } from '../../api/app-error';
import type { ParsedInput } from '../../api/contract';
import type { ParticipantDetail } from '../../api/participant-types';
import { activityHistory, contacts, participants, progressSteps } from '../../../db/schema';
import type { Db } from '../../../db/open';
import type { AuditAction } from '../../api/audit-actions';
import type { AuditDetails } from '../audit/audit';
import type { ParticipantProof, ServiceContext } from '../context';
import { assertCode } from '../settings/code-lists';
import { refreshDerived } from './derived';
import { participantDetail } from './detail';

function assertNotBeforeReferral(db: Db, participantId: number, onDate: string): void {
  const row = db
    .select({ referredOn: participants.referredOn })
    .from(participants)
    .where(eq(participants.id, participantId))
    .get();
  if (row && onDate < row.referredOn) {
    throw new AppError('invalid_input', 'error.dateBeforeReferral', { date: row.referredOn }, 'onDate');
  }
}

/**
 * Records one dated entry (contact or progress step): a date not before the referral, the
 * insert, the derived last activity and the details of the router's audit entry; returns the
 * updated participant page.
 */
function recordEntry(
  ctx: ServiceContext,
  proof: ParticipantProof,
  onDate: string,
  insert: (tx: Db) => { action: AuditAction; details: AuditDetails },
): ParticipantDetail {
  assertNotBeforeReferral(ctx.db, proof.participantId, onDate);
  const audit = insert(ctx.db);
  refreshDerived(ctx.db, proof.participantId);
  ctx.audit.action = audit.action;
  ctx.audit.details = audit.details;
  return participantDetail(ctx, proof);
}

/** A dated entry in the contact log; the participant's last activity follows it. */
export function addContact(
  ctx: ServiceContext,
  proof: ParticipantProof,
  input: ParsedInput<'contacts.add'>,
): ParticipantDetail {
  return recordEntry(ctx, proof, input.onDate, (tx) => {
    assertCode(tx, 'contact_kinds', input.kind, 'kind');
    const row = tx
      .insert(contacts)
      .values({ ...input, authorUserId: ctx.actor.userId })
      .returning({ id: contacts.id })
      .get();
    return { action: 'contact.add', details: { contactId: row.id, kind: input.kind } };
  });
}

/** A stegförflyttning: a dated, categorised step forward. */
export function addProgress(
  ctx: ServiceContext,
  proof: ParticipantProof,
  input: ParsedInput<'progress.add'>,
): ParticipantDetail {
  return recordEntry(ctx, proof, input.onDate, (tx) => {
    assertCode(tx, 'progress_areas', input.category, 'category');
    const row = tx
      .insert(progressSteps)
      .values({ ...input, authorUserId: ctx.actor.userId })
      .returning({ id: progressSteps.id })
      .get();
    return { action: 'progress.add', details: { progressId: row.id, category: input.category } };
  });
}

interface EntryRow {
  participantId: number;
  onDate: string;
  code: string;
  text: string;
  authorUserId: number;
}

/** The two kinds of dated entry an author may correct or remove, and where each lives. */
const entryKinds = {
  contact: {
    table: contacts,
    list: 'contact_kinds',
    codeField: 'kind',
    notFound: 'error.contactNotFound',
    load: (db: Db, entryId: number): EntryRow | undefined =>
      db
        .select({
          participantId: contacts.participantId,
          onDate: contacts.onDate,
          code: contacts.kind,
          text: contacts.text,
          authorUserId: contacts.authorUserId,
        })
        .from(contacts)
        .where(eq(contacts.id, entryId))
        .get(),
  },
  progress: {
    table: progressSteps,
    list: 'progress_areas',
    codeField: 'category',
    notFound: 'error.progressNotFound',
    load: (db: Db, entryId: number): EntryRow | undefined =>
      db
        .select({
          participantId: progressSteps.participantId,
          onDate: progressSteps.onDate,
          code: progressSteps.category,
          text: progressSteps.text,
          authorUserId: progressSteps.authorUserId,
        })
        .from(progressSteps)
        .where(eq(progressSteps.id, entryId))
        .get(),
  },
} as const;

type EntryKind = keyof typeof entryKinds;

/**
 * Corrects or removes one entry, by its author only: the version before the change goes to
 * activity_history, the participant's last activity is derived again, and the page returns.
 */
function changeEntry(
  ctx: ServiceContext,
  proof: ParticipantProof,
  kind: EntryKind,
  entryId: number,
  next: { onDate: string; code: string; text: string } | null,
): ParticipantDetail {
  const spec = entryKinds[kind];
  return ctx.db.transaction((tx) => {
    const before = spec.load(tx, entryId);
    if (!before || before.participantId !== proof.participantId) {
      throw new AppError('not_found', spec.notFound);
    }
    if (before.authorUserId !== ctx.actor.userId)
      throw new AppError('forbidden', 'error.onlyAuthorMayChange');
    tx.insert(activityHistory)
      .values({
        participantId: proof.participantId,
        entity: kind,
        entityId: entryId,
        change: next === null ? 'remove' : 'edit',
        onDate: before.onDate,
        code: before.code,
        text: before.text,
        authorUserId: before.authorUserId,
        changedBy: ctx.actor.userId,
        changedAt: ctx.now,
      })
      .run();
    const table = spec.table as SQLiteTable & typeof contacts;
    if (next === null) {
      tx.delete(spec.table).where(eq(table.id, entryId)).run();
    } else {
      assertNotBeforeReferral(tx, proof.participantId, next.onDate);
      assertCode(tx, spec.list, next.code, spec.codeField);
      tx.update(spec.table)
        .set({ onDate: next.onDate, [spec.codeField]: next.code, text: next.text, editedAt: ctx.now })
        .where(eq(table.id, entryId))
        .run();
    }
    refreshDerived(tx, proof.participantId);
    ctx.audit.details = { [kind === 'contact' ? 'contactId' : 'progressId']: entryId };
    return participantDetail({ ...ctx, db: tx }, proof);
  });
}

export function updateContact(
  ctx: ServiceContext,
  proof: ParticipantProof,
  input: ParsedInput<'contacts.update'>,
) {
  return changeEntry(ctx, proof, 'contact', input.contactId, {
    onDate: input.onDate,
    code: input.kind,
    text: input.text,
  });
}

export function removeContact(
  ctx: ServiceContext,
  proof: ParticipantProof,
  input: ParsedInput<'contacts.remove'>,
) {
  return changeEntry(ctx, proof, 'contact', input.contactId, null);
}

export function updateProgress(
  ctx: ServiceContext,
  proof: ParticipantProof,
  input: ParsedInput<'progress.update'>,
) {
  return changeEntry(ctx, proof, 'progress', input.progressId, {
    onDate: input.onDate,
    code: input.category,
    text: input.text,
  });
}

export function removeProgress(
  ctx: ServiceContext,
  proof: ParticipantProof,
  input: ParsedInput<'progress.remove'>,
) {
  return changeEntry(ctx, proof, 'progress', input.progressId, null);
}
