import { describe, expect, it } from 'vitest';
import type { TemplateDefinition } from '../../main/api/mapping-template';
import { addDays, todayIso } from '../../main/api/dates';
import { initializedBackend, loggedInUser, orgId } from '../helpers/backend';
import { listInput, referralInput } from '../helpers/participants';
import { useTempDirs } from '../helpers/temp';

async function teamWithParticipant(dir: string) {
  const { admin } = await initializedBackend(dir);
  const own = await orgId(admin, 'KOM-AM');
  const af = await orgId(admin, 'AF');
  const reg = await orgId(admin, 'REG');
  const { participantId } = await admin.call('participants.refer', referralInput(af, [own, af, reg]));
  return { admin, own, af, reg, participantId };
}

describe('mapping: templates are versioned data', () => {
  const tempDir = useTempDirs();

  it('ships the default template with sensitive health fields', async () => {
    const { admin, participantId } = await teamWithParticipant(tempDir());
    const mapping = await admin.call('mapping.get', { participantId });
    expect(mapping.template.version).toBe(1);
    expect(mapping.template.definition.sections.map((s) => s.key)).toEqual([
      'background',
      'language_education',
      'work_competences',
      'health',
      'life_situation',
      'work_ability',
      'goals',
    ]);
    const health = mapping.template.definition.sections.find((s) => s.key === 'health');
    expect(health?.sensitive).toBe(true);
    expect(health?.fields.every((f) => f.sensitive)).toBe(true);
    const work = mapping.template.definition.sections.find((s) => s.key === 'work_competences');
    expect(work?.fields.some((f) => f.sensitive)).toBe(false);
    expect(mapping.completion.every((c) => c.state === 'empty')).toBe(true);
  });

  it('an edit creates a new version; a mapping filled against the old one still renders with it', async () => {
    const { admin, af, own, participantId } = await teamWithParticipant(tempDir());
    await admin.call('mapping.saveField', {
      participantId,
      fieldKey: 'country_of_birth',
      value: 'Somalia',
      baseRevision: 0,
    });
    const [v1] = await admin.call('mappingTemplates.list', {});
    if (!v1) throw new Error('no template');
    const edited: TemplateDefinition = structuredClone(v1.definition);
    const background = edited.sections[0];
    if (!background?.fields[0]) throw new Error('no background');
    background.fields[0].label = { sv: 'Land där deltagaren är född', en: 'Country where born' };
    background.fields.push({
      key: 'municipality',
      label: { sv: 'Kommun', en: 'Municipality' },
      help: { sv: '', en: '' },
      type: 'short_text',
      options: [],
      sensitive: false,
      professions: [],
      deprecated: false,
    });
    const v2 = await admin.call('mappingTemplates.save', {
      key: 'default',
      name: 'Gemensam kartläggning',
      definition: edited,
      baseVersion: 1,
    });
    expect(v2.version).toBe(2);
    const stale = await admin.fail('mappingTemplates.save', {
      key: 'default',
      name: 'x',
      definition: edited,
      baseVersion: 1,
    });
    expect(stale.code).toBe('conflict');

    const old = await admin.call('mapping.get', { participantId });
    expect(old.template.version).toBe(1);
    expect(old.newerTemplateExists).toBe(true);
    expect(old.template.definition.sections[0]?.fields[0]?.label.sv).toBe('Födelseland');
    expect(old.values.country_of_birth?.value).toBe('Somalia');
    const unknown = await admin.fail('mapping.saveField', {
      participantId,
      fieldKey: 'municipality',
      value: 'Umeå',
      baseRevision: 0,
    });
    expect(unknown).toMatchObject({ code: 'invalid_input', field: 'fieldKey' });

    const { participantId: second } = await admin.call(
      'participants.refer',
      referralInput(af, [own], { firstName: 'Ny' }),
    );
    const fresh = await admin.call('mapping.get', { participantId: second });
    expect(fresh.template.version).toBe(2);
    expect(fresh.newerTemplateExists).toBe(false);
  });

  it('refuses a template with duplicate keys, a choice without options or a removed field', async () => {
    const { admin } = await teamWithParticipant(tempDir());
    const [v1] = await admin.call('mappingTemplates.list', {});
    if (!v1) throw new Error('no template');
    const duplicate = structuredClone(v1.definition);
    const first = duplicate.sections[0];
    const second = duplicate.sections[1];
    if (!first?.fields[0] || !second?.fields[0]) throw new Error('template too small');
    second.fields[0].key = first.fields[0].key;
    const dupError = await admin.fail('mappingTemplates.save', {
      key: 'default',
      name: 'x',
      definition: duplicate,
      baseVersion: 1,
    });
    expect(dupError).toEqual({
      code: 'invalid_input',
      message: `Nyckeln ${first.fields[0].key} förekommer flera gånger.`,
      field: 'definition.sections.1.fields.0.key',
    });
    const noOptions = structuredClone(v1.definition);
    const housing = noOptions.sections[0]?.fields.find((f) => f.key === 'housing');
    if (!housing) throw new Error('no housing');
    housing.options = [];
    expect(
      await admin.fail('mappingTemplates.save', {
        key: 'default',
        name: 'x',
        definition: noOptions,
        baseVersion: 1,
      }),
    ).toMatchObject({ code: 'invalid_input', message: 'Fältet housing är ett val men saknar alternativ.' });
    const removed = structuredClone(v1.definition);
    removed.sections[0]?.fields.pop();
    expect(
      await admin.fail('mappingTemplates.save', {
        key: 'default',
        name: 'x',
        definition: removed,
        baseVersion: 1,
      }),
    ).toMatchObject({ code: 'invalid_input', field: 'definition' });
    const versions = await admin.call('mappingTemplates.list', {});
    expect(versions.map((v) => v.version)).toEqual([1]);
  });
});

describe('mapping: filling in together', () => {
  const tempDir = useTempDirs();

  it('records author and organisation per field, keeps history, and detects concurrent edits', async () => {
    const { admin, participantId } = await teamWithParticipant(tempDir());
    const { client: afUser } = await loggedInUser(admin, 'Omar Said', 'caseworker', 'AF');
    const { client: regUser } = await loggedInUser(admin, 'Rita Nurse', 'caseworker', 'REG');

    const work = await afUser.call('mapping.saveField', {
      participantId,
      fieldKey: 'work_abroad',
      value: 'Snickare i tio år i Mogadishu',
      baseRevision: 0,
    });
    expect(work).toMatchObject({ status: 'saved', field: { revision: 1, authorName: 'Omar Said' } });
    const health = await regUser.call('mapping.saveField', {
      participantId,
      fieldKey: 'symptoms',
      value: ['sleep', 'pain'],
      baseRevision: 0,
    });
    expect(health.status).toBe('saved');

    const mapping = await admin.call('mapping.get', { participantId });
    expect(mapping.values.work_abroad?.authorOrganisationName).toBe('Arbetsförmedlingen');
    expect(mapping.values.symptoms?.authorOrganisationName).toBe('Regionen – hälso- och sjukvård');
    const healthCompletion = mapping.completion.find((c) => c.sectionKey === 'health');
    const row = (await admin.call('participants.list', listInput())).rows[0];
    const total = mapping.completion.reduce((sum, c) => sum + c.total, 0);
    expect(row?.mappingCompleteness).toBe(Math.round((100 * 2) / total));
    expect(healthCompletion).toMatchObject({
      state: 'partly',
      filled: 1,
      contributors: ['Regionen – hälso- och sjukvård'],
    });

    // Both load revision 1; the AF user saves first; the Region user's save is not applied.
    const first = await afUser.call('mapping.saveField', {
      participantId,
      fieldKey: 'work_abroad',
      value: 'Snickare och byggarbetare',
      baseRevision: 1,
    });
    expect(first.status).toBe('saved');
    const late = await regUser.call('mapping.saveField', {
      participantId,
      fieldKey: 'work_abroad',
      value: 'Byggarbetare',
      baseRevision: 1,
    });
    expect(late).toMatchObject({
      status: 'conflict',
      current: { value: 'Snickare och byggarbetare', revision: 2, authorName: 'Omar Said' },
      yourValue: 'Byggarbetare',
    });
    expect((await admin.call('mapping.get', { participantId })).values.work_abroad?.value).toBe(
      'Snickare och byggarbetare',
    );
    const chosen = await regUser.call('mapping.saveField', {
      participantId,
      fieldKey: 'work_abroad',
      value: 'Byggarbetare',
      baseRevision: 2,
    });
    expect(chosen).toMatchObject({ status: 'saved', field: { revision: 3 } });

    const history = await admin.call('mapping.fieldHistory', { participantId, fieldKey: 'work_abroad' });
    expect(history.map((h) => [h.oldValue, h.newValue, h.authorName])).toEqual([
      ['Snickare och byggarbetare', 'Byggarbetare', 'Rita Nurse'],
      ['Snickare i tio år i Mogadishu', 'Snickare och byggarbetare', 'Omar Said'],
      [null, 'Snickare i tio år i Mogadishu', 'Omar Said'],
    ]);
  });

  it('validates values by field type', async () => {
    const { admin, participantId } = await teamWithParticipant(tempDir());
    const cases: [string, unknown, string][] = [
      ['mental_health', 7, 'Ange ett värde från 1 till 5.'],
      ['housing', 'castle', 'Välj ett av alternativen i listan.'],
      ['occupation_ssyk', '12', 'Ange en fyrsiffrig SSYK-kod.'],
      ['cefr_level', 'D9', 'Välj ett av alternativen i listan.'],
      ['years_in_sweden', 'många', 'Värdet har fel typ för fältet.'],
    ];
    for (const [fieldKey, value, message] of cases) {
      const error = await admin.fail('mapping.saveField', {
        participantId,
        fieldKey,
        value,
        baseRevision: 0,
      });
      expect(error).toEqual({ code: 'invalid_input', message, field: 'value' });
    }
    const nothing = await admin.call('mapping.get', { participantId });
    expect(nothing.values).toEqual({});
    const ok = await admin.call('mapping.saveField', {
      participantId,
      fieldKey: 'cefr_level',
      value: 'A2',
      baseRevision: 0,
    });
    expect(ok.status).toBe('saved');
  });

  it('records the three conversations', async () => {
    const { admin, participantId } = await teamWithParticipant(tempDir());
    const after = await admin.call('mapping.saveConversation', {
      participantId,
      number: 2,
      heldOn: addDays(todayIso(), -1),
      attendees: 'Deltagaren, AF, Regionen',
      summary: 'Riktning mot arbete inom bygg.',
    });
    expect(after.conversations).toMatchObject([{ number: 2, summary: 'Riktning mot arbete inom bygg.' }]);
    const fourth = await admin.fail('mapping.saveConversation', {
      participantId,
      number: 4,
      heldOn: todayIso(),
      attendees: 'x',
      summary: 'y',
    });
    expect(fourth).toMatchObject({ code: 'invalid_input', field: 'number' });
  });

  it('enforces consent on reads and writes of the mapping', async () => {
    const { admin, participantId } = await teamWithParticipant(tempDir());
    const { client: sfiUser } = await loggedInUser(admin, 'Sara Berg', 'caseworker', 'SFI');
    expect((await sfiUser.fail('mapping.get', { participantId })).code).toBe('forbidden');
    expect(
      (
        await sfiUser.fail('mapping.saveField', {
          participantId,
          fieldKey: 'mother_tongue',
          value: 'somaliska',
          baseRevision: 0,
        })
      ).code,
    ).toBe('forbidden');
    expect(
      (await sfiUser.fail('mapping.fieldHistory', { participantId, fieldKey: 'mother_tongue' })).code,
    ).toBe('forbidden');
    const audit = await admin.call('audit.list', { limit: 50 });
    expect(audit.filter((e) => e.action === 'participant.access_denied').length).toBe(3);
  });
});
