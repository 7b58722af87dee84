import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { swedishSortKey, swedishSortKeySql } from '../../main/api/swedish-sort';
import { initializedBackend, orgId } from '../helpers/backend';
import { listInput, referralInput } from '../helpers/participants';
import { useTempDirs } from '../helpers/temp';

/** Surnames whose order Swedish readers expect; each pair of neighbours differs at the base level. */
const surnames = [
  'Wongsa',
  'Wójcik',
  'Wiśniewski',
  'Åberg',
  'Öberg',
  'Ängel',
  'Zetterlund',
  'Østergaard',
  'Müller',
  'Mylius',
  'Mårtensson',
  'Andersson',
  'Ågren',
  'Ćosić',
  'Cederlund',
  'Ekström',
  'Élise',
  'Łukasz',
  'Lund',
];

const collator = new Intl.Collator('sv-SE', { sensitivity: 'base' });

describe('the Swedish sort key: one definition, the order Swedish readers expect', () => {
  const tempDir = useTempDirs();

  it('orders like Intl.Collator sv-SE (ó as o, ü as y, ø as ö, å ä ö after z)', () => {
    const byKey = [...surnames].sort((a, b) => (swedishSortKey(a) < swedishSortKey(b) ? -1 : 1));
    expect(byKey).toEqual([...surnames].sort(collator.compare));
  });

  it('the triggers of migration 0014 are this definition', () => {
    const migration = readFileSync(
      path.resolve(import.meta.dirname, '..', '..', 'db', 'migrations', '0014_swedish_sort_key.sql'),
      'utf8',
    );
    expect(migration).toContain(swedishSortKeySql("new.last_name || ' ' || new.first_name"));
    expect(migration).toContain(swedishSortKeySql("last_name || ' ' || first_name"));
  });

  it('the list sorted by name in the database follows the same order', async () => {
    const { admin } = await initializedBackend(tempDir());
    const own = await orgId(admin, 'KOM-AM');
    for (const lastName of surnames) {
      await admin.call('participants.refer', referralInput(own, [own], { firstName: 'Test', lastName }));
    }
    const page = await admin.call('participants.list', listInput({ statuses: [] }));
    expect(page.rows.map((row) => row.name?.replace(/^Test /, ''))).toEqual(
      [...surnames].sort(collator.compare),
    );
  });
});
