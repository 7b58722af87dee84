import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layering of docs/architecture.md is enforced by ESLint; this proves the rule bites.
const root = path.resolve(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

async function restrictedImports(file: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result?.messages.filter((m) => m.ruleId === 'no-restricted-imports').length ?? 0;
}

describe('import boundaries', () => {
  it('the renderer may import the contract but not Node, Electron, db or backend internals', async () => {
    expect(await restrictedImports('renderer/x.ts', "export { inputs } from '../main/api/contract';\n")).toBe(
      0,
    );
    for (const source of [
      'node:fs',
      'electron',
      '../db/open',
      '../main/core/backend',
      '../main/services/audit/audit',
    ]) {
      expect(await restrictedImports('renderer/x.ts', `export * from '${source}';\n`), source).toBe(1);
    }
  });

  it('services, db and the contract never import Electron; the contract imports no Node', async () => {
    expect(await restrictedImports('main/services/x.ts', "export { app } from 'electron';\n")).toBe(1);
    expect(await restrictedImports('db/x.ts', "export { app } from 'electron';\n")).toBe(1);
    expect(await restrictedImports('main/api/x.ts', "export * from 'node:crypto';\n")).toBe(1);
    expect(await restrictedImports('main/hosts/electron/x.ts', "export { app } from 'electron';\n")).toBe(0);
  });
});
