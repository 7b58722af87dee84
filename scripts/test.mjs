// `npm test`: the one command that installs what the tests need and runs all of them:
// typecheck, lint, build, unit tests (vitest), the Electron security scan, E2E (Playwright).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ensureInstalled, mustRun, root, run } from './lib.mjs';

function chromiumPath() {
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p)) ?? null;
}

function ensureChromium() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return;
  if (chromiumPath()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).stdout.trim();
  if (!isRoot || !apt) {
    console.error(
      'Chromium is missing: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.',
    );
    process.exit(1);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  mustRun('apt-get', ['update', '-qq'], { env });
  mustRun('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core'], {
    env,
  });
}

// The document tests read the PDFs back with poppler (pdftotext, pdffonts, pdfinfo).
function ensurePoppler() {
  const has = (tool) =>
    spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim() !== '';
  if (['pdftotext', 'pdffonts', 'pdfinfo'].every(has)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !has('apt-get')) {
    console.error('Poppler is missing: install it (Debian: apt-get install -y poppler-utils).');
    process.exit(1);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  mustRun('apt-get', ['update', '-qq'], { env });
  mustRun('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'poppler-utils'], { env });
}

ensureInstalled();
ensureChromium();
ensurePoppler();
mkdirSync(path.join(root, 'test-results'), { recursive: true });

const steps = [
  ['typecheck', ['npm', ['run', '--silent', 'typecheck']]],
  ['lint', ['npm', ['run', '--silent', 'lint']]],
  ['build', ['npm', ['run', '--silent', 'build']]],
  [
    'unit',
    [
      'npx',
      [
        'vitest',
        'run',
        '--reporter=default',
        '--reporter=json',
        '--outputFile.json=test-results/vitest.json',
      ],
    ],
  ],
  ['security', ['npm', ['run', '--silent', 'test:security']]],
  ['e2e', ['npx', ['playwright', 'test']]],
];

const failedSteps = [];
for (const [name, [command, args]] of steps) {
  console.log(`\n▶ ${name}`);
  const status = run(command, args, { env: { ...process.env, CI: process.env.CI ?? '' } });
  if (status !== 0) {
    failedSteps.push(name);
    // Without a clean typecheck, lint or build the later steps say nothing useful.
    if (['typecheck', 'lint', 'build'].includes(name)) break;
  }
}

function count(file, read) {
  const full = path.join(root, 'test-results', file);
  if (!existsSync(full)) return { passed: 0, failed: 0, skipped: 0 };
  return read(JSON.parse(readFileSync(full, 'utf8')));
}
const unit = count('vitest.json', (r) => ({
  passed: r.numPassedTests ?? 0,
  failed: r.numFailedTests ?? 0,
  skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
}));
const e2e = count('playwright.json', (r) => ({
  passed: r.stats?.expected ?? 0,
  failed: (r.stats?.unexpected ?? 0) + (r.stats?.flaky ?? 0),
  skipped: r.stats?.skipped ?? 0,
}));
const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed;
console.log(
  `\nunit: ${unit.passed} passed, ${unit.failed} failed; e2e: ${e2e.passed} passed, ${e2e.failed} failed`,
);
if (failedSteps.length > 0) console.log(`failed steps: ${failedSteps.join(', ')}`);
console.log(`${passed} passed, ${failed} failed, ${unit.skipped + e2e.skipped} skipped`);
process.exit(failedSteps.length > 0 || failed > 0 || passed === 0 ? 1 : 0);
