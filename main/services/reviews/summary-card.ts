import { and, desc, eq, isNotNull, ne } from 'drizzle-orm';
import { daysBetween } from '../../api/dates';
import type { Language } from '../../api/i18n';
import { type FieldValue, type TemplateField, fieldsByKey } from '../../api/mapping-template';
import { maskPersonalNumber } from '../../api/personal-number';
import type { AgendaItemDto, SummaryCardDto } from '../../api/review-types';
import {
  agendaItems,
  contacts,
  interventionTypes,
  mappingTemplates,
  mappingValues,
  mappings,
  meetingNotes,
  meetings,
  organisations,
  participantEvents,
  participantIdentities,
  participants,
  planInterventions,
  planSubgoals,
  plans,
  progressSteps,
  users,
} from '../../../db/schema';
import type { ParticipantProof, ServiceContext } from '../context';
import { mappingCompleteness, mappingCounts } from '../../domain/mapping';
import { templateById } from '../mapping/templates';
import { openActionsOf } from './actions';
import { coveredOrganisations } from './meetings';
import { agendaParticipants } from './participant-ref';

function displayValue(field: TemplateField, value: FieldValue, lang: Language): string {
  if (value === null) return '';
  const label = (key: string) => field.options.find((o) => o.key === key)?.label[lang] ?? key;
  if (Array.isArray(value)) return value.map(label).join(', ');
  if (field.type === 'single_choice') return label(String(value));
  return String(value);
}

/**
 * The one-screen summary of a case for the meeting: status and dates, the plan, the latest
 * progress and contacts, events with a written reason, earlier decisions, mapping completeness
 * and highlights, open actions. Sensitive mapping values and written answers are marked so
 * presentation mode can hide them (and every other free text) until revealed.
 */
export function summaryCard(
  ctx: ServiceContext,
  item: AgendaItemDto,
  access: ParticipantProof,
): SummaryCardDto {
  const { db, actor, today } = ctx;
  const { participantId } = access;
  const person = agendaParticipants(db, actor, [participantId], today).get(participantId);
  const row = db
    .select({
      p: participants,
      identity: participantIdentities,
      referringName: organisations.name,
      responsibleName: users.name,
    })
    .from(participants)
    .leftJoin(participantIdentities, eq(participantIdentities.participantId, participants.id))
    .innerJoin(organisations, eq(organisations.id, participants.referringOrganisationId))
    .leftJoin(users, eq(users.id, participants.responsibleUserId))
    .where(eq(participants.id, participantId))
    .get();
  if (!row || !person) throw new Error(`participant ${participantId} vanished`);
  const p = row.p;
  const identity = access.identityVisible ? row.identity : null;

  const interventions = db
    .select({
      row: planInterventions,
      providerName: organisations.name,
      typeSv: interventionTypes.labelSv,
      typeEn: interventionTypes.labelEn,
    })
    .from(planInterventions)
    .innerJoin(organisations, eq(organisations.id, planInterventions.providerOrganisationId))
    .innerJoin(interventionTypes, eq(interventionTypes.code, planInterventions.typeCode))
    .where(eq(planInterventions.periodId, p.currentPeriodId ?? 0))
    .orderBy(planInterventions.startOn)
    .all()
    .map(({ row: i, providerName, typeSv, typeEn }) => ({
      id: i.id,
      typeCode: i.typeCode,
      // The label in the reader's language: a code never reaches the screen, not even while loading.
      typeLabel: actor.language === 'en' ? typeEn : typeSv,
      providerName,
      startOn: i.startOn,
      endOn: i.endOn,
      status: i.status,
    }));
  const subgoals = db
    .select({
      id: planSubgoals.id,
      text: planSubgoals.text,
      targetOn: planSubgoals.targetOn,
      status: planSubgoals.status,
    })
    .from(planSubgoals)
    .where(eq(planSubgoals.periodId, p.currentPeriodId ?? 0))
    .orderBy(planSubgoals.targetOn)
    .all();
  const goal = db
    .select({ goalText: plans.goalText })
    .from(plans)
    .where(eq(plans.periodId, p.currentPeriodId ?? 0))
    .get();
  const latestProgress = db
    .select({ onDate: progressSteps.onDate, category: progressSteps.category, text: progressSteps.text })
    .from(progressSteps)
    .where(eq(progressSteps.participantId, participantId))
    .orderBy(desc(progressSteps.onDate), desc(progressSteps.id))
    .limit(3)
    .all();
  const latestContacts = db
    .select({ onDate: contacts.onDate, kind: contacts.kind, text: contacts.text })
    .from(contacts)
    .where(eq(contacts.participantId, participantId))
    .orderBy(desc(contacts.onDate), desc(contacts.id))
    .limit(3)
    .all();
  const latestEvents = db
    .select({
      onDate: participantEvents.onDate,
      kind: participantEvents.kind,
      reason: participantEvents.reason,
    })
    .from(participantEvents)
    .where(and(eq(participantEvents.participantId, participantId), isNotNull(participantEvents.reason)))
    .orderBy(desc(participantEvents.onDate), desc(participantEvents.id))
    .limit(3)
    .all()
    .flatMap((e) => (e.reason ? [{ onDate: e.onDate, kind: e.kind, reason: e.reason }] : []));
  // What the team decided at earlier meetings (this meeting's decisions are in its notes).
  const thisMeeting = db
    .select({ id: agendaItems.meetingId })
    .from(agendaItems)
    .where(eq(agendaItems.id, item.id))
    .get();
  const earlierDecisions = db
    .select({ meetingDate: meetings.date, text: meetingNotes.text })
    .from(meetingNotes)
    .innerJoin(agendaItems, eq(agendaItems.id, meetingNotes.itemId))
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(
      and(
        eq(agendaItems.participantId, participantId),
        eq(meetingNotes.kind, 'decision'),
        ne(agendaItems.meetingId, thisMeeting?.id ?? 0),
      ),
    )
    .orderBy(desc(meetings.date), desc(meetingNotes.id))
    .limit(3)
    .all();

  const mapping = db
    .select({
      id: mappings.id,
      templateId: mappings.templateId,
      filledCount: mappings.filledCount,
      fieldCount: mappingTemplates.fieldCount,
    })
    .from(mappings)
    .innerJoin(mappingTemplates, eq(mappingTemplates.id, mappings.templateId))
    .where(eq(mappings.periodId, p.currentPeriodId ?? 0))
    .get();
  let mappingSummary: SummaryCardDto['mapping'] = {
    completeness: null,
    highlights: [],
    sensitiveSections: [],
  };
  if (mapping) {
    const template = templateById(db, mapping.templateId);
    const fields = fieldsByKey(template.definition);
    const values = db
      .select()
      .from(mappingValues)
      .where(and(eq(mappingValues.mappingId, mapping.id)))
      .orderBy(desc(mappingValues.updatedAt))
      .all()
      .filter((v) => v.value !== null);
    mappingSummary = {
      // The stored counts the list and the agenda suggestions read, so the card shows their
      // percentage (a recount here also counted the fields of deprecated sections).
      completeness: mappingCompleteness(mappingCounts(mapping.filledCount, mapping.fieldCount)),
      highlights: values.slice(0, 6).flatMap((v) => {
        const entry = fields.get(v.fieldKey);
        if (!entry) return [];
        return [
          {
            fieldKey: v.fieldKey,
            label: entry.field.label,
            value: displayValue(entry.field, v.value, actor.language),
            sensitive: entry.field.sensitive || entry.section.sensitive,
            freeText: entry.field.type === 'long_text',
          },
        ];
      }),
      sensitiveSections: template.definition.sections
        .filter((s) => s.sensitive)
        .map((s) => ({
          key: s.key,
          label: s.label,
          filled: s.fields.filter((f) => values.some((v) => v.fieldKey === f.key)).length,
        })),
    };
  }

  return {
    item,
    participant: {
      ...person,
      personalNumberMasked: identity?.personalNumber ? maskPersonalNumber(identity.personalNumber) : null,
      referringOrganisation: { id: p.referringOrganisationId, name: row.referringName },
      responsibleName: row.responsibleName,
      enrolledOn: p.enrolledOn,
      plannedEndOn: p.plannedEndOn,
      daysInProgramme:
        p.enrolledOn !== null && p.enrolledOn <= today
          ? daysBetween(p.enrolledOn, p.closedOn ?? today)
          : null,
      lastActivityOn: p.lastActivityOn,
    },
    interventions,
    subgoals,
    goalText: goal?.goalText ?? null,
    latestProgress,
    latestContacts,
    latestEvents,
    earlierDecisions,
    mapping: mappingSummary,
    openActions: openActionsOf(db, actor, participantId, today),
    coveredOrganisationIds: [
      ...(coveredOrganisations(db, [participantId], today).get(participantId) ?? []),
    ].sort((a, b) => a - b),
  };
}
