import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { consentOrganisations, consents, organisations, participants } from '../../db/schema';
import { addDays, todayIso } from '../../main/api/dates';
import { type TemplateDefinition, templateDefinitionSchema } from '../../main/api/mapping-template';
import type { ConsentState } from '../../main/api/participant-types';
import {
  type ConsentDates,
  consentStateOn,
  isConsentValidOn,
  latestValidUntil,
} from '../../main/domain/consent';
import { type MappingCounts, isMappingComplete, mappingCompleteness } from '../../main/domain/mapping';
import { activeFieldCount } from '../../main/services/mapping/templates';
import { consentValidOn, coveredTodayIdsSql, readableSql } from '../../main/services/participants/access';
import type { Actor } from '../../main/services/context';
import { membership } from '../../main/services/reviews/suggestions';
import { type Client, initializedBackend, orgId } from '../helpers/backend';
import { allSuggestions, meetingToday } from '../helpers/reviews';
import { listInput, referralInput } from '../helpers/participants';
import { useTempDirs } from '../helpers/temp';
import { openParticipantIds, teamDatabase } from '../helpers/team-database';

/**
 * Rules the backend states twice, in SQL for lists and access and in TypeScript for pages and
 * the renderer (main/domain): run both against one real, encrypted database and compare.
 */

describe('domain: the SQL and TypeScript forms of consent validity agree', () => {
  const tempDir = useTempDirs();
  const D = '2025-03-10';
  const day = (n: number) => addDays(D, n);

  /** Edge cases around D; the last two only reach the database through imports or direct SQL. */
  const cases: Record<string, ConsentDates> = {
    signedToday: { signedOn: D, validUntil: day(180), withdrawnOn: null },
    signedTomorrow: { signedOn: day(1), validUntil: day(180), withdrawnOn: null },
    validUntilYesterday: { signedOn: day(-100), validUntil: day(-1), withdrawnOn: null },
    validUntilToday: { signedOn: day(-100), validUntil: D, withdrawnOn: null },
    validUntilTomorrow: { signedOn: day(-100), validUntil: day(1), withdrawnOn: null },
    expiringAtTheWarning: { signedOn: day(-100), validUntil: day(30), withdrawnOn: null },
    beyondTheWarning: { signedOn: day(-100), validUntil: day(31), withdrawnOn: null },
    withdrawnYesterday: { signedOn: day(-100), validUntil: day(180), withdrawnOn: day(-1) },
    withdrawnToday: { signedOn: day(-100), validUntil: day(180), withdrawnOn: D },
    withdrawnTomorrow: { signedOn: day(-100), validUntil: day(180), withdrawnOn: day(1) },
    withdrawnBeforeSigned: { signedOn: day(-5), validUntil: day(180), withdrawnOn: day(-10) },
    endsBeforeSigned: { signedOn: day(5), validUntil: day(-5), withdrawnOn: null },
  };
  /** Every day from before the earliest case to after the latest warning boundary. */
  const dates = Array.from({ length: 60 }, (_, i) => day(i - 15));

  function seed(dir: string) {
    const team = teamDatabase(dir);
    const person = () =>
      team.db
        .insert(participants)
        .values({
          gender: 'woman',
          referringOrganisationId: team.orgId,
          referredOn: day(-200),
          createdBy: team.adminId,
        })
        .returning({ id: participants.id })
        .get().id;
    // All cases on one participant (the latest valid day across many), then each case alone.
    const together = person();
    const rows: (ConsentDates & { participantId: number })[] = [];
    for (const consent of Object.values(cases)) rows.push({ ...consent, participantId: together });
    for (const consent of Object.values(cases)) rows.push({ ...consent, participantId: person() });
    team.db.insert(consents).values(rows).run();
    return team;
  }

  it('row by row, with the date as a parameter and as a column', () => {
    const team = seed(tempDir());
    const states = new Set<ConsentState>();
    for (const on of dates) {
      const rows = team.db.all<ConsentDates & { id: number; valid: number }>(sql`
        SELECT c.id AS id, c.signed_on AS signedOn, c.valid_until AS validUntil,
          c.withdrawn_on AS withdrawnOn, ${consentValidOn('c', on)} AS valid
        FROM consents c ORDER BY c.id`);
      expect(rows).toHaveLength(2 * Object.keys(cases).length);
      for (const row of rows) {
        states.add(consentStateOn(row, on));
        expect({ on, row, valid: row.valid }).toEqual({ on, row, valid: isConsentValidOn(row, on) ? 1 : 0 });
      }
    }
    // The closure rule passes a column (p.closed_on): the same fragment, bound to each date.
    const byColumn = team.db.all<ConsentDates & { id: number; on: string; valid: number }>(sql`
      SELECT c.id AS id, c.signed_on AS signedOn, c.valid_until AS validUntil,
        c.withdrawn_on AS withdrawnOn, d.value AS "on", ${consentValidOn('c', sql`d.value`)} AS valid
      FROM consents c, json_each(${JSON.stringify(dates)}) d`);
    expect(byColumn).toHaveLength(2 * Object.keys(cases).length * dates.length);
    for (const row of byColumn) {
      expect({ row, valid: row.valid }).toEqual({ row, valid: isConsentValidOn(row, row.on) ? 1 : 0 });
    }
    // Not vacuous: the dates reach every state, on both sides of each boundary.
    expect([...states].sort()).toEqual(['expired', 'expiring', 'not_yet_valid', 'valid', 'withdrawn']);
    team.close();
  });

  it("the latest valid day per participant (the lists' consent column)", () => {
    const team = seed(tempDir());
    const all = team.db.all<ConsentDates & { participantId: number }>(sql`
      SELECT participant_id AS participantId, signed_on AS signedOn, valid_until AS validUntil,
        withdrawn_on AS withdrawnOn FROM consents`);
    const ids = [...new Set(all.map((row) => row.participantId))];
    let found = 0;
    for (const on of dates) {
      for (const id of ids) {
        const row = team.db.get<{ until: string | null }>(sql`
          SELECT (SELECT max(c.valid_until) FROM consents c
            WHERE c.participant_id = p.id AND ${consentValidOn('c', on)}) AS until
          FROM participants p WHERE p.id = ${id}`);
        const expected = latestValidUntil(
          all.filter((consent) => consent.participantId === id),
          on,
        );
        if (expected !== null) found += 1;
        expect({ on, id, until: row?.until }).toEqual({ on, id, until: expected });
      }
    }
    expect(found).toBeGreaterThan(0);
    team.close();
  });

  it('read access tested row by row and the covered set (the suggestions) agree on every open case', () => {
    const team = seed(tempDir());
    const other = team.db
      .insert(organisations)
      .values({ code: 'ANNAN', name: 'Annan organisation', professions: [], sortOrder: 99 })
      .returning({ id: organisations.id })
      .get().id;
    // Every consent names the team's organisation; every other one the other organisation too.
    const all = team.db.all<{ id: number }>(sql`SELECT id FROM consents ORDER BY id`);
    team.db
      .insert(consentOrganisations)
      .values(
        all.flatMap(({ id }, index) => [
          { consentId: id, organisationId: team.orgId },
          ...(index % 2 === 0 ? [{ consentId: id, organisationId: other }] : []),
        ]),
      )
      .run();
    // Some closed, on days around the cases' boundaries. The covered set stands for
    // readableSql on open cases only (the after-closure rule is about closed ones): those are
    // compared.
    const people = team.db.all<{ id: number }>(sql`SELECT id FROM participants ORDER BY id`);
    people.forEach(({ id }, index) => {
      if (index % 3 !== 0) return;
      team.db.run(
        sql`UPDATE participants SET status = 'closed', closed_on = ${day(index - 100)} WHERE id = ${id}`,
      );
    });
    const open = openParticipantIds(team.db);
    let readable = 0;
    for (const organisationId of [team.orgId, other]) {
      const actor: Actor = { userId: team.adminId, role: 'coordinator', organisationId, language: 'sv' };
      for (const on of [...dates, day(-120), day(-60)]) {
        const byRow = openParticipantIds(team.db, readableSql(actor, on));
        readable += byRow.length;
        const covered = membership(
          JSON.parse(team.db.get<{ ids: string }>(coveredTodayIdsSql(actor, on))?.ids ?? '[]') as number[],
        );
        expect({ organisationId, on, ids: open.filter(covered) }).toEqual({ organisationId, on, ids: byRow });
      }
    }
    // Not vacuous: some days some rows are readable, and not all of them.
    expect(readable).toBeGreaterThan(0);
    expect(readable).toBeLessThan(2 * (dates.length + 2) * open.length);
    team.close();
  });
});

describe('domain: the list, the agenda and the summary card agree on mapping completeness', () => {
  const tempDir = useTempDirs();
  const today = todayIso();

  async function enrolled(admin: Client, org: number, name: string): Promise<number> {
    const base = referralInput(org, null);
    const { participantId } = await admin.call('participants.refer', {
      ...base,
      firstName: name,
      referral: { ...base.referral, receivedOn: addDays(today, -60) },
      consent: {
        organisationIds: [org],
        signedOn: addDays(today, -60),
        validUntil: addDays(today, 365),
        coversSus: true,
      },
    });
    // Started well before the agenda's mapping threshold (4 weeks by default).
    await admin.call('participants.enrol', {
      participantId,
      startOn: addDays(today, -40),
      plannedEndOn: null,
      intakeCriteria: [],
    });
    return participantId;
  }

  /**
   * Counts (filled of fields) and the percentage every view must show. 23 of 40 is 57.5 %: the
   * list rounded it in SQL to 58 while the agenda rounded a share in floating point to 57.
   * 199 of 200 rounds to 100 although a field is empty: the list showed 100 % while the agenda
   * suggested the mapping as incomplete. The summary card recounted the fields from the template
   * and counted those of a deprecated section too (47 of 47 read 94 %).
   */
  const cases: { name: string; counts: MappingCounts | null; percent: number | null }[] = [
    { name: 'Ingen', counts: null, percent: null },
    { name: 'Tom', counts: { filled: 0, fields: 47 }, percent: 0 },
    { name: 'Del', counts: { filled: 20, fields: 40 }, percent: 50 },
    { name: 'Halvering', counts: { filled: 23, fields: 40 }, percent: 58 },
    { name: 'Nastan', counts: { filled: 199, fields: 200 }, percent: 99 },
    { name: 'Hel', counts: { filled: 47, fields: 47 }, percent: 100 },
    { name: 'Overfylld', counts: { filled: 5, fields: 3 }, percent: 100 },
    { name: 'Faltlos', counts: { filled: 0, fields: 0 }, percent: 0 },
    { name: 'FaltlosIfylld', counts: { filled: 1, fields: 0 }, percent: 100 },
  ];

  /**
   * A template version with `fields` counted fields (at most 100 a section) and a retired
   * (deprecated) section of three more, which `field_count` leaves out as the editor stores it.
   */
  function templateWith(fields: number): TemplateDefinition {
    const section = (key: string, keys: string[], deprecated: boolean) => ({
      key,
      label: { sv: key, en: key },
      help: { sv: '', en: '' },
      sensitive: false,
      deprecated,
      fields: keys.map((fieldKey) => ({
        key: fieldKey,
        label: { sv: fieldKey, en: fieldKey },
        help: { sv: '', en: '' },
        type: 'short_text',
        options: [],
        sensitive: false,
        professions: [],
        deprecated: false,
      })),
    });
    const keys = Array.from({ length: fields }, (_, i) => `f${i}`);
    const current = Array.from({ length: Math.max(1, Math.ceil(fields / 100)) }, (_, i) =>
      section(`current${i}`, keys.slice(i * 100, (i + 1) * 100), false),
    );
    return templateDefinitionSchema.parse({
      sections: [...current, section('retired', ['old0', 'old1', 'old2'], true)],
    });
  }

  it('from the stored counts, empty, partly, fully filled and without a mapping', async () => {
    const { backend, admin } = await initializedBackend(tempDir());
    const org = await orgId(admin, 'KOM-AM');
    const adminId = (await admin.call('team.members', {})).find((m) => m.name === 'Anna Adminsson')?.id ?? 0;
    const { sqlite } = backend.state.vault.database();
    const addTemplate = sqlite.prepare(
      `INSERT INTO mapping_templates (key, version, name, definition, field_count, created_by)
       VALUES ('agreement', ?, 'Mall', ?, ?, ?)`,
    );
    const addMapping = sqlite.prepare(
      `INSERT INTO mappings (participant_id, period_id, template_id, created_by)
       SELECT id, current_period_id, ?, ? FROM participants WHERE id = ?`,
    );
    const addValue = sqlite.prepare(
      `INSERT INTO mapping_values (mapping_id, field_key, value, revision, author_user_id, author_organisation_id, updated_at)
       VALUES (?, ?, ?, 1, ?, ?, ?)`,
    );
    const ids = new Map<number, (typeof cases)[number]>();
    for (const [index, entry] of cases.entries()) {
      const id = await enrolled(admin, org, entry.name);
      ids.set(id, entry);
      if (entry.counts === null) continue;
      const { filled, fields } = entry.counts;
      const template = templateWith(fields);
      expect(activeFieldCount(template)).toBe(fields);
      const definition = JSON.stringify(template);
      const templateId = Number(addTemplate.run(index + 1, definition, fields, adminId).lastInsertRowid);
      const mappingId = Number(addMapping.run(templateId, adminId, id).lastInsertRowid);
      // Beyond the counted fields, values of the retired section (still shown, never counted).
      for (let i = 0; i < filled; i++) {
        const key = i < fields ? `f${i}` : `old${i - fields}`;
        addValue.run(mappingId, key, '"x"', adminId, org, today);
      }
      // A cleared field holds no value and does not count.
      addValue.run(mappingId, 'cleared', null, adminId, org, today);
    }
    // What the database holds, read independently of the services.
    const stored = new Map(
      (
        sqlite
          .prepare(
            `SELECT p.id AS id, m.filled_count AS filled, t.field_count AS fields FROM participants p
             LEFT JOIN mappings m ON m.period_id = p.current_period_id
             LEFT JOIN mapping_templates t ON t.id = m.template_id`,
          )
          .all() as { id: number; filled: number | null; fields: number | null }[]
      ).map((row) => [
        row.id,
        row.filled === null || row.fields === null ? null : { filled: row.filled, fields: row.fields },
      ]),
    );

    const list = await admin.call('participants.list', listInput({ limit: 200 }));
    const meetingId = await meetingToday(admin);
    const suggestions = await allSuggestions(admin, meetingId);
    const itemIds = new Map<number, number>();
    for (const id of ids.keys()) {
      const agenda = await admin.call('agenda.addItem', {
        meetingId,
        participantId: id,
        title: '',
        minutes: 5,
        reasons: [],
      });
      const item = agenda.items.find((i) => i.participant?.id === id);
      if (!item) throw new Error(`no agenda item for ${id}`);
      itemIds.set(id, item.id);
    }
    await admin.call('meetings.start', { meetingId });

    for (const [id, entry] of ids) {
      const counts = stored.get(id) ?? null;
      expect({ id, counts }).toEqual({ id, counts: entry.counts });
      expect({ id, rule: mappingCompleteness(counts) }).toEqual({ id, rule: entry.percent });
      const row = list.rows.find((r) => r.id === id);
      expect({ id, list: row?.mappingCompleteness }).toEqual({ id, list: entry.percent });
      const reason = suggestions
        .find((s) => s.participant.id === id)
        ?.reasons.find((r) => r.code === 'started_without_mapping');
      expect({ id, suggested: reason?.value ?? 'not suggested' }).toEqual({
        id,
        suggested: isMappingComplete(counts) ? 'not suggested' : (entry.percent ?? 0),
      });
      const card = await admin.call('agenda.openItem', { itemId: itemIds.get(id) ?? 0 });
      expect({ id, card: card.mapping.completeness }).toEqual({ id, card: entry.percent });
    }
    backend.close();
  });
});
