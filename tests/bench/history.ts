/**
 * Two years of a team's work on top of the demo participants, so the bench measures a database
 * that looks like a real one: for every enrolled or closed case a filled-in mapping and a plan
 * (sub-goals, interventions), actions (open, overdue, done, dropped) with their reviews, about
 * 100 past weekly reviews with 8–15 items each, notes and decisions, and review requests. One
 * transaction of plain prepared inserts; the caller runs `optimizeDatabase` after it, as the app
 * does after a bulk write.
 */
import { addDays } from '../../main/api/dates';
import type { FieldValue, TemplateField } from '../../main/api/mapping-template';
import { cefrLevels, yesNoUnknown } from '../../main/api/mapping-template';
import { interventionStatuses, meetingReasons, planGoals } from '../../main/api/schema-enums';
import { Random } from '../../main/services/demo-data/random';
import { contactTexts, extensionReasons, progressTexts } from '../../main/services/demo-data/texts';
import { currentTemplate } from '../../main/services/mapping/templates';
import type { OpenedDatabase } from '../../db/open';

export interface HistorySummary {
  mappings: number;
  mappingValues: number;
  plans: number;
  subgoals: number;
  interventions: number;
  actions: number;
  openActions: number;
  overdueActions: number;
  actionReviews: number;
  meetings: number;
  agendaItems: number;
  meetingNotes: number;
  reviewRequests: number;
  /** The planned meeting the agenda suggestions are asked for. */
  plannedMeetingId: number;
  seconds: number;
}

interface Case {
  id: number;
  periodId: number;
  status: string;
  enrolledOn: string;
  closedOn: string | null;
  plannedEndOn: string | null;
  responsibleUserId: number | null;
}

const noteTexts = [
  ...contactTexts.meeting,
  ...contactTexts.network_meeting,
  ...progressTexts.work,
  ...progressTexts.health,
];
const decisionTexts = [
  'Beslut: förlängning med tre månader, ny uppföljning vid nästa genomgång.',
  'Beslut: Arbetsförmedlingen ansvarar för praktikplatsen, kommunen för boendefrågan.',
  'Beslut: SIP-möte bokas inom två veckor med vården.',
  'Beslut: avslut planeras till månadsskiftet, uppföljning efter tre månader.',
  'Beslut: utredning av arbetsförmåga beställs.',
  ...extensionReasons,
];
const actionTexts = [
  'Boka SIP-möte med vårdcentralen',
  'Kontakta praktikplatsen om startdatum',
  'Ansöka om aktivitetsstöd',
  'Beställa utredning av arbetsförmåga',
  'Följa upp närvaron på SFI',
  'Boka trepartssamtal med handläggaren på Försäkringskassan',
  'Ta fram underlag till förlängning',
  'Hjälpa till med ansökan om bostadsbidrag',
  'Boka tid hos budget- och skuldrådgivningen',
  'Stämma av med arbetsgivaren om anställning med stöd',
];
const generalTitles = ['Verksamhetsfrågor', 'Statistik inför styrgruppen', 'Nya rutiner för samtycke'];
const goalTexts = [
  'Arbete inom lager och logistik på minst halvtid',
  'Påbörja vård- och omsorgsutbildning',
  'Stabil hälsa och regelbunden aktivitet tre dagar i veckan',
  'Anställning med stöd inom kommunens verksamheter',
  'Klara SFI kurs C och gå vidare till yrkes-SFI',
];
const subgoalTexts = [
  'Delta i arbetsträning två dagar i veckan',
  'Klara SFI kurs B',
  'Regelbunden kontakt med vårdcentralen',
  'Ta fram ett CV och söka fem jobb i månaden',
  'Ordna ekonomin med stöd av budgetrådgivningen',
  'Prova praktik inom restaurang',
];

function fieldValue(field: TemplateField, random: Random, today: string): FieldValue {
  switch (field.type) {
    case 'short_text':
      return random.pick(['Lager', 'Städ', 'Vård', 'Restaurang', 'Bygg', 'Butik']);
    case 'long_text':
      return random.pick(noteTexts);
    case 'single_choice':
      return field.options.length > 0 ? random.pick(field.options).key : null;
    case 'multiple_choice':
      return field.options.length > 0
        ? random.sample(field.options, random.int(1, Math.min(3, field.options.length))).map((o) => o.key)
        : null;
    case 'yes_no_unknown':
      return random.pick(yesNoUnknown);
    case 'date':
      return addDays(today, -random.int(30, 700));
    case 'number':
      return random.int(0, 20);
    case 'scale':
      return random.int(1, 5);
    case 'ssyk':
      return random.pick(['9621', '5322', '9111', '5120', '7111']);
    case 'cefr':
      return random.pick(cefrLevels);
  }
}

const minDate = (a: string, b: string) => (a < b ? a : b);

/** ISO timestamp at a time of day on a date. */
const at = (date: string, time: string) => `${date}T${time}:00.000Z`;

export function addTeamHistory(opened: OpenedDatabase, today: string, seed: number): HistorySummary {
  const started = performance.now();
  const { sqlite, db } = opened;
  const random = new Random(seed);
  const template = db.transaction((tx) => currentTemplate(tx));
  const fields = template.definition.sections
    .filter((section) => !section.deprecated)
    .flatMap((section) => section.fields.filter((field) => !field.deprecated));
  const staff = sqlite.prepare('SELECT id, organisation_id AS org FROM users WHERE active = 1').all() as {
    id: number;
    org: number;
  }[];
  const orgIds = (sqlite.prepare('SELECT id FROM organisations').all() as { id: number }[]).map((o) => o.id);
  const interventionTypes = (
    sqlite.prepare('SELECT code FROM intervention_types WHERE active = 1').all() as { code: string }[]
  ).map((t) => t.code);
  const cases = sqlite
    .prepare(
      `SELECT id, status, enrolled_on AS enrolledOn, closed_on AS closedOn, planned_end_on AS plannedEndOn,
         responsible_user_id AS responsibleUserId, current_period_id AS periodId
       FROM participants WHERE status IN ('enrolled', 'closed') AND enrolled_on IS NOT NULL ORDER BY id`,
    )
    .all() as Case[];
  const enrolled = cases.filter((c) => c.status === 'enrolled');
  const orgOf = new Map(staff.map((s) => [s.id, s.org]));
  const staffId = () => random.pick(staff).id;
  const summary: HistorySummary = {
    mappings: 0,
    mappingValues: 0,
    plans: 0,
    subgoals: 0,
    interventions: 0,
    actions: 0,
    openActions: 0,
    overdueActions: 0,
    actionReviews: 0,
    meetings: 0,
    agendaItems: 0,
    meetingNotes: 0,
    reviewRequests: 0,
    plannedMeetingId: 0,
    seconds: 0,
  };

  const insert = {
    mapping: sqlite.prepare(
      'INSERT INTO mappings (participant_id, period_id, template_id, created_by, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    value: sqlite.prepare(
      `INSERT INTO mapping_values (mapping_id, field_key, value, revision, author_user_id, author_organisation_id, updated_at)
       VALUES (?, ?, ?, 1, ?, ?, ?)`,
    ),
    plan: sqlite.prepare(
      'INSERT INTO plans (participant_id, period_id, goal, goal_text, updated_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    subgoal: sqlite.prepare(
      'INSERT INTO plan_subgoals (participant_id, period_id, text, target_on, status, created_by) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    intervention: sqlite.prepare(
      `INSERT INTO plan_interventions (participant_id, period_id, type_code, provider_organisation_id, responsible_user_id,
         responsible_name, start_on, end_on, status, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    series: sqlite.prepare(
      `INSERT INTO meeting_series (name, weekday, start_time, duration_minutes, place) VALUES (?, 2, '09:00', 90, ?)`,
    ),
    meeting: sqlite.prepare(
      `INSERT INTO meetings (series_id, date, start_time, duration_minutes, place, status, started_at, finished_at,
         finished_by, created_by) VALUES (?, ?, '09:00', 90, ?, ?, ?, ?, ?, ?)`,
    ),
    attendee: sqlite.prepare(
      'INSERT INTO meeting_attendees (meeting_id, user_id, present, arrived_late_at) VALUES (?, ?, ?, NULL)',
    ),
    item: sqlite.prepare(
      `INSERT INTO agenda_items (meeting_id, kind, participant_id, title, position, minutes, reasons, status,
         opened_at, discussed_at, elapsed_seconds) VALUES (?, ?, ?, ?, ?, 5, ?, ?, ?, ?, ?)`,
    ),
    note: sqlite.prepare(
      'INSERT INTO meeting_notes (item_id, kind, text, author_user_id, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    action: sqlite.prepare(
      `INSERT INTO actions (participant_id, meeting_id, item_id, what, responsible_user_id, organisation_id, due_on,
         status, closed_on, outcome_note, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    review: sqlite.prepare(
      `INSERT INTO action_reviews (action_id, meeting_id, outcome, new_due_on, note, reviewed_by, reviewed_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    request: sqlite.prepare(
      `INSERT INTO review_requests (participant_id, note, requested_by, requested_at, handled_by_item_id)
       VALUES (?, ?, ?, ?, ?)`,
    ),
  };

  sqlite
    .transaction(() => {
      // Mappings and plans: every case that started.
      for (const c of cases) {
        const end = c.closedOn ?? today;
        const author = c.responsibleUserId ?? staffId();
        const mappingId = Number(
          insert.mapping.run(c.id, c.periodId, template.id, author, at(addDays(c.enrolledOn, 3), '10:00'))
            .lastInsertRowid,
        );
        summary.mappings += 1;
        const share = c.status === 'closed' ? 0.5 + random.next() * 0.5 : 0.2 + random.next() * 0.8;
        for (const field of fields) {
          if (!random.chance(share)) continue;
          const writer = random.chance(0.6) ? author : staffId();
          insert.value.run(
            mappingId,
            field.key,
            JSON.stringify(fieldValue(field, random, today)),
            writer,
            orgOf.get(writer) ?? orgIds[0] ?? 1,
            at(minDate(addDays(c.enrolledOn, random.int(3, 60)), end), '11:00'),
          );
          summary.mappingValues += 1;
        }
        insert.plan.run(
          c.id,
          c.periodId,
          random.pick(planGoals),
          random.pick(goalTexts),
          author,
          at(addDays(c.enrolledOn, 14), '13:00'),
          at(minDate(addDays(c.enrolledOn, 30), end), '13:00'),
        );
        summary.plans += 1;
        for (let k = random.int(2, 3); k > 0; k -= 1) {
          const status =
            c.status === 'closed'
              ? random.pick(['achieved', 'achieved', 'changed', 'dropped'])
              : random.pick(['open', 'open', 'achieved']);
          insert.subgoal.run(
            c.id,
            c.periodId,
            random.pick(subgoalTexts),
            addDays(c.enrolledOn, random.int(60, 240)),
            status,
            author,
          );
          summary.subgoals += 1;
        }
        for (let k = random.int(2, 3); k > 0; k -= 1) {
          const startOn = addDays(c.enrolledOn, random.int(7, 60));
          const outside = random.chance(0.3);
          insert.intervention.run(
            c.id,
            c.periodId,
            random.pick(interventionTypes),
            random.pick(orgIds),
            outside ? null : staffId(),
            outside ? 'Extern handledare' : null,
            startOn,
            c.status === 'closed' ? c.closedOn : random.chance(0.3) ? addDays(startOn, 90) : null,
            c.status === 'closed'
              ? random.pick(['finished', 'finished', 'cancelled'])
              : random.pick(interventionStatuses.slice(0, 3)),
            author,
          );
          summary.interventions += 1;
        }
      }

      // ~100 past weekly reviews, 8–15 items each, and the planned one ahead.
      const seriesId = Number(insert.series.run('Veckogenomgång', 'Samverkansrummet').lastInsertRowid);
      const activeOn = (date: string): Case => {
        for (let attempt = 0; attempt < 50; attempt += 1) {
          const c = random.pick(cases);
          if (c.enrolledOn <= date && (c.closedOn === null || c.closedOn >= date)) return c;
        }
        return random.pick(cases);
      };
      const discussedItems: { id: number; meetingId: number; date: string; participantId: number | null }[] =
        [];
      for (let week = 100; week >= 1; week -= 1) {
        const date = addDays(today, -7 * week);
        const chair = staffId();
        const meetingId = Number(
          insert.meeting.run(
            seriesId,
            date,
            'Samverkansrummet',
            'finished',
            at(date, '09:00'),
            at(date, '10:30'),
            chair,
            chair,
          ).lastInsertRowid,
        );
        summary.meetings += 1;
        for (const member of random.sample(staff, random.int(4, Math.min(8, staff.length)))) {
          insert.attendee.run(meetingId, member.id, random.chance(0.9) ? 1 : 0);
        }
        const items = random.int(8, 15);
        for (let position = 1; position <= items; position += 1) {
          const general = random.chance(0.08);
          const c = general ? null : activeOn(date);
          const discussed = random.chance(0.88);
          const itemId = Number(
            insert.item.run(
              meetingId,
              general ? 'general' : 'participant',
              c?.id ?? null,
              general ? random.pick(generalTitles) : null,
              position,
              JSON.stringify(general ? [] : random.sample(meetingReasons, random.int(1, 2))),
              discussed ? 'discussed' : 'not_reached',
              discussed ? at(date, '09:10') : null,
              discussed ? at(date, '09:15') : null,
              discussed ? random.int(120, 600) : 0,
            ).lastInsertRowid,
          );
          summary.agendaItems += 1;
          if (!discussed) continue;
          discussedItems.push({ id: itemId, meetingId, date, participantId: c?.id ?? null });
          insert.note.run(itemId, 'note', random.pick(noteTexts), staffId(), at(date, '09:14'));
          summary.meetingNotes += 1;
          if (random.chance(0.6)) {
            insert.note.run(itemId, 'decision', random.pick(decisionTexts), chair, at(date, '09:15'));
            summary.meetingNotes += 1;
          }
          if (c && random.chance(0.15)) {
            insert.request.run(c.id, 'Vill ta upp läget', staffId(), at(addDays(date, -3), '15:00'), itemId);
            summary.reviewRequests += 1;
          }
        }
      }
      const planned = Number(
        insert.meeting.run(seriesId, today, 'Samverkansrummet', 'planned', null, null, null, staffId())
          .lastInsertRowid,
      );
      summary.plannedMeetingId = planned;
      summary.meetings += 1;
      for (const member of random.sample(staff, Math.min(6, staff.length))) {
        insert.attendee.run(planned, member.id, 0);
      }
      for (let position = 1; position <= 3; position += 1) {
        const c = random.pick(enrolled.length > 0 ? enrolled : cases);
        insert.item.run(
          planned,
          'participant',
          c.id,
          null,
          position,
          '["requested"]',
          'pending',
          null,
          null,
          0,
        );
        summary.agendaItems += 1;
      }
      // Open requests: about one enrolled case in a hundred waits to be discussed.
      for (const c of enrolled) {
        if (!random.chance(0.01)) continue;
        insert.request.run(c.id, 'Behöver diskuteras', staffId(), at(addDays(today, -2), '14:00'), null);
        summary.reviewRequests += 1;
      }

      // Actions: about three per enrolled case, one or two per closed one, some from a review.
      const itemsByParticipant = new Map<number, (typeof discussedItems)[number]>();
      for (const item of discussedItems) {
        if (item.participantId !== null) itemsByParticipant.set(item.participantId, item);
      }
      const pastMeetings = discussedItems.length > 0 ? discussedItems : [];
      for (const c of cases) {
        const count = c.status === 'enrolled' ? random.int(2, 4) : random.int(1, 2);
        const from = itemsByParticipant.get(c.id);
        for (let k = 0; k < count; k += 1) {
          const responsible =
            random.chance(0.7) && c.responsibleUserId !== null ? c.responsibleUserId : staffId();
          const createdOn = addDays(c.enrolledOn, random.int(7, 120));
          let status: string;
          let dueOn: string;
          let closedOn: string | null = null;
          if (c.status === 'closed') {
            status = random.pick(['done', 'done', 'done', 'not_relevant', 'not_carried_out']);
            dueOn = addDays(createdOn, random.int(14, 42));
            closedOn = c.closedOn !== null && dueOn > c.closedOn ? c.closedOn : dueOn;
          } else {
            status = random.weighted([
              ['open', 5],
              ['done', 4],
              ['not_relevant', 1],
            ] as const);
            // Open ones: some overdue, most due in the coming weeks.
            dueOn =
              status === 'open'
                ? random.chance(0.3)
                  ? addDays(today, -random.int(1, 60))
                  : addDays(today, random.int(1, 60))
                : addDays(createdOn, random.int(14, 42));
            if (status !== 'open') closedOn = dueOn < today ? dueOn : today;
          }
          const linked = from !== undefined && k === 0;
          const actionId = Number(
            insert.action.run(
              c.id,
              linked ? from.meetingId : null,
              linked ? from.id : null,
              random.pick(actionTexts),
              responsible,
              orgOf.get(responsible) ?? orgIds[0] ?? 1,
              dueOn,
              status,
              closedOn,
              status === 'open' ? null : 'Genomfört enligt plan.',
              staffId(),
              at(minDate(createdOn, today), '10:00'),
            ).lastInsertRowid,
          );
          summary.actions += 1;
          if (status === 'open') {
            summary.openActions += 1;
            if (dueOn < today) summary.overdueActions += 1;
          }
          const reviewed = status === 'open' ? dueOn < today && random.chance(0.4) : random.chance(0.5);
          if (reviewed && pastMeetings.length > 0) {
            const meeting = random.pick(pastMeetings);
            insert.review.run(
              actionId,
              meeting.meetingId,
              status === 'open' ? 'still_open' : status,
              status === 'open' ? addDays(today, random.int(7, 28)) : null,
              status === 'open' ? 'Väntar på svar från vården.' : null,
              staffId(),
              at(meeting.date, '09:20'),
            );
            summary.actionReviews += 1;
          }
        }
      }
    })
    .immediate();
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
