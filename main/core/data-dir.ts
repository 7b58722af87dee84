import os from 'node:os';
import path from 'node:path';

/**
 * Where the data lives: SAMSYN_DATA_DIR when set, otherwise the platform's user data folder
 * (the same folder Electron's app.getPath('userData') points at for this app).
 */
export function resolveDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SAMSYN_DATA_DIR) return path.resolve(env.SAMSYN_DATA_DIR);
  const home = os.homedir();
  switch (process.platform) {
    case 'win32':
      return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Samsyn');
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', 'Samsyn');
    default:
      return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Samsyn');
  }
}
