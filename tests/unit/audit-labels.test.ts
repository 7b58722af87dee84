import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditActions, auditEntities } from '../../main/api/audit-actions';

/*
 * Every action the backend can write is a member of one typed table (appendAudit and the
 * registry accept nothing else, so an action without labels does not compile). What the
 * type cannot check is that the labels are usable: present in both languages and distinct,
 * so the log never shows two events under one name.
 */
describe('audit log labels', () => {
  it('every action and entity has a Swedish and an English label, none empty', () => {
    for (const table of [auditActions, auditEntities]) {
      for (const [key, label] of Object.entries(table)) {
        expect(label.sv.trim(), `${key} (sv)`).not.toBe('');
        expect(label.en.trim(), `${key} (en)`).not.toBe('');
      }
    }
    expect(Object.keys(auditActions).length).toBeGreaterThan(70);
  });

  it('no two actions share a label in the same language', () => {
    for (const lang of ['sv', 'en'] as const) {
      const seen = new Map<string, string>();
      const clashes: string[] = [];
      for (const [action, label] of Object.entries(auditActions)) {
        const other = seen.get(label[lang]);
        if (other) clashes.push(`${other} / ${action}: ${label[lang]}`);
        seen.set(label[lang], action);
      }
      expect(clashes, lang).toEqual([]);
    }
  });

  it('every action in the table is written by some code (no label for an event that never happens)', () => {
    const root = path.resolve(import.meta.dirname, '..', '..', 'main');
    const sources = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('audit-actions.ts'))
      .map((file) => readFileSync(path.join(root, file), 'utf8'))
      .join('\n');
    // Actions are passed as arguments, returned from functions, kept in maps and named in the
    // registry: whatever the route, the code names each one as a string literal somewhere.
    const unused = Object.keys(auditActions).filter((action) => !sources.includes(`'${action}'`));
    expect(unused).toEqual([]);
  });
});
