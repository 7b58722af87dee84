import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { fixClock } from '../../main/api/dates';

export interface RunningApp {
  /** The one-time entry URL with the token. */
  entryUrl: string;
  dataDir: string;
}

const root = path.resolve(import.meta.dirname, '..', '..');
export const screenshotDir = path.join(root, 'tests', 'e2e', 'output');

/** `--fixed-date` for the CLI when the test runs on a fixed date (test-only option). */
function fixedDateArgs(fixedDate: string | null): string[] {
  return fixedDate === null ? [] : ['--fixed-date', fixedDate];
}

/** Starts the built browser host (`samsyn serve`) on a throwaway data directory. */
async function startApp(
  dataDir: string,
  fixedDate: string | null,
): Promise<{ app: RunningApp; child: ChildProcess }> {
  const args = [path.join(root, 'dist', 'cli.mjs'), 'serve', '--json', ...fixedDateArgs(fixedDate)];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, SAMSYN_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error(`host did not start: ${stderr}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const line = buffer.split('\n')[0];
      if (buffer.includes('\n') && line) {
        clearTimeout(timer);
        resolve((JSON.parse(line) as { url: string }).url);
      }
    });
    child.once('exit', (code) => reject(new Error(`host exited with ${code}: ${stderr}`)));
  });
  return { app: { entryUrl: url, dataDir }, child };
}

/** A team made with the CLI before the host starts: the admin and further users. */
export interface SeededUser {
  name: string;
  org: string;
  role: 'admin' | 'coordinator' | 'caseworker' | 'readonly';
  /** The password to log in with; users other than the admin must change it first. */
  password: string;
}

export const SEEDED_ADMIN: SeededUser = {
  name: 'Maria Lind',
  org: 'KOM-AM',
  role: 'admin',
  password: 'vår gemensamma samverkan 2026',
};

function cli(dataDir: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync(process.execPath, [path.join(root, 'dist', 'cli.mjs'), ...args], {
    env: { ...process.env, SAMSYN_DATA_DIR: dataDir, SAMSYN_LANG: 'sv', ...env },
    encoding: 'utf8',
  });
}

function seedTeam(
  dataDir: string,
  users: SeededUser[],
  demoParticipants: number,
  fixedDate: string | null,
): void {
  const onDate = fixedDateArgs(fixedDate);
  cli(
    dataDir,
    [
      'init',
      '--team',
      'Samverkansteamet Norr',
      '--admin-name',
      SEEDED_ADMIN.name,
      '--admin-org',
      SEEDED_ADMIN.org,
      ...onDate,
    ],
    {
      SAMSYN_PASSWORD: SEEDED_ADMIN.password,
    },
  );
  for (const user of users) {
    cli(
      dataDir,
      [
        'user',
        'add',
        '--as',
        SEEDED_ADMIN.name,
        '--name',
        user.name,
        '--org',
        user.org,
        '--role',
        user.role,
        '--profession',
        'Handläggare',
        ...onDate,
      ],
      { SAMSYN_PASSWORD: SEEDED_ADMIN.password, SAMSYN_NEW_PASSWORD: user.password },
    );
  }
  if (demoParticipants > 0) {
    cli(
      dataDir,
      [
        'demo',
        '--participants',
        String(demoParticipants),
        '--seed',
        '7',
        '--as',
        SEEDED_ADMIN.name,
        ...onDate,
      ],
      {
        SAMSYN_PASSWORD: SEEDED_ADMIN.password,
      },
    );
  }
}

/** What `seededApp` prepares (an object: Playwright reads a bare array option as [value, options]). */
export interface TeamSeed {
  users: SeededUser[];
  demoParticipants: number;
}

/**
 * Runs `body` with the test process's clock on the test's date, so helpers that call
 * `todayIso()` (seeding through RPC, expected dates) agree with the host.
 */
async function onTestDate(fixedDate: string | null, body: () => Promise<void>): Promise<void> {
  if (fixedDate === null) return body();
  fixClock(fixedDate);
  try {
    await body();
  } finally {
    fixClock(null);
  }
}

export const test = base.extend<{
  app: RunningApp;
  team: TeamSeed;
  /**
   * Test only: the date (YYYY-MM-DD) the seeding CLI and the host run on, through the
   * test-only `--fixed-date` option; the renderer follows the host's date. `null` (the
   * default): the real date. `test.use({ fixedDate: '2026-03-02' })` in a spec file.
   */
  fixedDate: string | null;
  seededApp: RunningApp;
}>({
  team: [{ users: [], demoParticipants: 0 }, { option: true }],
  fixedDate: [null, { option: true }],
  seededApp: async ({ team, fixedDate }, use) => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'samsyn-e2e-'));
    seedTeam(dataDir, team.users, team.demoParticipants, fixedDate);
    const { app, child } = await startApp(dataDir, fixedDate);
    await onTestDate(fixedDate, () => use(app));
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  },
  app: async ({ fixedDate }, use) => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'samsyn-e2e-'));
    const { app, child } = await startApp(dataDir, fixedDate);
    await onTestDate(fixedDate, () => use(app));
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };

/** Saves a screenshot for people to look at, and fails on serious accessibility findings. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    `axe findings on ${name}`,
  ).toEqual([]);
}
