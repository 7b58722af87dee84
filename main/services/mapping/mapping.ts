import { and, asc, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { AppError } from '../../api/app-error';
import type { ParsedInput } from '../../api/contract';
import { type FieldValue, checkFieldValue, fieldsByKey } from '../../api/mapping-template';
import type {
  FieldHistoryEntry,
  MappingDto,
  MappingFieldValueDto,
  MappingTemplateDto,
  SaveFieldResult,
  SectionCompletion,
} from '../../api/plan-mapping-types';
import type { Db } from '../../../db/open';
import {
  mappingConversations,
  mappingValueHistory,
  mappingValues,
  mappings,
  organisations,
  users,
} from '../../../db/schema';
import type { ParticipantProof, ServiceContext } from '../context';
import { currentTemplate, templateById } from './templates';
import { currentPeriodId, periodOf } from '../participants/periods';

/** The mapping of a period of the participant: the current one unless another is named. */
function findMapping(db: Db, participantId: number, periodId?: number | null) {
  const period = periodOf(db, participantId, periodId);
  return db.select().from(mappings).where(eq(mappings.periodId, period)).get();
}

/** The current period's mapping, created against the current template at the first save. */
function ensureMapping(db: Db, participantId: number, userId: number) {
  const existing = findMapping(db, participantId);
  if (existing) return existing;
  const template = currentTemplate(db);
  return db
    .insert(mappings)
    .values({
      participantId,
      periodId: currentPeriodId(db, participantId),
      templateId: template.id,
      createdBy: userId,
    })
    .returning()
    .get();
}

function loadValues(db: Db, mappingId: number): Record<string, MappingFieldValueDto> {
  const rows = db
    .select({
      row: mappingValues,
      authorName: users.name,
      authorOrganisationName: organisations.name,
    })
    .from(mappingValues)
    .innerJoin(users, eq(users.id, mappingValues.authorUserId))
    .innerJoin(organisations, eq(organisations.id, mappingValues.authorOrganisationId))
    .where(eq(mappingValues.mappingId, mappingId))
    .all();
  const values: Record<string, MappingFieldValueDto> = {};
  for (const { row, authorName, authorOrganisationName } of rows) {
    values[row.fieldKey] = {
      fieldKey: row.fieldKey,
      value: row.value,
      revision: row.revision,
      authorName,
      authorOrganisationName,
      updatedAt: row.updatedAt,
    };
  }
  return values;
}

function isFilled(value: FieldValue | undefined): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** Per section: filled / partly / empty, and which organisations have contributed. */
export function sectionCompletion(
  template: MappingTemplateDto,
  values: Record<string, MappingFieldValueDto>,
): SectionCompletion[] {
  return template.definition.sections
    .filter((section) => !section.deprecated)
    .map((section) => {
      const fields = section.fields.filter((field) => !field.deprecated);
      const filledFields = fields.filter((field) => isFilled(values[field.key]?.value));
      const contributors = [
        ...new Set(filledFields.map((field) => values[field.key]?.authorOrganisationName ?? '')),
      ]
        .filter(Boolean)
        .sort((a, b) => a.localeCompare(b, 'sv-SE'));
      const filled = filledFields.length;
      return {
        sectionKey: section.key,
        state: filled === 0 ? 'empty' : filled === fields.length ? 'filled' : 'partly',
        filled,
        total: fields.length,
        contributors,
      };
    });
}

function mappingDto(db: Db, participantId: number, periodId?: number | null): MappingDto {
  const period = periodOf(db, participantId, periodId);
  const mapping = findMapping(db, participantId, period);
  const current = currentTemplate(db);
  const template = mapping ? templateById(db, mapping.templateId) : current;
  const values = mapping ? loadValues(db, mapping.id) : {};
  const author = alias(users, 'author');
  const conversations = mapping
    ? db
        .select({ row: mappingConversations, authorName: author.name })
        .from(mappingConversations)
        .innerJoin(author, eq(author.id, mappingConversations.authorUserId))
        .where(eq(mappingConversations.mappingId, mapping.id))
        .orderBy(asc(mappingConversations.number))
        .all()
        .map(({ row, authorName }) => ({
          number: row.number as 1 | 2 | 3,
          heldOn: row.heldOn,
          attendees: row.attendees,
          summary: row.summary,
          authorName,
          updatedAt: row.updatedAt,
        }))
    : [];
  return {
    participantId,
    periodId: period,
    template,
    newerTemplateExists: template.id !== current.id,
    values,
    conversations,
    completion: sectionCompletion(template, values),
  };
}

export function getMapping(
  ctx: ServiceContext,
  proof: ParticipantProof,
  input: { periodId: number | null },
): MappingDto {
  return mappingDto(ctx.db, proof.participantId, input.periodId);
}

function normalise(value: FieldValue): FieldValue {
  if (typeof value === 'string' && value.trim() === '') return null;
  if (Array.isArray(value) && value.length === 0) return null;
  return typeof value === 'string' ? value.trim() : value;
}

/**
 * Saves one field. The caller sends the revision it saw; if someone saved the field since,
 * nothing is written and both values come back so the user can choose (no silent overwrite).
 */
export function saveField(
  ctx: ServiceContext,
  proof: ParticipantProof,
  input: ParsedInput<'mapping.saveField'>,
): SaveFieldResult {
  const { actor } = ctx;
  ctx.audit.details = { fieldKey: input.fieldKey };
  return ctx.db.transaction((tx) => {
    const mapping = ensureMapping(tx, proof.participantId, actor.userId);
    const template = templateById(tx, mapping.templateId);
    const entry = fieldsByKey(template.definition).get(input.fieldKey);
    if (!entry)
      throw new AppError('invalid_input', 'error.unknownField', { key: input.fieldKey }, 'fieldKey');
    if (entry.field.deprecated || entry.section.deprecated) {
      throw new AppError('invalid_input', 'error.fieldDeprecated', undefined, 'fieldKey');
    }
    const value = normalise(input.value);
    const problem = checkFieldValue(entry.field, value);
    if (problem) throw new AppError('invalid_input', `error.fieldValue.${problem}`, undefined, 'value');

    const values = loadValues(tx, mapping.id);
    const existing = values[input.fieldKey];
    const currentRevision = existing?.revision ?? 0;
    if (existing && input.baseRevision !== currentRevision) {
      ctx.audit.details.conflict = true;
      return { status: 'conflict', current: existing, yourValue: value };
    }
    const oldValue = existing?.value ?? null;
    if (JSON.stringify(oldValue) === JSON.stringify(value) && existing) {
      return { status: 'saved', field: existing, completion: sectionCompletion(template, values) };
    }
    const now = ctx.now;
    const revision = currentRevision + 1;
    tx.insert(mappingValues)
      .values({
        mappingId: mapping.id,
        fieldKey: input.fieldKey,
        value,
        revision,
        authorUserId: actor.userId,
        authorOrganisationId: actor.organisationId,
        updatedAt: now,
      })
      .onConflictDoUpdate({
        target: [mappingValues.mappingId, mappingValues.fieldKey],
        set: {
          value,
          revision,
          authorUserId: actor.userId,
          authorOrganisationId: actor.organisationId,
          updatedAt: now,
        },
      })
      .run();
    tx.insert(mappingValueHistory)
      .values({
        mappingId: mapping.id,
        fieldKey: input.fieldKey,
        oldValue,
        newValue: value,
        revision,
        authorUserId: actor.userId,
        authorOrganisationId: actor.organisationId,
        at: now,
      })
      .run();
    ctx.audit.details.revision = revision;
    const updated = loadValues(tx, mapping.id);
    const field = updated[input.fieldKey];
    if (!field) throw new AppError('internal', 'error.internal');
    return { status: 'saved', field, completion: sectionCompletion(template, updated) };
  });
}

/** Who changed a field, when, from what to what — newest first. */
export function fieldHistory(
  ctx: ServiceContext,
  proof: ParticipantProof,
  input: ParsedInput<'mapping.fieldHistory'>,
): FieldHistoryEntry[] {
  ctx.audit.details = { fieldKey: input.fieldKey };
  return ctx.db.transaction((tx) => {
    const mapping = findMapping(tx, proof.participantId);
    if (!mapping) return [];
    return tx
      .select({
        row: mappingValueHistory,
        authorName: users.name,
        authorOrganisationName: organisations.name,
      })
      .from(mappingValueHistory)
      .innerJoin(users, eq(users.id, mappingValueHistory.authorUserId))
      .innerJoin(organisations, eq(organisations.id, mappingValueHistory.authorOrganisationId))
      .where(
        and(eq(mappingValueHistory.mappingId, mapping.id), eq(mappingValueHistory.fieldKey, input.fieldKey)),
      )
      .orderBy(desc(mappingValueHistory.id))
      .all()
      .map(({ row, authorName, authorOrganisationName }) => ({
        id: row.id,
        oldValue: row.oldValue,
        newValue: row.newValue,
        revision: row.revision,
        authorName,
        authorOrganisationName,
        at: row.at,
      }));
  });
}

/** Records conversation 1, 2 or 3 (present situation / direction / next step). */
export function saveConversation(
  ctx: ServiceContext,
  proof: ParticipantProof,
  input: ParsedInput<'mapping.saveConversation'>,
): MappingDto {
  return ctx.db.transaction((tx) => {
    const mapping = ensureMapping(tx, proof.participantId, ctx.actor.userId);
    const now = ctx.now;
    const values = {
      heldOn: input.heldOn,
      attendees: input.attendees,
      summary: input.summary,
      authorUserId: ctx.actor.userId,
      updatedAt: now,
    };
    tx.insert(mappingConversations)
      .values({ mappingId: mapping.id, number: input.number, ...values })
      .onConflictDoUpdate({
        target: [mappingConversations.mappingId, mappingConversations.number],
        set: values,
      })
      .run();
    ctx.audit.details = { number: input.number };
    return mappingDto(tx, proof.participantId);
  });
}
