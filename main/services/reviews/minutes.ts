import { eq } from 'drizzle-orm';
import type { MinutesDto } from '../../api/review-types';
import { settings, actions } from '../../../db/schema';
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
        })),
      generalItems: meeting.items.filter((item) => item.kind === 'general'),
      present: meeting.attendees.filter((a) => a.present),
      absent: meeting.attendees.filter((a) => !a.present),
      late: meeting.attendees.filter((a) => a.present && a.arrivedLateAt !== null),
    };
  });
}
