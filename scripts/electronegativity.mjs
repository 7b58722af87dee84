// Scans the app with @doyensec/electronegativity; fails on any HIGH finding.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root, run } from './lib.mjs';

const electronVersion = JSON.parse(
  readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8'),
).version;
const out = mkdtempSync(path.join(os.tmpdir(), 'samsyn-electronegativity-'));
const report = path.join(out, 'report.csv');
const status = run('npx', ['electronegativity', '-i', root, '-e', electronVersion, '-o', report, '-r'], {
  stdio: ['ignore', 'ignore', 'ignore'],
});
if (status !== 0) {
  console.error('electronegativity did not run');
  process.exit(status);
}
const rows = readFileSync(report, 'utf8').trim().split('\n').slice(1);
rmSync(out, { recursive: true, force: true });
const findings = rows.map((line) => {
  const [id, severity, confidence, file, location] = line
    .split(',')
    .map((cell) => cell.replace(/^"|"$/g, ''));
  return { id, severity, confidence, file, location };
});
for (const f of findings)
  console.log(`${f.severity.padEnd(8)} ${f.id} ${f.file}:${f.location} (${f.confidence})`);
const high = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'CRITICAL');
console.log(`electronegativity: ${findings.length} findings, ${high.length} high`);
process.exit(high.length > 0 ? 1 : 0);
