import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The Electron binary installed by the `electron` package, if its download succeeded. */
export function electronBinary(projectRoot: string): string | null {
  const dir = path.join(projectRoot, 'node_modules', 'electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

export function findChromium(env: NodeJS.ProcessEnv): string | null {
  const candidates = [
    env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  return candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate)) ?? null;
}

export function hasDisplay(env: NodeJS.ProcessEnv): boolean {
  return process.platform !== 'linux' || !!env.DISPLAY || !!env.WAYLAND_DISPLAY;
}

/** Opens the app URL in a chromeless Chromium window with its own profile. */
export function openAppWindow(chromium: string, url: string, profileDir: string): void {
  spawn(
    chromium,
    [`--app=${url}`, `--user-data-dir=${profileDir}`, '--no-first-run', '--disable-background-networking'],
    {
      stdio: 'ignore',
      detached: true,
    },
  ).unref();
}

export function runElectron(binary: string, mainFile: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(binary, [mainFile], { stdio: 'inherit' });
    child.on('exit', (code) => resolve(code ?? 0));
  });
}
