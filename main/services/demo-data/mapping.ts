import { addDays, daysBetween } from '../../api/dates';
import { type FieldValue, type TemplateField, cefrLevels, checkFieldValue } from '../../api/mapping-template';
import { sql } from 'drizzle-orm';
import { currentTemplate } from '../mapping/templates';
import type { Random } from './random';
import { conversationSummaries, mappingFieldTexts, mappingTexts } from './casework-texts';
import {
  type DemoCase,
  type DemoStaff,
  type DemoWorld,
  authorOn,
  instantOn,
  lastDayOf,
  minDate,
  partRandom,
  idsAfter,
  insertRows,
  maxId,
} from './world';

/**
 * The mapping part: the shared mapping of every started case, filled section by section by
 * the professions that know each area (so a mapping shows several organisations' sections),
 * with the value history the app keeps and the in-depth conversations 1–3. Recently enrolled
 * cases may have none yet ("started without a mapping" on the agenda).
 */

/** Organisations that usually write a section when no one of its professions is covered. */
const sectionOrganisations: Record<string, readonly string[]> = {
  background: ['KOM-SOC', 'KOM-AM'],
  language_education: ['SFI', 'KOM-AM'],
  work_competences: ['AF', 'KOM-AM'],
  health: ['REG'],
  life_situation: ['KOM-SOC'],
  work_ability: ['AF', 'FK', 'REG'],
  goals: ['AF', 'KOM-AM'],
};

const countries: Record<string, readonly string[]> = {
  se: ['Sverige'],
  ar: ['Syrien', 'Irak'],
  so: ['Somalia'],
  ti: ['Eritrea'],
  fa: ['Afghanistan', 'Iran'],
  bs: ['Bosnien och Hercegovina'],
  pl: ['Polen'],
  th: ['Thailand'],
  ru: ['Ryssland', 'Ukraina'],
};

/** A plausible value for a field of the default template, or by type for an admin's own field. */
function demoValue(field: TemplateField, random: Random, c: DemoCase, date: string): FieldValue {
  const swedish = c.originKey === 'se';
  switch (field.key) {
    case 'country_of_birth':
      return random.pick(countries[c.originKey] ?? ['Sverige']);
    case 'years_in_sweden':
      return swedish ? Number(date.slice(0, 4)) - c.birthYear : random.int(1, 15);
    case 'migration_reason':
      return swedish ? null : random.pick(mappingTexts.migration);
    case 'mother_tongue':
      return c.language ?? 'svenska';
    case 'interpreter_needed':
      return c.interpreter ? 'yes' : 'no';
    case 'interpreter_language':
      return c.interpreter ? c.language : null;
    case 'sfi_course':
      return swedish ? null : random.pick(['a', 'b', 'c', 'd', 'done']);
    case 'cefr_level':
      return swedish ? 'C2' : random.pick(cefrLevels.slice(0, 4));
    case 'school_years':
      return random.int(swedish ? 9 : 3, 14);
    case 'occupation_ssyk':
      return random.pick(['9621', '5322', '9111', '5120', '7111', '4110', '5223']);
    default:
      break;
  }
  switch (field.type) {
    case 'short_text':
      return random.pick(mappingTexts.short);
    case 'long_text':
      return random.pick(mappingFieldTexts[field.key] ?? mappingTexts.long);
    case 'single_choice':
      return field.options.length > 0 ? random.pick(field.options).key : null;
    case 'multiple_choice':
      return field.options.length > 0
        ? random.sample(field.options, random.int(1, Math.min(3, field.options.length))).map((o) => o.key)
        : null;
    case 'yes_no_unknown':
      return random.pick(['yes', 'no', 'no', 'unknown']);
    case 'date':
      return addDays(date, -random.int(30, 700));
    case 'number':
      return random.int(0, 4);
    case 'scale':
      return random.int(1, 5);
    case 'ssyk':
      return '9621';
    case 'cefr':
      return random.pick(cefrLevels);
  }
}

export function addMappings(world: DemoWorld): { mappings: number; mappingValues: number } {
  const random = partRandom(world.seed, 'mapping');
  const { db, today } = world;
  const template = currentTemplate(db);
  const sections = template.definition.sections
    .filter((section) => !section.deprecated)
    .map((section) => ({ section, fields: section.fields.filter((field) => !field.deprecated) }));

  interface Planned {
    c: DemoCase;
    createdBy: number;
    createdAt: string;
    values: { fieldKey: string; value: FieldValue; author: DemoStaff; at: string }[];
    conversations: {
      number: number;
      heldOn: string;
      attendees: string;
      summary: string;
      author: DemoStaff;
    }[];
  }
  const planned: Planned[] = [];
  for (const c of world.cases) {
    if (c.enrolledOn === null) continue;
    const last = lastDayOf(c, today);
    const days = daysBetween(c.enrolledOn, last);
    if (days < 21 && random.chance(0.5)) continue;
    const start = addDays(c.enrolledOn, Math.min(2, days));
    const opener = authorOn(random, c, start, (s) => s.id === c.responsibleUserId);
    if (!opener) continue;
    const progress = c.status === 'closed' ? 0.95 : Math.min(0.95, 0.25 + days / 120);
    const values: Planned['values'] = [];
    for (const { section, fields } of sections) {
      if (!random.chance(progress)) continue;
      const at = minDate(addDays(c.enrolledOn, random.int(2, 75)), last);
      const codes = sectionOrganisations[section.key] ?? [];
      const author =
        authorOn(random, c, at, (s) => fields.some((f) => f.professions.includes(s.profession))) ??
        authorOn(random, c, at, (s) => codes.includes(s.organisationCode));
      if (!author) continue;
      for (const field of fields) {
        if (!random.chance(0.85)) continue;
        const value = demoValue(field, random, c, at);
        if (value === null || checkFieldValue(field, value) !== null) continue;
        values.push({
          fieldKey: field.key,
          value,
          author,
          at: instantOn(at, 9 + random.int(0, 6), random.int(0, 59)),
        });
      }
    }
    const conversations: Planned['conversations'] = [];
    for (const number of [1, 2, 3]) {
      const heldOn = addDays(c.enrolledOn, [7, 30, 60][number - 1] ?? 7);
      if (heldOn > last || !random.chance(0.85)) break;
      const author = authorOn(random, c, heldOn, (s) => s.id === c.responsibleUserId);
      if (!author) break;
      const other = authorOn(random, c, heldOn, (s) => s.organisationId !== author.organisationId);
      conversations.push({
        number,
        heldOn,
        attendees: [
          'Deltagaren',
          `${author.name} (${author.organisationName})`,
          ...(other ? [`${other.name} (${other.organisationName})`] : []),
          ...(c.interpreter && c.language ? [`tolk på ${c.language}`] : []),
        ].join(', '),
        summary: random.pick(conversationSummaries[number - 1] ?? mappingTexts.long),
        author,
      });
    }
    planned.push({
      c,
      createdBy: opener.id,
      createdAt: instantOn(start, 9),
      values,
      conversations,
    });
  }

  const before = maxId(db, 'mappings');
  insertRows(
    db,
    'mappings',
    ['participant_id', 'period_id', 'template_id', 'created_by', 'created_at'],
    planned.map((p) => [p.c.participantId, p.c.periodId, template.id, p.createdBy, p.createdAt]),
  );
  const mappingIds = idsAfter(db, 'mappings', before);
  const firstValue = maxId(db, 'mapping_values');
  // Values are stored as their JSON text, as the app's saves store them.
  const valueRows = planned.flatMap((p, index) =>
    p.values.map((v) => [
      mappingIds[index] ?? 0,
      v.fieldKey,
      JSON.stringify(v.value),
      1,
      v.author.id,
      v.author.organisationId,
      v.at,
    ]),
  );
  insertRows(
    db,
    'mapping_values',
    [
      'mapping_id',
      'field_key',
      'value',
      'revision',
      'author_user_id',
      'author_organisation_id',
      'updated_at',
    ],
    valueRows,
  );
  // The history the app writes with every save: here, each field's first value.
  db.run(sql`
    INSERT INTO mapping_value_history
      (mapping_id, field_key, old_value, new_value, revision, author_user_id, author_organisation_id, at)
    SELECT mapping_id, field_key, NULL, value, revision, author_user_id, author_organisation_id, updated_at
    FROM mapping_values WHERE id > ${firstValue} ORDER BY id`);
  insertRows(
    db,
    'mapping_conversations',
    ['mapping_id', 'number', 'held_on', 'attendees', 'summary', 'author_user_id', 'updated_at'],
    planned.flatMap((p, index) =>
      p.conversations.map((conversation) => [
        mappingIds[index] ?? 0,
        conversation.number,
        conversation.heldOn,
        conversation.attendees,
        conversation.summary,
        conversation.author.id,
        instantOn(conversation.heldOn, 15),
      ]),
    ),
  );
  return { mappings: planned.length, mappingValues: valueRows.length };
}
