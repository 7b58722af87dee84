/**
 * The browser cold start in a Node process of its own (`npm run bench` bundles this beside
 * bench.mjs and runs it once): the Playwright driver that watches the page must not share an
 * event loop and a heap with the bench, whose garbage collection after building two data sets
 * would otherwise pause it while the clock runs. Then the login's key derivation is timed three
 * times on the same data directory, on the same quiet machine (the figure taken off the total).
 * Takes its inputs as one JSON argument, prints the figures as JSON.
 */
import { readKeyring, unwrapWithPassword } from '../../db/keyring';
import { browserColdStart } from './browser';

interface Inputs {
  dataDir: string;
  cli: string;
  staticDir: string;
  userName: string;
  userId: number;
  password: string;
}

const inputs = JSON.parse(process.argv[2] ?? '{}') as Inputs;
const figures = await browserColdStart(
  inputs.dataDir,
  inputs.cli,
  inputs.staticDir,
  inputs.userName,
  inputs.password,
);
const kdfSamplesMs: number[] = [];
for (let sample = 0; sample < 3; sample += 1) {
  const started = performance.now();
  const key = await unwrapWithPassword(readKeyring(inputs.dataDir), inputs.userId, inputs.password);
  kdfSamplesMs.push(performance.now() - started);
  if (!key) throw new Error('the key derivation did not unwrap the data key');
  key.fill(0);
}
process.stdout.write(`${JSON.stringify({ ...figures, kdfSamplesMs })}\n`);
