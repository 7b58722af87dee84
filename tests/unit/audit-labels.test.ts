import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/i18n/en';
import { sv } from '../../renderer/i18n/sv';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('audit log labels', () => {
  it('every audit action written by a service has a Swedish and an English label', () => {
    const root = path.resolve(import.meta.dirname, '..', '..', 'main', 'services');
    const actions = new Set<string>();
    for (const file of sources(root)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/action: '([a-z_.]+)'/g)) {
        if (match[1]) actions.add(match[1]);
      }
    }
    // Built from parts in the plan and agenda services.
    for (const change of ['create', 'update']) {
      for (const entity of ['goal', 'subgoal', 'intervention']) actions.add(`plan.${change}_${entity}`);
    }
    actions.add('plan.create_sip');
    actions.add('agenda.add_note');
    actions.add('agenda.add_decision');
    expect(actions.size).toBeGreaterThan(40);
    const missing = [...actions].filter(
      (action) => !(`audit.action.${action}` in sv && `audit.action.${action}` in en),
    );
    expect(missing).toEqual([]);
  });
});
