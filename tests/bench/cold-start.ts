/**
 * The browser cold start in a Node process of its own (`npm run bench` bundles this beside
 * bench.mjs and runs it once): the Playwright driver that watches the page must not share an
 * event loop and a heap with the bench, whose garbage collection after building two data sets
 * would otherwise pause it while the clock runs. Takes its inputs as one JSON argument, prints
 * the ColdStart figures as JSON.
 */
import { browserColdStart } from './browser';

interface Inputs {
  dataDir: string;
  cli: string;
  staticDir: string;
  userName: string;
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
process.stdout.write(`${JSON.stringify(figures)}\n`);
