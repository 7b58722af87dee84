import { randomInt } from 'node:crypto';
import type { ParsedInput } from '../../api/contract';
import type { DemoSummary } from '../../api/participant-types';
import { type KeyringFile, type WrappedKey, derivePasswordKey, setUserEntry } from '../../../db/keyring';
import type { Db } from '../../../db/open';
import type { BackendState } from '../../core/state';
import type { ServiceContext } from '../context';
import { readSettingValues, writeSettingValues } from '../settings/store';
import { assertNoParticipants, generateDemoTeam } from './generate';
import type { DemoStaff } from './world';

/**
 * A demo team: demo data plus fictional colleagues who can all log in with one demo password,
 * and a mark in the settings so the app says it is a demo team.
 *
 * The password is random (shown once: by `samsyn demo`, and by the setup wizard), and all demo
 * staff share it and its salt: one slow key derivation wraps the data key for every one of
 * them (each wrap has its own IV and is bound to its user id), so a demo team is still quick
 * to build. Nothing else in the keyring changes: a demo user logs in like anyone else.
 */

/** The settings key that marks a demo team ("1"). */
export const DEMO_TEAM_SETTING = 'demo_team';

/** Characters that cannot be mistaken for each other when read aloud or typed. */
const PASSWORD_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A new demo password: "demo-" and four groups of four, e.g. demo-k7pq-m3xt-9bwz-a2cd. */
export function newDemoPassword(): string {
  const group = () =>
    Array.from({ length: 4 }, () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)]).join('');
  return ['demo', group(), group(), group(), group()].join('-');
}

export function isDemoTeam(db: Db): boolean {
  return readSettingValues(db, [DEMO_TEAM_SETTING]).get(DEMO_TEAM_SETTING) === '1';
}

export function markDemoTeam(db: Db): void {
  writeSettingValues(db, [[DEMO_TEAM_SETTING, '1']]);
}

/** The keyring with an entry for every demo staff member, each sealed by `seal`. */
export function withDemoStaffKeys(
  keyring: KeyringFile,
  staff: readonly DemoStaff[],
  seal: (userId: number) => WrappedKey,
): KeyringFile {
  return staff.reduce(
    (ring, member) =>
      setUserEntry(ring, {
        userId: member.id,
        name: member.name,
        organisationName: member.organisationName,
        wrapped: seal(member.id),
      }),
    keyring,
  );
}

/** How many demo participants the app's own demo has when nobody says (setup, empty team). */
export const DEMO_PARTICIPANTS_DEFAULT = 300;

/**
 * `demo.generate`: fills the team (which must have no participants) with a demo team's work,
 * gives the new demo staff the demo password, and marks the team as a demo team. The keyring
 * is written inside the database transaction: if it cannot be written, nothing changes.
 */
export async function generateDemoForTeam(
  state: BackendState,
  ctx: ServiceContext,
  input: ParsedInput<'demo.generate'>,
): Promise<DemoSummary> {
  // Before the slow key derivation: a team with participants is refused at once.
  assertNoParticipants(ctx.db);
  const password = newDemoPassword();
  const derived = await derivePasswordKey(state.vault.readKeyring(), password);
  try {
    return ctx.db.transaction((tx) => {
      const { summary, createdStaff } = generateDemoTeam(tx, {
        participants: input.participants,
        seed: input.seed,
        today: ctx.today,
        actorUserId: ctx.actor.userId,
        alwaysCoverOrganisationIds: [ctx.actor.organisationId],
        teamWork: true,
      });
      markDemoTeam(tx);
      const keyring = state.vault.readKeyring();
      state.vault.writeKeyring(
        withDemoStaffKeys(keyring, createdStaff, (userId) =>
          state.vault.sealForUser(keyring, userId, derived),
        ),
      );
      return { ...summary, demoPassword: createdStaff.length > 0 ? password : null };
    });
  } finally {
    derived.key.fill(0);
  }
}
