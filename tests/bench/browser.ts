/**
 * Browser host cold start in Chromium: from starting `samsyn serve` (a new Node process running
 * the CLI bundle, as an admin or `npm start` runs it) to the first rows of the participant list,
 * through the entry URL it prints and a login typed into the UI. Chromium is launched and left
 * to settle before the clock starts (the user's browser is already running, not still starting
 * itself up); the login's key derivation is measured separately and taken off. The login screen
 * and the rows are watched in the page on every animation frame: a locator's `waitFor` polls
 * with a back-off that grows to 500 ms, which would add up to half a second of waiting that is
 * not the app's.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { type Page, chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export interface ColdStart {
  /** Starting `serve` to the first list row visible. */
  totalMs: number;
  /** `serve` started to its entry URL printed (Node's start, loading the CLI, listening). */
  hostStartMs: number;
  /** The login screen ready to type in. */
  loginScreenMs: number;
  /** Clicking "Logga in" to the first list row (includes the key derivation). */
  loginToRowsMs: number;
  /** The `auth.login` call as the page saw it, sent to answered (key derivation, opening the database). */
  loginServerMs: number;
  /** Chromium's own start (before the clock). */
  browserLaunchMs: number;
  /** Waiting, after the launch, until Chromium's processes are idle (before the clock). */
  settleMs: number;
  /** The renderer's JavaScript, KiB. */
  rendererJsKiB: number;
}

function scriptKiB(staticDir: string): number {
  const assets = path.join(staticDir, 'assets');
  const bytes = readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .reduce((sum, file) => sum + statSync(path.join(assets, file)).size, 0);
  return Math.round(bytes / 1024);
}

/** Processes descended from this one (Chromium and its helpers), from /proc. */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = statFields(Number(entry))?.[1];
    if (parent === undefined) continue;
    children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift() ?? 0) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/** Fields of /proc/<pid>/stat after the command name: [state, ppid, …]; null once it is gone. */
function statFields(pid: number): number[] | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return text
      .slice(text.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
  } catch {
    return null;
  }
}

/** CPU time (user + system, in clock ticks) used so far by the processes below this one. */
function childCpuTicks(): number {
  let ticks = 0;
  for (const pid of descendants(process.pid)) {
    const fields = statFields(pid);
    // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command name.
    if (fields) ticks += (fields[11] ?? 0) + (fields[12] ?? 0);
  }
  return ticks;
}

/** Resolves on the first animation frame where the element is there with a box and not hidden. */
async function waitVisible(page: Page, selector: string, timeout: number): Promise<void> {
  await page.waitForFunction(
    (target) => {
      const element = document.querySelector(target);
      if (!element) return false;
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility === 'visible';
    },
    selector,
    { polling: 'raf', timeout },
  );
}

const SETTLE_QUIET_MS = 300;
const SETTLE_STEP_MS = 50;
const SETTLE_MAX_MS = 5_000;
/** At most one clock tick (10 ms of CPU) over the quiet window counts as idle. */
const SETTLE_IDLE_TICKS = 1;

/**
 * Waits until Chromium (every process this one started) has used next to no CPU for
 * SETTLE_QUIET_MS, at most SETTLE_MAX_MS: on two cores its own start-up runs on for a while
 * after launch() returns, and that tail is not the app's cold start. Linux only (/proc); returns
 * at once elsewhere.
 */
async function settle(): Promise<void> {
  if (statFields(process.pid) === null) return;
  const started = performance.now();
  const window: number[] = [childCpuTicks()];
  const needed = SETTLE_QUIET_MS / SETTLE_STEP_MS;
  while (performance.now() - started < SETTLE_MAX_MS) {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_STEP_MS));
    window.push(childCpuTicks());
    if (window.length > needed + 1) window.shift();
    const first = window[0] ?? 0;
    const last = window[window.length - 1] ?? 0;
    if (window.length === needed + 1 && last - first <= SETTLE_IDLE_TICKS) return;
  }
}

/** Starts `serve` on the data directory; resolves with its entry URL once it listens. */
function startServe(cli: string, dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--json'], {
    env: { ...process.env, SAMSYN_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      for (const line of out.split('\n')) {
        if (!line.startsWith('{')) continue;
        try {
          const url = (JSON.parse(line) as { url?: unknown }).url;
          if (typeof url === 'string') resolve({ child, url });
        } catch {
          // A line still arriving.
        }
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
    });
    child.on('exit', (code) => reject(new Error(`serve exited (${code}) before listening: ${err.trim()}`)));
    child.on('error', reject);
  });
}

/** Stops `serve` as a terminal would (SIGTERM: the host closes the database) and waits for it. */
async function stopServe(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

export async function browserColdStart(
  dataDir: string,
  cli: string,
  staticDir: string,
  userName: string,
  password: string,
): Promise<ColdStart> {
  const launchStarted = performance.now();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const browserLaunchMs = performance.now() - launchStarted;
  try {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await page.goto('about:blank');
    const settleStarted = performance.now();
    await settle();
    const settleMs = performance.now() - settleStarted;
    // The login call as the page sends and receives it.
    let loginSent = Number.NaN;
    let loginServerMs = Number.NaN;
    page.on('request', (request) => {
      if (request.url().endsWith('/rpc') && (request.postData() ?? '').includes('"auth.login"')) {
        loginSent = performance.now();
      }
    });
    page.on('requestfinished', (request) => {
      if (request.url().endsWith('/rpc') && (request.postData() ?? '').includes('"auth.login"')) {
        loginServerMs = performance.now() - loginSent;
      }
    });
    const started = performance.now();
    const { child, url } = await startServe(cli, dataDir);
    const hostStartMs = performance.now() - started;
    try {
      // From the navigation's commit on, not its load event: the login screen is watched directly.
      await page.goto(url, { waitUntil: 'commit' });
      await waitVisible(page, 'input[type="password"]', 30_000);
      const loginScreenMs = performance.now() - started;
      const passwordField = page.getByLabel('Lösenord', { exact: true });
      await page.getByRole('radio', { name: new RegExp(userName) }).check();
      await passwordField.fill(password);
      const clicked = performance.now();
      await page.getByRole('button', { name: 'Logga in' }).click();
      await waitVisible(page, '.participant-table tbody tr[aria-rowindex]:not(.row-loading)', 60_000);
      const done = performance.now();
      return {
        totalMs: done - started,
        hostStartMs,
        loginScreenMs,
        loginToRowsMs: done - clicked,
        loginServerMs,
        browserLaunchMs,
        settleMs,
        rendererJsKiB: scriptKiB(staticDir),
      };
    } finally {
      await context.close();
      await stopServe(child);
    }
  } finally {
    await browser.close();
  }
}
