import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export interface RunningApp {
  /** The one-time entry URL with the token. */
  entryUrl: string;
  dataDir: string;
}

const root = path.resolve(import.meta.dirname, '..', '..');
export const screenshotDir = path.join(root, 'tests', 'e2e', 'output');

/** Starts the built browser host (`samsyn serve`) on a throwaway data directory. */
async function startApp(dataDir: string): Promise<{ app: RunningApp; child: ChildProcess }> {
  const child = spawn(process.execPath, [path.join(root, 'dist', 'cli.mjs'), 'serve', '--json'], {
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

export const test = base.extend<{ app: RunningApp }>({
  // Playwright requires an object pattern for the fixtures argument, even when empty.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'samsyn-e2e-'));
    const { app, child } = await startApp(dataDir);
    await use(app);
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
