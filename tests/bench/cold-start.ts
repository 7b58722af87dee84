/**
 * The browser cold start in a Node process of its own (`npm run bench` bundles this beside
 * bench.mjs and runs it once): the Playwright driver that watches the page must not share an
 * event loop and a heap with the bench, whose garbage collection after building two data sets
 * would otherwise pause it while the clock runs.
 *
 * A single cold start on two cores varies by a third from one run to the next (which of
 * Chromium's processes, `serve` and the key derivation get a core when). So it is run
 * COLD_START_RUNS times, each from nothing: a new Chromium with an empty profile, a new `serve`.
 * After each run the login's key derivation is timed three times on the same data directory, on
 * the same quiet machine, and its median is taken off that run's total. The figures reported are
 * those of the run with the median net time; every run's net time is reported too.
 * Takes its inputs as one JSON argument, prints the figures as JSON.
 */
import { readKeyring, unwrapWithPassword } from '../../db/keyring';
import { type ColdStart, browserColdStart } from './browser';

const COLD_START_RUNS = 5;

interface Inputs {
  dataDir: string;
  cli: string;
  staticDir: string;
  userName: string;
  userId: number;
  password: string;
}

export interface ColdStartRuns {
  /** The run with the median net time. */
  median: ColdStart & { kdfSamplesMs: number[]; kdfMs: number; netMs: number };
  /** Every run's total minus its key derivation, in the order they ran. */
  netSamplesMs: number[];
}

function middle(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function keyDerivationSamples(inputs: Inputs): Promise<number[]> {
  const samples: number[] = [];
  for (let sample = 0; sample < 3; sample += 1) {
    const started = performance.now();
    const key = await unwrapWithPassword(readKeyring(inputs.dataDir), inputs.userId, inputs.password);
    samples.push(performance.now() - started);
    if (!key) throw new Error('the key derivation did not unwrap the data key');
    key.fill(0);
  }
  return samples;
}

const inputs = JSON.parse(process.argv[2] ?? '{}') as Inputs;
const runs: ColdStartRuns['median'][] = [];
for (let run = 0; run < COLD_START_RUNS; run += 1) {
  const figures = await browserColdStart(
    inputs.dataDir,
    inputs.cli,
    inputs.staticDir,
    inputs.userName,
    inputs.password,
  );
  const kdfSamplesMs = await keyDerivationSamples(inputs);
  const kdfMs = middle(kdfSamplesMs);
  runs.push({ ...figures, kdfSamplesMs, kdfMs, netMs: figures.totalMs - kdfMs });
}
const netSamplesMs = runs.map((run) => run.netMs);
const medianNet = middle(netSamplesMs);
const median = runs.find((run) => run.netMs === medianNet) ?? runs[0];
if (!median) throw new Error('no cold start was run');
const result: ColdStartRuns = { median, netSamplesMs };
process.stdout.write(`${JSON.stringify(result)}\n`);
