// `npm start`: install if needed, build, then `samsyn start` (Electron when its binary is
// present, otherwise the browser host on 127.0.0.1).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ensureInstalled, mustRun, root, run } from './lib.mjs';

ensureInstalled();
mustRun('npm', ['run', 'build', '--silent']);
const electronDir = path.join(root, 'node_modules', 'electron');
if (!existsSync(path.join(electronDir, 'path.txt')) && !process.env.SAMSYN_NO_ELECTRON) {
  // Try Electron's binary download once, quietly; on a closed network it fails fast.
  run(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 120_000 });
}
process.exit(run(process.execPath, [path.join(root, 'dist', 'cli.mjs'), 'start', ...process.argv.slice(2)]));
