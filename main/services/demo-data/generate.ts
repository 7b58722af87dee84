import { count } from 'drizzle-orm';
import { AppError } from '../../api/app-error';
import type { DemoSummary, ParticipantStatus } from '../../api/participant-types';
import { type Db, optimizeDatabase } from '../../../db/open';
import { participants } from '../../../db/schema';
import { appendAudit } from '../audit/audit';
import { refreshDerived } from '../participants/derived';
import { addActivity } from './activity';
import { completeDemoClosures, storeDemoSummaries } from './closure';
import { addMappings } from './mapping';
import { addPeople, defaultStatusWeights } from './people';
import { addPlans } from './plan';
import { addReviews } from './reviews';
import { activeOrganisations, createDemoStaff } from './staff';
import type { DemoStaff, DemoWorld } from './world';

export { demoEmail } from './people';

export interface DemoOptions {
  participants: number;
  seed: number;
  /** YYYY-MM-DD: every date is relative to it, so a seed and a day give the same data. */
  today: string;
  /** Who generates it (audit); null from the CLI before anyone logs in. */
  actorUserId: number | null;
  /** Average contacts per participant (default 10). */
  contactsPerParticipant?: number;
  /** Organisations every consent covers (e.g. the first admin's), so there is something to see. */
  alwaysCoverOrganisationIds?: number[];
  /** Relative weights of the statuses (default: 8 % waiting, 45 % enrolled, 39 % closed …). */
  statusWeights?: Record<ParticipantStatus, number>;
  /**
   * The team's work too: mappings, plans, past reviews with minutes and actions, review
   * requests (the app's demo team). Callers that write their own history on top (the bench)
   * leave it off and get the people, consents, contacts, progress and closures.
   */
  teamWork?: boolean;
}

/** Demo data goes only into a team without participants (checked again inside the transaction). */
export function assertNoParticipants(db: Db): void {
  const existing = db.select({ n: count() }).from(participants).get();
  if ((existing?.n ?? 0) > 0) throw new AppError('conflict', 'error.demoNotEmpty');
}

export interface DemoResult {
  summary: DemoSummary;
  /** The demo staff created, to be given the demo password by the caller (keyring). */
  createdStaff: DemoStaff[];
}

/**
 * Fills an empty database with a fictional team's work. The parts run in order, each in its
 * own file and with its own seeded stream, so a new part (documents, statistics) adds its
 * facts without changing the others': staff → people (persons, periods, referrals, events,
 * consents) → activity (contacts, progress) → [mapping → plan → reviews] → derived status →
 * closures. Every event about a case is written by a staff member of an organisation its
 * consent covers on that date. Deterministic for a seed and a day (within a release); one
 * transaction; refuses a database with participants.
 */
export function generateDemoTeam(db: Db, options: DemoOptions): DemoResult {
  const result = db.transaction((tx): DemoResult => {
    assertNoParticipants(tx);
    const organisations = activeOrganisations(tx);
    if (organisations.length === 0) throw new AppError('conflict', 'error.organisationNotFound');
    const staff = createDemoStaff(tx, organisations, options.actorUserId);
    const world: DemoWorld = {
      db: tx,
      seed: options.seed,
      today: options.today,
      actorUserId: options.actorUserId,
      organisations,
      staff,
      cases: [],
    };
    addPeople(world, {
      participants: options.participants,
      alwaysCoverOrganisationIds: options.alwaysCoverOrganisationIds ?? [],
      statusWeights: options.statusWeights ?? defaultStatusWeights,
    });
    const activity = addActivity(world, options.contactsPerParticipant ?? 10);
    const work = options.teamWork
      ? { ...addMappings(world), ...addPlans(world), ...addReviews(world) }
      : { mappings: 0, plans: 0, meetings: 0, actions: 0, overdueActions: 0, reviewRequests: 0 };
    refreshDerived(tx);
    completeDemoClosures(tx);
    storeDemoSummaries(world);
    const statuses: Record<ParticipantStatus, number> = {
      referred: 0,
      enrolled: 0,
      closed: 0,
      declined: 0,
      withdrawn: 0,
    };
    for (const c of world.cases) statuses[c.status] += 1;
    const createdStaff = staff.filter((s) => s.demo);
    appendAudit(tx, {
      userId: options.actorUserId,
      action: 'demo.generate',
      details: {
        participants: world.cases.length,
        contacts: activity.contacts,
        seed: options.seed,
        staff: createdStaff.length,
      },
    });
    return {
      createdStaff,
      summary: {
        participants: world.cases.length,
        contacts: activity.contacts,
        progressSteps: activity.progressSteps,
        consents: world.cases.length,
        staffCreated: createdStaff.length,
        statuses,
        mappings: work.mappings,
        plans: work.plans,
        meetings: work.meetings,
        actions: work.actions,
        overdueActions: work.overdueActions,
        reviewRequests: work.reviewRequests,
        demoPassword: null,
      },
    };
  });
  // Committed: give the query planner statistics for the tables just filled.
  optimizeDatabase(db);
  return result;
}

/** The summary only: for callers that give no one a login (tests, the bench). */
export function generateDemoData(db: Db, options: DemoOptions): DemoSummary {
  return generateDemoTeam(db, options).summary;
}
