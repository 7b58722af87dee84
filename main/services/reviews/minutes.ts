import { eq, inArray } from 'drizzle-orm';
import type { MinutesDto } from '../../api/review-types';
import { actionReviews, settings, actions } from '../../../db/schema';
import type { ServiceContext } from '../context';
import { loadActions } from './actions';
import { meetingDto } from './meetings';

/**
 * The minutes (minnesanteckningar) of a meeting as data: attendance, per case the decisions,
 * notes and actions (participants by initials or pseudonym in print), general items. Both the
 * print view and, later, the document engine and the CLI render this.
 */
export function meetingMinutes(ctx: ServiceContext, meetingId: number): MinutesDto {
  return ctx.db.transaction((tx) => {
    const meeting = meetingDto(ctx, meetingId);
    const meetingActions = loadActions(tx, ctx.actor, ctx.today, eq(actions.meetingId, meetingId));
    // Earlier actions followed up at this meeting, with the outcome it recorded.
    const reviewed = loadActions(
      tx,
      ctx.actor,
      ctx.today,
      inArray(
        actions.id,
        tx
          .select({ id: actionReviews.actionId })
          .from(actionReviews)
          .where(eq(actionReviews.meetingId, meetingId)),
      ),
    );
    // Every open action of the team the reader may see: overdue first, then by organisation
    // and responsible person (in Swedish order), earliest due first. A team has a few names and
    // thousands of open actions: each name is placed in Swedish order once.
    const openActions = loadActions(tx, ctx.actor, ctx.today, eq(actions.status, 'open'));
    const organisationPlace = swedishPlaces(openActions.map((a) => a.organisation.name));
    const responsiblePlace = swedishPlaces(openActions.map((a) => a.responsible.name));
    const place = (places: Map<string, number>, name: string) => places.get(name) ?? 0;
    const open = openActions.sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) ||
        place(organisationPlace, a.organisation.name) - place(organisationPlace, b.organisation.name) ||
        place(responsiblePlace, a.responsible.name) - place(responsiblePlace, b.responsible.name) ||
        (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0) ||
        a.id - b.id,
    );
    // The answer names these cases too: the router's audit row lists them with the agenda's.
    const listed = ctx.audit.details.participants;
    const named = new Set<number>(
      typeof listed === 'string' ? listed.split(',').filter(Boolean).map(Number) : [],
    );
    for (const action of [...reviewed, ...open]) if (action.participant) named.add(action.participant.id);
    ctx.audit.details.participants = [...named].sort((a, b) => a - b).join(',');
    const team = tx
      .select({ value: settings.value })
      .from(settings)
      .where(eq(settings.key, 'team_name'))
      .get();
    return {
      meeting,
      teamName: team?.value ?? null,
      cases: meeting.items
        .filter((item) => item.kind === 'participant')
        .map((item) => ({
          item,
          decisions: item.notes.filter((n) => n.kind === 'decision'),
          notes: item.notes.filter((n) => n.kind === 'note'),
          actions: meetingActions.filter((a) => a.participant?.id === item.participant?.id),
          reviewedActions: reviewed.filter(
            (a) => a.participant !== null && a.participant.id === item.participant?.id,
          ),
        })),
      teamActionsReviewed: reviewed.filter((a) => a.participant === null),
      openActions: open,
      generalItems: meeting.items.filter((item) => item.kind === 'general'),
      present: meeting.attendees.filter((a) => a.present),
      absent: meeting.attendees.filter((a) => !a.present),
      late: meeting.attendees.filter((a) => a.present && a.arrivedLateAt !== null),
    };
  });
}

/**
 * Each distinct name's place in Swedish order (sv-SE collation): names that collate equal share
 * a place, as a comparison with the collator would have them.
 */
function swedishPlaces(names: readonly string[]): Map<string, number> {
  const collator = new Intl.Collator('sv-SE');
  const sorted = [...new Set(names)].sort(collator.compare);
  const places = new Map<string, number>();
  let place = 0;
  sorted.forEach((name, index) => {
    if (index > 0 && collator.compare(sorted[index - 1] as string, name) !== 0) place += 1;
    places.set(name, place);
  });
  return places;
}
