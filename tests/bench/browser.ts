/**
 * Browser host cold start in Chromium: from starting the host (a new backend on the data
 * directory, the HTTP server) to the first rows of the participant list, through the entry URL
 * and a login typed into the UI. Chromium is launched before the clock starts (the user's
 * browser is already running); the login's key derivation is measured separately and taken off.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { createBackend } from '../../main/core/backend';
import { startHttpHost } from '../../main/hosts/http/server';

export const CHROMIUM = '/usr/bin/chromium';

export interface ColdStart {
  /** Starting the host to the first list row visible. */
  totalMs: number;
  /** The host listening. */
  hostStartMs: number;
  /** The login screen ready to type in. */
  loginScreenMs: number;
  /** Clicking "Logga in" to the first list row (includes the key derivation). */
  loginToRowsMs: number;
  /** Chromium's own start (before the clock). */
  browserLaunchMs: number;
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

export async function browserColdStart(
  dataDir: string,
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
    const started = performance.now();
    const backend = createBackend(dataDir);
    const host = await startHttpHost({ backend, staticDir });
    const hostStartMs = performance.now() - started;
    try {
      await page.goto(host.entryUrl);
      const passwordField = page.getByLabel('Lösenord', { exact: true });
      await passwordField.waitFor({ state: 'visible', timeout: 30_000 });
      const loginScreenMs = performance.now() - started;
      await page.getByRole('radio', { name: new RegExp(userName) }).check();
      await passwordField.fill(password);
      const clicked = performance.now();
      await page.getByRole('button', { name: 'Logga in' }).click();
      await page
        .locator('.participant-table tbody tr[aria-rowindex]:not(.row-loading)')
        .first()
        .waitFor({ state: 'visible', timeout: 60_000 });
      const done = performance.now();
      return {
        totalMs: done - started,
        hostStartMs,
        loginScreenMs,
        loginToRowsMs: done - clicked,
        browserLaunchMs,
        rendererJsKiB: scriptKiB(staticDir),
      };
    } finally {
      await context.close();
      await host.close();
      backend.close();
    }
  } finally {
    await browser.close();
  }
}
