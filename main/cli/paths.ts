import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built renderer (dist/renderer), found from wherever this module runs. */
export function findStaticDir(start = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  for (;;) {
    const candidate = path.join(dir, 'dist', 'renderer');
    if (existsSync(path.join(dir, 'package.json')) && existsSync(candidate)) return candidate;
    if (path.basename(dir) === 'dist' && existsSync(path.join(dir, 'renderer')))
      return path.join(dir, 'renderer');
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve('dist', 'renderer');
    dir = parent;
  }
}
