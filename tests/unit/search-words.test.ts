import { describe, expect, it } from 'vitest';
import { todayIso } from '../../main/api/dates';
import { ftsQuery, searchWords } from '../../main/services/participants/search';
import { type Client, initializedBackend, loggedInUser, orgId } from '../helpers/backend';
import { listInput, personalNumber, referralInput } from '../helpers/participants';
import { useTempDirs } from '../helpers/temp';

/**
 * Issue 11, point 8: a search of several words finds a participant when every word matches,
 * each on its own, the name, the personal number, the pseudonym or the notes — within what
 * the caller may see. Real encrypted databases through the router.
 */

async function note(client: Client, participantId: number, text: string): Promise<void> {
  await client.call('contacts.add', { participantId, onDate: todayIso(), kind: 'meeting', text });
}

/** The names of what `search` finds (null for a name the caller may not see), by name. */
async function found(client: Client, search: string): Promise<(string | null)[]> {
  const result = await client.call('participants.list', listInput({ search }));
  expect(result.total).toBe(result.rows.length);
  return result.rows.map((row) => row.name);
}

async function codes(client: Client, search: string): Promise<string[]> {
  return (await client.call('participants.list', listInput({ search }))).rows.map((row) => row.code);
}

describe('search: the words of a query', () => {
  it('quotes every token, so no user text is FTS5 syntax', () => {
    expect(ftsQuery('NEAR(a"b')).toBe('"NEAR"* "a"* "b"*');
    expect(ftsQuery('-arbets* OR:"x')).toBe('"arbets"* "OR"* "x"*');
    expect(ftsQuery('850312-1234')).toBe('"8503121234"*');
    expect(ftsQuery('"*():-^{}')).toBeNull();
    // A decomposed å (a + ring) stays one token, as the index's tokenizer reads it.
    expect(ftsQuery('A\u030asa')).toBe('"Åsa"*');
    expect(searchWords('  Yusuf   arbetsträning ')).toEqual([
      { codeId: null, fts: '"Yusuf"*' },
      { codeId: null, fts: '"arbetsträning"*' },
    ]);
    expect(searchWords('K-0012 * boende')).toEqual([
      { codeId: 12, fts: '"K"* "0012"*' },
      { codeId: null, fts: '"boende"*' },
    ]);
    expect(searchWords('a b c d e f g h i j')).toHaveLength(8);
  });
});

describe('search: several words across fields', () => {
  const tempDir = useTempDirs();

  it('finds the person whose name holds one word and whose notes hold the other, in any order', async () => {
    const { admin } = await initializedBackend(tempDir());
    const own = await orgId(admin, 'KOM-AM');
    const number = personalNumber('19850312');
    const amina = await admin.call(
      'participants.refer',
      referralInput(own, [own], { personalNumber: number }),
    );
    await note(admin, amina.participantId, 'Trepartssamtal om arbetsträning');
    // The same surname without the note, and the note without the surname.
    const bertil = await admin.call('participants.refer', referralInput(own, [own], { firstName: 'Bertil' }));
    await note(admin, bertil.participantId, 'Hembesök, pratade om boendet');
    const cecilia = await admin.call(
      'participants.refer',
      referralInput(own, [own], { firstName: 'Cecilia', lastName: 'Andersson' }),
    );
    await note(admin, cecilia.participantId, 'Arbetsträning på lagret två dagar i veckan');

    expect(await found(admin, 'Yusuf')).toEqual(['Amina Yusuf', 'Bertil Yusuf']);
    // By surname.
    expect(await found(admin, 'arbetsträning')).toEqual(['Cecilia Andersson', 'Amina Yusuf']);
    for (const search of [
      'Yusuf arbetsträning',
      'arbetsträning Yusuf',
      'yusuf ARBETSTRÄ', // prefix, any case
      'trepartssamtal amina', // a word of the notes and the first name
      `arbetsträning ${number.slice(2)}`, // the personal number and the notes
      `Yu arb ${number.slice(0, 8)}`,
      `${amina.code} arbetsträning`, // the pseudonym and the notes
      'Amina Yusuf', // both in the name, as before
    ]) {
      expect(await found(admin, search), search).toEqual(['Amina Yusuf']);
    }
    expect(await found(admin, 'Yusuf boendet')).toEqual(['Bertil Yusuf']);
    expect(await found(admin, 'Andersson lagret arbetsträning')).toEqual(['Cecilia Andersson']);

    // Every word must match: one that matches nothing finds nothing.
    for (const search of ['Yusuf arbetsträning xyzzy', 'xyzzy Yusuf', 'Amina boendet', 'Cecilia Yusuf']) {
      expect(await found(admin, search), search).toEqual([]);
    }
  });

  it('folds case and the Swedish letters as the index does', async () => {
    const { admin } = await initializedBackend(tempDir());
    const own = await orgId(admin, 'KOM-AM');
    const asa = await admin.call(
      'participants.refer',
      referralInput(own, [own], { firstName: 'Åsa', lastName: 'Öberg' }),
    );
    await note(admin, asa.participantId, 'Ärendet gäller växelvis boende och körkort');
    await admin.call('participants.refer', referralInput(own, [own], { firstName: 'Örjan', lastName: 'Ek' }));

    for (const search of [
      'åsa körkort',
      'ÅSA KÖRKORT',
      'öberg ärendet',
      'ÄRENDE Öb',
      'växelvis åsa öberg',
      'A\u030asa ko\u0308rkort', // decomposed å and ö
      'asa korkort', // remove_diacritics 2 folds å, ä, ö on both sides
    ]) {
      expect(await found(admin, search), search).toEqual(['Åsa Öberg']);
    }
    expect(await found(admin, 'Örjan körkort')).toEqual([]);
  });
});

describe('search: consent rules hold for every word', () => {
  const tempDir = useTempDirs();

  it('a word that matches only a hidden participant finds nothing, not even with its pseudonym', async () => {
    const { admin } = await initializedBackend(tempDir());
    const own = await orgId(admin, 'KOM-AM');
    const af = await orgId(admin, 'AF');
    const { client: afUser } = await loggedInUser(admin, 'Per Af', 'caseworker', 'AF');
    // AF may read this one (its consent names AF)…
    const visible = await admin.call('participants.refer', referralInput(af, [own, af]));
    await note(admin, visible.participantId, 'Samtal om studier');
    // …and only knows that this one exists (AF referred it; the consent names KOM-AM only).
    const hidden = await admin.call(
      'participants.refer',
      referralInput(af, [own], {
        firstName: 'Dolores',
        lastName: 'Gömd',
        personalNumber: personalNumber('19790101'),
      }),
    );
    await note(admin, hidden.participantId, 'Arbetsträning och skuldsanering');

    // The admin is covered for both: the data does match.
    expect(await found(admin, 'Gömd arbetsträning')).toEqual(['Dolores Gömd']);
    expect(await found(admin, 'Yusuf studier')).toEqual(['Amina Yusuf']);

    expect(await codes(afUser, '')).toEqual(expect.arrayContaining([visible.code, hidden.code]));
    for (const search of [
      'arbetsträning',
      'skuldsanering',
      'Gömd',
      'Dolores',
      '790101',
      'Gömd arbetsträning',
      'Yusuf arbetsträning', // the name of one row and the notes of the other
      'studier skuldsanering',
      `${hidden.code} arbetsträning`,
      `${hidden.code} Dolores`,
      `arbetsträning ${hidden.code}`,
    ]) {
      expect(await codes(afUser, search), search).toEqual([]);
    }
    // The pseudonym alone still finds the case AF knows of, with nothing more.
    const byCode = await afUser.call('participants.list', listInput({ search: hidden.code }));
    expect(byCode.rows).toEqual([
      expect.objectContaining({ code: hidden.code, access: 'exists', name: null }),
    ]);
    expect(await codes(afUser, `${hidden.code} ${hidden.code.toLowerCase()}`)).toEqual([hidden.code]);
    // A covered row is found across its fields as usual.
    expect(await codes(afUser, 'studier Yusuf')).toEqual([visible.code]);
    expect(await codes(afUser, `${visible.code} studier`)).toEqual([visible.code]);

    // A user of an organisation that neither referred nor is covered finds nothing at all.
    const { client: sfiUser } = await loggedInUser(admin, 'Sara Sfi', 'caseworker', 'SFI');
    for (const search of [hidden.code, visible.code, 'Yusuf studier', 'Gömd arbetsträning']) {
      expect(await codes(sfiUser, search), search).toEqual([]);
    }
  });

  it("a protected identity's name and number match only for the responsible caseworker", async () => {
    const { admin } = await initializedBackend(tempDir());
    const own = await orgId(admin, 'KOM-AM');
    const { client: responsible, user: responsibleUser } = await loggedInUser(
      admin,
      'Rut Holm',
      'caseworker',
      'KOM-AM',
    );
    const number = personalNumber('19920704');
    const { participantId, code } = await admin.call(
      'participants.refer',
      referralInput(own, [own], {
        firstName: 'Hemlig',
        lastName: 'Skyddadsson',
        personalNumber: number,
        protectedIdentity: true,
        responsibleUserId: responsibleUser.id,
      }),
    );
    await note(responsible, participantId, 'Samtal om boendet');

    // The admin may read the case but not see the identity: the notes match, the name never.
    expect(await found(admin, 'boendet')).toEqual([null]);
    expect(await found(admin, `${code} boendet`)).toEqual([null]);
    for (const search of [
      'Skyddadsson boendet',
      'boendet Skyddadsson',
      'Hemlig boendet',
      `boendet ${number.slice(2)}`,
      `${code} Skyddadsson`,
    ]) {
      expect(await found(admin, search), search).toEqual([]);
    }

    // The responsible caseworker finds the person by name and notes together.
    for (const search of ['Skyddadsson boendet', 'boendet hemlig', `${number} samtal`]) {
      expect(await found(responsible, search), search).toEqual(['Hemlig Skyddadsson']);
    }
  });
});

describe('search: FTS5 syntax in what the user types is plain text', () => {
  const tempDir = useTempDirs();

  it('quotes, stars, colons, minus, parentheses and operators neither fail nor steer the match', async () => {
    const { admin } = await initializedBackend(tempDir());
    const own = await orgId(admin, 'KOM-AM');
    const amina = await admin.call('participants.refer', referralInput(own, [own]));
    await note(admin, amina.participantId, 'Trepartssamtal om arbetsträning');
    const other = await admin.call(
      'participants.refer',
      referralInput(own, [own], { firstName: 'Nora', lastName: 'Orlov' }),
    );
    await note(admin, other.participantId, 'Möte med NOT-gruppen, AND-projektet och NEAR (Göteborg)');

    // Syntax characters around real words are separators: the words still match.
    for (const search of [
      '"Yusuf arbetsträning"',
      '"Yusuf" "arbetsträning"',
      'Yusuf* arbets*',
      '-arbetsträning Yusuf', // not an exclusion
      '(Yusuf) (arbetsträning)',
      'Yusuf, arbetsträning.',
      '^Yusuf +arbetsträning',
      'Yusuf" arbetsträning',
    ]) {
      expect(await found(admin, search), search).toEqual(['Amina Yusuf']);
    }
    // Operators are words that must match like any other.
    expect(await found(admin, 'NOT Yusuf')).toEqual([]);
    expect(await found(admin, 'Yusuf OR Orlov')).toEqual([]);
    expect(await found(admin, 'Orlov NOT')).toEqual(['Nora Orlov']);
    expect(await found(admin, 'and near göteborg')).toEqual(['Nora Orlov']);
    expect(await found(admin, 'NEAR(Göteborg)')).toEqual(['Nora Orlov']);
    // A column filter is not one: "name:" is a word that matches nothing.
    expect(await found(admin, 'name:Yusuf')).toEqual([]);
    expect(await found(admin, 'body:arbetsträning')).toEqual([]);

    // Nothing but syntax: no error, and nothing searchable finds nothing (as before).
    for (const search of ['"', '""', '*', '"*"', '(', ')', '-', ':', 'NEAR(', '" OR "', '^', '{ } ( ) * :']) {
      const result = await admin.raw('participants.list', listInput({ search }));
      expect(result.ok, search).toBe(true);
    }
    for (const search of ['"', '*', '-', '(', ':']) {
      expect(await found(admin, search), search).toEqual([]);
    }
    expect(await found(admin, 'AND')).toEqual(['Nora Orlov']);
    expect(await found(admin, 'OR')).toEqual(['Nora Orlov']);
  });
});
