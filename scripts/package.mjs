// `npm run package`: a production build (test-only options such as --fixed-date are refused),
// then electron-builder rebuilds the native SQLite module for Electron and produces installers
// in release/. Needs network access to Electron's headers and binaries, so it belongs on a
// build machine, not in the tests.
import { ensureInstalled, mustRun } from './lib.mjs';

ensureInstalled();
mustRun('npm', ['run', 'build', '--silent'], { env: { ...process.env, SAMSYN_BUILD: 'production' } });
mustRun('npx', ['electron-builder', '--config', 'electron-builder.yml', ...process.argv.slice(2)]);
