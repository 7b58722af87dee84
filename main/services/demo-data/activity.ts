import { addDays, daysBetween } from '../../api/dates';
import { contactKinds, progressCategories } from '../../api/schema-enums';
import { contactTexts, progressTexts } from './texts';
import { type DemoWorld, authorOn, insertRows, partRandom, responsibleOrWriter } from './world';

/**
 * The activity part: contacts (meetings, calls, home visits …) and progress steps while a case
 * is enrolled; "inactive" cases have nothing in the last four weeks, so passivity shows.
 */
export function addActivity(
  world: DemoWorld,
  contactsPerParticipant: number,
): { contacts: number; progressSteps: number } {
  const random = partRandom(world.seed, 'activity');
  const { today } = world;
  const started = world.cases.filter((c) => c.enrolledOn !== null).length || 1;
  const perStarted = (contactsPerParticipant * world.cases.length) / started;
  const contactRows: [number, string, string, string, number][] = [];
  const progressRows: [number, string, string, string, number][] = [];
  for (const c of world.cases) {
    if (c.enrolledOn === null || c.enrolledOn > today) continue;
    const last = c.inactive ? addDays(today, -random.int(28, 60)) : (c.closedOn ?? today);
    if (last < c.enrolledOn) continue;
    const span = Math.max(0, daysBetween(c.enrolledOn, last));
    const n = Math.max(1, Math.round(perStarted * (0.5 + random.next())));
    for (let k = 0; k < n; k += 1) {
      const kind = random.weighted(
        contactKinds.map((kind) => [kind, kind === 'meeting' ? 6 : kind === 'phone' ? 4 : 1] as const),
      );
      const onDate = addDays(c.enrolledOn, random.int(0, span));
      // Most contacts are the responsible caseworker's.
      const author = random.chance(0.6)
        ? responsibleOrWriter(random, c, onDate)
        : authorOn(random, c, onDate);
      if (!author) continue;
      contactRows.push([c.participantId, onDate, kind, random.pick(contactTexts[kind]), author.id]);
    }
    for (let k = random.int(1, 5); k > 0; k -= 1) {
      const category = random.pick(progressCategories);
      const onDate = addDays(c.enrolledOn, random.int(0, span));
      const author = authorOn(random, c, onDate);
      if (!author) continue;
      progressRows.push([c.participantId, onDate, category, random.pick(progressTexts[category]), author.id]);
    }
  }
  const columns = ['participant_id', 'on_date', 'kind', 'text', 'author_user_id'];
  insertRows(world.db, 'contacts', columns, contactRows);
  insertRows(
    world.db,
    'progress_steps',
    ['participant_id', 'on_date', 'category', 'text', 'author_user_id'],
    progressRows,
  );
  return { contacts: contactRows.length, progressSteps: progressRows.length };
}
