import { readFileSync } from 'node:fs';
import { runCli } from './index';

// Entry point of the `samsyn` binary.
void runCli(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  readStdin: () => readFileSync(0, 'utf8'),
}).then((code) => {
  process.exitCode = code;
});
