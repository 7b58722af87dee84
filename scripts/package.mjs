// `npm run package`: build, then let electron-builder rebuild the native SQLite module for
// Electron and produce installers in release/. Needs network access to Electron's headers
// and binaries, so it belongs on a build machine, not in the tests.
import { ensureInstalled, mustRun } from './lib.mjs';

ensureInstalled();
mustRun('npm', ['run', 'build', '--silent']);
mustRun('npx', ['electron-builder', '--config', 'electron-builder.yml', ...process.argv.slice(2)]);
