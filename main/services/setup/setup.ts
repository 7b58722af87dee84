import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { AppError } from '../../api/app-error';
import type { ParsedInput, SetupDefaults, SetupResult } from '../../api/contract';
import { nowIso, todayIso } from '../../api/dates';
import { defaultOrganisations } from '../../api/defaults';
import {
  createKeyring,
  derivePasswordKey,
  formatRecoveryKey,
  keyringExists,
  keyringPath,
  sealForUser,
  setUserEntry,
  writeKeyring,
} from '../../../db/keyring';
import { organisations, settings, users } from '../../../db/schema';
import type { BackendState } from '../../core/state';
import type { DemoStaff } from '../demo-data/world';
import { appendAudit } from '../audit/audit';
import {
  DEMO_PARTICIPANTS_DEFAULT,
  markDemoTeam,
  newDemoPassword,
  withDemoStaffKeys,
} from '../demo-data/demo-team';
import { generateDemoTeam } from '../demo-data/generate';

/** How many fictional participants "Start with demo data" creates. */
export const DEMO_PARTICIPANTS_AT_SETUP = DEMO_PARTICIPANTS_DEFAULT;

export function setupDefaults(): SetupDefaults {
  return {
    organisations: defaultOrganisations.map((org) => ({
      code: org.code,
      name: org.name,
      professions: [...org.professions],
    })),
  };
}

/**
 * First run: creates the data key, the recovery key, the encrypted database with the team,
 * its organisations and the first administrator, and the keyring. All or nothing: if any
 * step fails, the half-created files are removed (they held nothing else).
 */
export async function initialize(
  state: BackendState,
  input: ParsedInput<'setup.initialize'>,
): Promise<SetupResult> {
  const { vault } = state;
  if (keyringExists(vault.dataDir) || existsSync(vault.databaseFile)) {
    throw new AppError('conflict', 'error.alreadyInitialized');
  }
  mkdirSync(vault.dataDir, { recursive: true, mode: 0o700 });
  const created = createKeyring();
  // The demo staff share one password and its salt: one more key derivation, run beside the admin's.
  const demoPassword = input.demoData ? newDemoPassword() : null;
  const [derived, demoDerived] = await Promise.all([
    derivePasswordKey(created.keyring, input.admin.password),
    demoPassword === null ? Promise.resolve(null) : derivePasswordKey(created.keyring, demoPassword),
  ]);
  // Checked again after the await: two setups racing must not both succeed.
  if (keyringExists(vault.dataDir) || existsSync(vault.databaseFile)) {
    throw new AppError('conflict', 'error.alreadyInitialized');
  }
  // Setup runs before there is a session, so no call context: the clock itself.
  const createdAt = nowIso();
  try {
    const { db } = vault.open(created.dataKey);
    db.transaction((tx) => {
      tx.insert(settings)
        .values([
          { key: 'team_name', value: input.teamName },
          { key: 'created_at', value: createdAt },
        ])
        .run();
      const professionsByCode = new Map(defaultOrganisations.map((o) => [o.code, [...o.professions]]));
      const orgRows = tx
        .insert(organisations)
        .values(
          input.organisations.map((org, index) => ({
            code: org.code,
            name: org.name,
            professions: professionsByCode.get(org.code) ?? [],
            sortOrder: index + 1,
          })),
        )
        .returning({ id: organisations.id, code: organisations.code, name: organisations.name })
        .all();
      const adminOrg = orgRows.find((org) => org.code === input.admin.organisationCode);
      if (!adminOrg) {
        throw new AppError(
          'invalid_input',
          'validation.unknownOrganisation',
          undefined,
          'admin.organisationCode',
        );
      }
      const admin = tx
        .insert(users)
        .values({
          name: input.admin.name,
          organisationId: adminOrg.id,
          profession: input.admin.profession,
          role: 'admin',
          language: input.language,
        })
        .returning({ id: users.id })
        .get();
      appendAudit(tx, {
        at: createdAt,
        userId: admin.id,
        action: 'setup.initialize',
        details: { organisations: orgRows.length },
      });
      appendAudit(tx, {
        at: createdAt,
        userId: admin.id,
        action: 'user.create',
        entityType: 'user',
        entityId: admin.id,
        details: { role: 'admin' },
      });
      let demoStaff: DemoStaff[] = [];
      if (demoDerived) {
        // "Start with demo data": a demo team to look around in, visible to the admin, whose
        // fictional colleagues all log in with the demo password.
        demoStaff = generateDemoTeam(tx, {
          participants: DEMO_PARTICIPANTS_AT_SETUP,
          seed: 1,
          today: todayIso(),
          actorUserId: admin.id,
          alwaysCoverOrganisationIds: [adminOrg.id],
          teamWork: true,
        }).createdStaff;
        markDemoTeam(tx);
      }
      const withAdmin = setUserEntry(
        { ...created.keyring, teamName: input.teamName },
        {
          userId: admin.id,
          name: input.admin.name,
          organisationName: adminOrg.name,
          wrapped: sealForUser(created.keyring, admin.id, derived, created.dataKey),
        },
      );
      const keyring = demoDerived
        ? withDemoStaffKeys(withAdmin, demoStaff, (userId) =>
            sealForUser(created.keyring, userId, demoDerived, created.dataKey),
          )
        : withAdmin;
      writeKeyring(vault.dataDir, keyring);
    });
  } catch (error) {
    vault.discardUnfinishedSetup();
    rmSync(keyringPath(vault.dataDir), { force: true });
    throw error;
  } finally {
    created.dataKey.fill(0);
    derived.key.fill(0);
    demoDerived?.key.fill(0);
  }
  vault.close();
  const recoveryKey = formatRecoveryKey(created.recoveryKey);
  created.recoveryKey.fill(0);
  return { teamName: input.teamName, recoveryKey, createdAt, demoPassword };
}
