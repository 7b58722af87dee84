/**
 * A fixed piece of work timed between the bench's phases: the same SQLite statement on the same
 * in-memory table (no file, no cipher, nothing else in the process running) and the same JSON
 * round trip, every time. On a shared two-core machine one minute of a run can be half again
 * slower than the next, and a figure near its target then passes or fails with it; the probe
 * tells how fast the machine was around each phase. It changes no figure and no verdict.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { median, round2 } from './measure';

const ROWS = 20_000;
const RUNS = 7;

export interface SpeedProbe {
  /** The probe's median time now, in ms. */
  time(): number;
  close(): void;
}

export function createSpeedProbe(): SpeedProbe {
  const sqlite = new Database(':memory:');
  sqlite.exec(
    'CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL, day TEXT NOT NULL, n INTEGER NOT NULL)',
  );
  const insert = sqlite.prepare('INSERT INTO t (name, day, n) VALUES (?, ?, ?)');
  sqlite.transaction(() => {
    for (let row = 0; row < ROWS; row += 1) {
      const day = `2026-${String(1 + (row % 12)).padStart(2, '0')}-${String(1 + (row % 28)).padStart(2, '0')}`;
      insert.run(`deltagare ${row} ${(row * 7919) % 10_007}`, day, row * 31);
    }
  })();
  const query = sqlite.prepare(
    `SELECT count(*) AS n, sum(length(name)) AS chars FROM t
     WHERE name LIKE '%7%' AND day >= '2026-03-01' AND n % 3 = 0`,
  );
  const rows = sqlite.prepare('SELECT id, name, day, n FROM t WHERE id <= 200').all();
  return {
    time: () => {
      const samples: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const started = performance.now();
        query.get();
        JSON.parse(JSON.stringify(rows));
        samples.push(performance.now() - started);
      }
      return round2(median(samples));
    },
    close: () => sqlite.close(),
  };
}
