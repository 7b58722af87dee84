import { addDays, daysBetween } from '../../api/dates';
import type { meetingReasons } from '../../api/schema-enums';
import {
  actionReviews,
  actions,
  agendaItemAbsences,
  agendaItems,
  meetingAttendees,
  meetingNotes,
  meetingSeries,
  meetings,
  reviewRequests,
} from '../../../db/schema';
import {
  actionOutcomeNotes,
  actionTexts,
  decisionTexts,
  generalItemTitles,
  meetingNoteTexts,
  requestNotes,
} from './casework-texts';
import type { Random } from './random';
import { canWrite } from './staff';
import {
  type DemoCase,
  type DemoStaff,
  type DemoWorld,
  authorOn,
  chunked,
  consentValidOn,
  instantOn,
  partRandom,
} from './world';

/**
 * The reviews part: the team's weekly joint case review (a series on Tuesdays), the past
 * meetings with attendance, agenda items and their reasons, who left the room for a case
 * their organisation is not covered for, notes and decisions, actions (done, still open,
 * overdue, dropped) with their reviews at later meetings, review requests (handled ones and a
 * few waiting), and the next planned meeting with what the last one did not reach.
 */

type Reason = (typeof meetingReasons)[number];

/** How many past weekly reviews the demo team has held. */
export const DEMO_PAST_MEETINGS = 12;
const MEETING_MINUTES = 60;
const PLACE = 'Samverkansrummet';

/** ISO weekday (1 = Monday … 7 = Sunday) of a YYYY-MM-DD date. */
function weekdayOf(date: string): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Why this case is on the agenda of a meeting on `date`. */
function reasonsFor(c: DemoCase, date: string, random: Random): Reason[] {
  if (c.enrolledOn === null || c.enrolledOn > date) return ['new_referral'];
  const end = c.extendedTo ?? c.plannedEndOn;
  if (end !== null && daysBetween(date, end) <= 28) {
    return [c.extendedTo === null ? 'extension_to_decide' : 'planned_end_near'];
  }
  if (c.closedOn !== null && daysBetween(date, c.closedOn) <= 21) return ['ready_for_closure'];
  if (daysBetween(c.enrolledOn, date) <= 21) return ['started_without_mapping'];
  return [
    random.pick<Reason>([
      'not_discussed',
      'not_discussed',
      'overdue_actions',
      'inactive',
      'consent_expiring',
    ]),
  ];
}

interface ActionPlan {
  c: DemoCase;
  meetingId: number;
  itemId: number;
  what: string;
  responsible: DemoStaff;
  dueOn: string;
  createdBy: DemoStaff;
  createdOn: string;
}

export function addReviews(world: DemoWorld): {
  meetings: number;
  actions: number;
  overdueActions: number;
  reviewRequests: number;
} {
  const random = partRandom(world.seed, 'reviews');
  const { db, today } = world;
  const staff = world.staff;
  if (staff.length === 0) return { meetings: 0, actions: 0, overdueActions: 0, reviewRequests: 0 };
  const chair = staff.find((s) => s.role === 'coordinator') ?? staff.find(canWrite) ?? staff[0];
  if (!chair) return { meetings: 0, actions: 0, overdueActions: 0, reviewRequests: 0 };
  const seriesId = db
    .insert(meetingSeries)
    .values({
      name: 'Gemensam ärendegenomgång',
      weekday: 2,
      startTime: '09:00',
      durationMinutes: MEETING_MINUTES,
      place: PLACE,
    })
    .returning({ id: meetingSeries.id })
    .get().id;

  // The Tuesdays before today, oldest first, and the next one (today when it is a Tuesday).
  let lastTuesday = addDays(today, -1);
  while (weekdayOf(lastTuesday) !== 2) lastTuesday = addDays(lastTuesday, -1);
  const pastDates = Array.from({ length: DEMO_PAST_MEETINGS }, (_, k) =>
    addDays(lastTuesday, -7 * (DEMO_PAST_MEETINGS - 1 - k)),
  );
  let nextDate = today;
  while (weekdayOf(nextDate) !== 2) nextDate = addDays(nextDate, 1);

  const past: { id: number; date: string; present: DemoStaff[] }[] = [];
  const actionPlans: ActionPlan[] = [];
  let requestCount = 0;
  let lastUnreached: (typeof agendaItems.$inferSelect)[] = [];
  const discussedBefore = new Map<number, string>();

  for (const date of pastDates) {
    const meetingId = db
      .insert(meetings)
      .values({
        seriesId,
        date,
        startTime: '09:00',
        durationMinutes: MEETING_MINUTES,
        place: PLACE,
        status: 'finished',
        startedAt: instantOn(date, 8),
        finishedAt: instantOn(date, 9, random.int(0, 10)),
        finishedBy: chair.id,
        createdBy: chair.id,
        createdAt: instantOn(addDays(date, -6), 14),
      })
      .returning({ id: meetings.id })
      .get().id;
    const invited = staff.filter((s) => s.id === chair.id || random.chance(0.8));
    const attendance = invited.map((s) => ({ s, present: s.id === chair.id || random.chance(0.9) }));
    db.insert(meetingAttendees)
      .values(
        attendance.map(({ s, present }) => ({
          meetingId,
          userId: s.id,
          present,
          arrivedLateAt: present && s.id !== chair.id && random.chance(0.05) ? instantOn(date, 8, 10) : null,
        })),
      )
      .run();
    const present = attendance.filter((a) => a.present).map((a) => a.s);
    past.push({ id: meetingId, date, present });

    // Cases the team works with on that day, with a consent valid then; the ones not
    // discussed for longest first, then at random.
    const candidates = world.cases.filter(
      (c) =>
        c.referredOn <= date &&
        (c.closedOn ?? c.decidedOn ?? today) >= date &&
        consentValidOn(c, date) &&
        present.some((s) => c.writers.includes(s)),
    );
    const chosen = random
      .sample(candidates, Math.min(candidates.length, random.int(6, 9)))
      .sort((a, b) =>
        (discussedBefore.get(a.participantId) ?? '').localeCompare(
          discussedBefore.get(b.participantId) ?? '',
        ),
      );
    const carried = lastUnreached;
    let position = 0;
    let clock = 0;
    const unreachedNow: (typeof agendaItems.$inferSelect)[] = [];
    const itemsToWrite: {
      c: DemoCase | null;
      title: string | null;
      reasons: string[];
      carriedFrom: number | null;
      minutes: number;
    }[] = [
      ...carried.map((item) => ({
        c: world.cases.find((c) => c.participantId === item.participantId) ?? null,
        title: item.title,
        reasons: item.reasons,
        carriedFrom: item.id,
        minutes: item.minutes,
      })),
      ...chosen
        .filter((c) => !carried.some((item) => item.participantId === c.participantId))
        .map((c) => ({
          c,
          title: null,
          reasons: reasonsFor(c, date, random),
          carriedFrom: null,
          minutes: random.pick([5, 5, 10]),
        })),
      ...(random.chance(0.4)
        ? [{ c: null, title: random.pick(generalItemTitles), reasons: [], carriedFrom: null, minutes: 5 }]
        : []),
    ];
    for (const [index, entry] of itemsToWrite.entries()) {
      const { c } = entry;
      // The last item of some meetings is not reached and goes on to the next one.
      const reached = !(
        index === itemsToWrite.length - 1 &&
        entry.carriedFrom === null &&
        random.chance(0.3)
      );
      // A waiting request by a colleague put some cases on the agenda.
      const requester =
        c && reached && random.chance(0.2) ? authorOn(random, c, addDays(date, -random.int(2, 6))) : null;
      const reasons: string[] = requester
        ? ['requested', ...entry.reasons.filter((r) => r !== 'requested')]
        : entry.reasons;
      const elapsed = reached ? random.int(150, entry.minutes * 60 + 120) : 0;
      const item = db
        .insert(agendaItems)
        .values({
          meetingId,
          kind: c ? 'participant' : 'general',
          participantId: c?.participantId ?? null,
          title: c ? null : entry.title,
          position,
          minutes: entry.minutes,
          reasons,
          carriedOverFromId: entry.carriedFrom,
          status: reached ? 'discussed' : 'not_reached',
          openedAt: reached ? instantOn(date, 8, Math.min(59, Math.floor(clock / 60))) : null,
          discussedAt: reached ? instantOn(date, 8, Math.min(59, Math.floor((clock + elapsed) / 60))) : null,
          elapsedSeconds: elapsed,
        })
        .returning()
        .get();
      position += 1;
      clock += elapsed;
      if (!reached) {
        unreachedNow.push(item);
        continue;
      }
      if (!c) {
        db.insert(meetingNotes)
          .values({
            itemId: item.id,
            kind: 'note',
            text: 'Information från styrgruppen; frågor tas per mejl.',
            authorUserId: chair.id,
            createdAt: instantOn(date, 8, 50),
          })
          .run();
        continue;
      }
      discussedBefore.set(c.participantId, date);
      // A case carried over after its consent ended is passed over without notes.
      if (!consentValidOn(c, date) || c.writers.length === 0) continue;
      if (requester) {
        db.insert(reviewRequests)
          .values({
            participantId: c.participantId,
            note: random.pick(requestNotes),
            requestedBy: requester.id,
            requestedAt: instantOn(addDays(date, -random.int(2, 6)), 13),
            handledByItemId: item.id,
          })
          .run();
        requestCount += 1;
      }
      // Whoever's organisation the consent does not cover leaves the room for this case.
      const outside = present.filter((s) => !c.consent.organisationIds.has(s.organisationId));
      if (outside.length > 0) {
        db.insert(agendaItemAbsences)
          .values(outside.map((s) => ({ itemId: item.id, userId: s.id })))
          .run();
      }
      const inRoom = present.filter((s) => c.writers.includes(s));
      const writer = random.pick(inRoom.length > 0 ? inRoom : c.writers);
      const at = instantOn(date, 8, Math.min(59, Math.floor(clock / 60)));
      db.insert(meetingNotes)
        .values({
          itemId: item.id,
          kind: 'note',
          text: random.pick(meetingNoteTexts),
          authorUserId: writer.id,
          createdAt: at,
        })
        .run();
      if (random.chance(0.6)) {
        db.insert(meetingNotes)
          .values({
            itemId: item.id,
            kind: 'decision',
            text: random.pick(decisionTexts),
            authorUserId: writer.id,
            createdAt: at,
          })
          .run();
      }
      for (let k = random.int(0, 2); k > 0; k -= 1) {
        const action = random.pick(actionTexts);
        const responsible =
          authorOn(random, c, date, (s) => action.codes.includes(s.organisationCode)) ?? writer;
        actionPlans.push({
          c,
          meetingId,
          itemId: item.id,
          what: action.what,
          responsible,
          dueOn: addDays(date, random.int(5, 30)),
          createdBy: writer,
          createdOn: date,
        });
      }
    }
    lastUnreached = unreachedNow;
  }

  // Each action is reviewed at the first meeting after it was due: done, dropped, not carried
  // out, or still open with a new date (reviewed again later). Some are overdue today.
  type PlannedReview = Omit<typeof actionReviews.$inferInsert, 'actionId'>;
  const actionRows: (typeof actions.$inferInsert)[] = [];
  const reviewsPerAction: PlannedReview[][] = [];
  let overdue = 0;
  for (const plan of actionPlans) {
    let dueOn = plan.dueOn;
    let status: 'open' | 'done' | 'not_relevant' | 'not_carried_out' = 'open';
    let closedOn: string | null = null;
    let outcomeNote: string | null = null;
    const reviews: PlannedReview[] = [];
    // Some actions are never followed up: they stay open and fall overdue (what the team must see).
    const neglected = random.chance(0.1);
    for (const meeting of neglected ? [] : past) {
      if (status !== 'open' || meeting.date <= dueOn || meeting.date <= plan.createdOn) continue;
      if (random.chance(0.15)) continue; // Not reached at that meeting.
      const reviewer = authorOn(random, plan.c, meeting.date, (s) => s.id === plan.responsible.id);
      if (!reviewer) break;
      const outcome = random.weighted([
        ['done', 60],
        ['still_open', 22],
        ['not_relevant', 9],
        ['not_carried_out', 9],
      ] as const);
      const note = random.pick(actionOutcomeNotes[outcome]);
      if (outcome === 'still_open') {
        dueOn = addDays(meeting.date, 14);
      } else {
        status = outcome;
        closedOn = meeting.date;
      }
      outcomeNote = note;
      reviews.push({
        meetingId: meeting.id,
        outcome,
        newDueOn: outcome === 'still_open' ? dueOn : null,
        note,
        reviewedBy: reviewer.id,
        reviewedAt: instantOn(meeting.date, 8, 30),
      });
    }
    if (status === 'open' && dueOn < today) overdue += 1;
    actionRows.push({
      participantId: plan.c.participantId,
      meetingId: plan.meetingId,
      itemId: plan.itemId,
      what: plan.what,
      responsibleUserId: plan.responsible.id,
      organisationId: plan.responsible.organisationId,
      dueOn,
      status,
      closedOn,
      outcomeNote,
      createdBy: plan.createdBy.id,
      createdAt: instantOn(plan.createdOn, 8, 40),
      updatedAt: instantOn(closedOn ?? plan.createdOn, 8, 40),
    });
    reviewsPerAction.push(reviews);
  }
  const actionIds: number[] = [];
  chunked(actionRows, 300, (chunk) => {
    const rows = db.insert(actions).values(chunk).returning({ id: actions.id }).all();
    actionIds.push(...rows.map((row) => row.id));
  });
  const reviewRows = reviewsPerAction.flatMap((reviews, index) =>
    reviews.map((review) => ({ ...review, actionId: actionIds[index] ?? 0 })),
  );
  chunked(reviewRows, 400, (chunk) => db.insert(actionReviews).values(chunk).run());

  // A few colleagues' requests wait for the next review.
  const waiting = random.sample(
    world.cases.filter((c) => c.status === 'enrolled' && consentValidOn(c, today)),
    4,
  );
  for (const c of waiting) {
    const on = addDays(today, -random.int(0, 5));
    const requester = authorOn(random, c, on, (s) => s.id !== c.responsibleUserId);
    if (!requester) continue;
    db.insert(reviewRequests)
      .values({
        participantId: c.participantId,
        note: random.pick(requestNotes),
        requestedBy: requester.id,
        requestedAt: instantOn(on, 12),
      })
      .run();
    requestCount += 1;
  }

  // The next meeting, planned, with what the last one did not reach.
  const next = db
    .insert(meetings)
    .values({
      seriesId,
      date: nextDate,
      startTime: '09:00',
      durationMinutes: MEETING_MINUTES,
      place: PLACE,
      status: 'planned',
      createdBy: chair.id,
      createdAt: instantOn(lastTuesday, 10),
    })
    .returning({ id: meetings.id })
    .get().id;
  db.insert(meetingAttendees)
    .values(staff.map((s) => ({ meetingId: next, userId: s.id })))
    .run();
  lastUnreached.forEach((item, index) => {
    db.insert(agendaItems)
      .values({
        meetingId: next,
        kind: item.kind,
        participantId: item.participantId,
        title: item.title,
        position: index,
        minutes: item.minutes,
        reasons: item.reasons,
        carriedOverFromId: item.id,
      })
      .run();
  });
  return {
    meetings: past.length + 1,
    actions: actionRows.length,
    overdueActions: overdue,
    reviewRequests: requestCount,
  };
}
