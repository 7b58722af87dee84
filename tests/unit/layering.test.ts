import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The layering of docs/architecture.md is enforced by ESLint (eslint-plugin-boundaries on resolved
// paths, plus no-restricted-imports for packages); this proves the rules bite. The allow-lists are
// written out again here on purpose: a change to eslint.config.js that widens a layer fails below.
const root = path.resolve(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

const LAYERS = [
  'api',
  'domain',
  'core',
  'services',
  'hosts-electron',
  'hosts-http',
  'cli',
  'i18n',
  'db',
  'renderer',
  'tests',
  'scripts',
] as const;
type Layer = (typeof LAYERS)[number];

const folder: Record<Layer, string> = {
  api: 'main/api',
  domain: 'main/domain',
  core: 'main/core',
  services: 'main/services',
  'hosts-electron': 'main/hosts/electron',
  'hosts-http': 'main/hosts/http',
  cli: 'main/cli',
  i18n: 'main/i18n',
  db: 'db',
  renderer: 'renderer',
  tests: 'tests',
  scripts: 'scripts',
};

// Whole layers each layer may import (besides itself). The partial permissions (a few files of a
// layer, or types only) are tested on their own below; the real module imported from a layer in
// the matrix is never one of those files.
const mayImport: Record<Layer, readonly Layer[]> = {
  api: [],
  domain: ['api'],
  db: ['api', 'domain'],
  services: ['api', 'domain', 'db'],
  core: ['api', 'domain', 'db', 'services'],
  i18n: ['api', 'domain'],
  'hosts-http': ['api', 'domain', 'i18n'],
  'hosts-electron': ['api', 'domain'],
  cli: ['api', 'domain', 'i18n', 'db', 'hosts-http'],
  renderer: ['api', 'domain'],
  tests: ['api', 'domain', 'core', 'services', 'hosts-http', 'cli', 'i18n', 'db', 'renderer'],
  scripts: [],
};

// A real module of each layer. main/domain may still be empty: then a probe module is written
// there for the duration of this file (the import must resolve to a file on disk).
const DOMAIN_PROBE = 'main/domain/layering-probe.ts';
const realModule: Record<Layer, string> = {
  api: 'main/api/contract.ts',
  domain: DOMAIN_PROBE,
  core: 'main/core/router.ts',
  services: 'main/services/audit/audit.ts',
  'hosts-electron': 'main/hosts/electron/main.ts',
  'hosts-http': 'main/hosts/http/server.ts',
  cli: 'main/cli/index.ts',
  i18n: 'main/i18n/terminal-messages.ts',
  db: 'db/open.ts',
  renderer: 'renderer/api/call.ts',
  tests: 'tests/helpers/temp.ts',
  scripts: 'scripts/lib.mjs',
};

let createdDomainFolder = false;
let wroteDomainProbe = false;
beforeAll(() => {
  const domainDir = path.join(root, folder.domain);
  const existing = fs.existsSync(domainDir)
    ? fs.readdirSync(domainDir, { recursive: true, encoding: 'utf8' }).find((f) => /\.tsx?$/.test(f))
    : undefined;
  if (existing) {
    realModule.domain = path.posix.join(folder.domain, existing.split(path.sep).join('/'));
    return;
  }
  createdDomainFolder = !fs.existsSync(domainDir);
  fs.mkdirSync(domainDir, { recursive: true });
  fs.writeFileSync(path.join(root, DOMAIN_PROBE), 'export const layeringProbe = true;\n');
  wroteDomainProbe = true;
});
afterAll(() => {
  if (wroteDomainProbe) fs.rmSync(path.join(root, DOMAIN_PROBE), { force: true });
  if (createdDomainFolder) fs.rmSync(path.join(root, folder.domain), { recursive: true, force: true });
});

/** A file that does not exist on disk, placed in `layer`. */
function fileIn(layer: Layer): string {
  return `${folder[layer]}/layering-probe-importer.${layer === 'scripts' ? 'mjs' : 'ts'}`;
}

/** The import text that names `target` from `file`, as the code base writes it (no .ts). */
function specifier(file: string, target: string): string {
  const relative = path.posix.relative(path.posix.dirname(file), target).replace(/\.tsx?$/, '');
  return relative.startsWith('.') ? relative : `./${relative}`;
}

async function messages(file: string, code: string, ruleId: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result?.messages.filter((m) => m.ruleId === ruleId).map((m) => m.message) ?? [];
}

/** Messages of the layering rule for `file` re-exporting `target`. */
function boundaryReports(file: string, target: string, typeOnly = false): Promise<string[]> {
  const code = typeOnly
    ? `export type * from '${specifier(file, target)}';\n`
    : `export * from '${specifier(file, target)}';\n`;
  return messages(file, code, 'boundaries/dependencies');
}

/** Asserts that `file` importing `target` is reported once, as an import of layer `to`. */
async function expectForbidden(file: string, target: string, to: Layer, typeOnly = false): Promise<void> {
  const reports = await boundaryReports(file, target, typeOnly);
  expect(reports, `${file} -> ${target}`).toHaveLength(1);
  expect(reports[0]).toContain(`(layer ${to})`);
}

const forbidden = LAYERS.flatMap((from) =>
  LAYERS.filter((to) => to !== from && !mayImport[from].includes(to)).map((to) => [from, to] as const),
);
const allowed = LAYERS.flatMap((from) => mayImport[from].map((to) => [from, to] as const));

describe('layering by resolved path (boundaries/dependencies)', () => {
  it('covers every pair of layers', () => {
    expect(forbidden.length + allowed.length).toBe(LAYERS.length * (LAYERS.length - 1));
  });

  it.each(forbidden)('%s may not import %s', async (from, to) => {
    const reports = await boundaryReports(fileIn(from), realModule[to]);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toContain(`${from} may not import`);
    expect(reports[0]).toContain(`(layer ${to})`);
  });

  it.each(allowed)('%s may import %s', async (from, to) => {
    expect(await boundaryReports(fileIn(from), realModule[to])).toEqual([]);
  });

  it('judges the file an import resolves to, not its text', async () => {
    // The old text globs ('../core/**' for main/api) did not see these; the resolved file does.
    const [viaRoot] = await messages(
      'main/api/x.ts',
      "export * from '../../main/core/router';\n",
      'boundaries/dependencies',
    );
    expect(viaRoot).toContain('(layer core)');
    const [viaDetour] = await messages(
      'main/services/x.ts',
      "export * from '../../db/../main/hosts/http/server';\n",
      'boundaries/dependencies',
    );
    expect(viaDetour).toContain('(layer hosts-http)');
    // Dynamic imports count too.
    const [dynamic] = await messages(
      'db/x.ts',
      "export const load = () => import('../main/services/audit/audit');\n",
      'boundaries/dependencies',
    );
    expect(dynamic).toContain('(layer services)');
  });

  it('services reach the core only for the BackendState types (a known limit), never its router, registry, proofs or backend', async () => {
    for (const file of ['main/core/state.ts', 'main/core/sessions.ts']) {
      expect(await boundaryReports('main/services/x.ts', file, true), file).toEqual([]);
      await expectForbidden('main/services/x.ts', file, 'core');
    }
    for (const file of [
      'main/core/proofs.ts',
      'main/core/router.ts',
      'main/core/registry/index.ts',
      'main/core/backend.ts',
      'main/core/vault.ts',
    ]) {
      await expectForbidden('main/services/x.ts', file, 'core', true);
    }
  });

  it('hosts and the CLI reach the core through main/core/backend only', async () => {
    for (const layer of ['hosts-http', 'hosts-electron', 'cli'] as const) {
      expect(await boundaryReports(fileIn(layer), 'main/core/backend.ts'), layer).toEqual([]);
      await expectForbidden(fileIn(layer), 'main/core/registry/index.ts', 'core');
    }
  });

  it('the CLI reaches services only for verify (main/services/maintenance)', async () => {
    expect(await boundaryReports(fileIn('cli'), 'main/services/maintenance/verify.ts')).toEqual([]);
    await expectForbidden(fileIn('cli'), 'main/services/participants/participants.ts', 'services');
  });

  it('a local file outside every layer may not be imported, and may not exist under a layer root', async () => {
    const [outside] = await boundaryReports('renderer/x.ts', 'vite.config.ts');
    expect(outside).toContain('(outside every layer)');
    expect(
      await messages('main/elsewhere/x.ts', 'export const x = 1;\n', 'boundaries/no-unknown-files'),
    ).toHaveLength(1);
  });
});

describe('packages and casts (no-restricted-imports, no-restricted-syntax)', () => {
  async function restrictedImports(file: string, code: string): Promise<number> {
    return (await messages(file, code, 'no-restricted-imports')).length;
  }

  it('the renderer may not import Node, Electron or the database driver', async () => {
    for (const source of ['node:fs', 'electron', 'better-sqlite3-multiple-ciphers', 'drizzle-orm']) {
      expect(await restrictedImports('renderer/x.ts', `export * from '${source}';\n`), source).toBe(1);
    }
  });

  it('only the Electron host imports Electron; the contract and the domain layer import no Node', async () => {
    for (const file of ['main/services/x.ts', 'db/x.ts', 'main/core/x.ts', 'main/cli/x.ts', 'tests/x.ts']) {
      expect(await restrictedImports(file, "export { app } from 'electron';\n"), file).toBe(1);
    }
    for (const file of ['main/api/x.ts', 'main/domain/x.ts']) {
      expect(await restrictedImports(file, "export * from 'node:crypto';\n"), file).toBe(1);
    }
    expect(await restrictedImports('main/api/x.ts', "export { app } from 'electron';\n")).toBe(1);
    expect(await restrictedImports('main/hosts/electron/x.ts', "export { app } from 'electron';\n")).toBe(0);
  });

  it('nothing casts to a proof of access', async () => {
    const code =
      "import type { ParticipantProof } from '../context';\nexport const p = {} as ParticipantProof;\n";
    expect(await messages('main/services/audit/x.ts', code, 'no-restricted-syntax')).toHaveLength(1);
  });
});
