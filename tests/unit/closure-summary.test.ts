import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../main/api/dates';
import type { DocumentModel } from '../../main/api/documents/model';
import { createPrintMetadata } from '../../main/api/documents/print';
import { plainLanguageProblems } from '../../main/domain/closure-summary';
import { renderDocx } from '../../main/services/documents/docx';
import { renderPdf } from '../../main/services/documents/pdf';
import { type Client, initializedBackend, loggedInUser, orgId } from '../helpers/backend';
import { pageCount, poppler, squash, unzip, wordText } from '../helpers/documents';
import { referralInput } from '../helpers/participants';
import { useTempDirs } from '../helpers/temp';

const HEALTH_TEXT = 'Sover bättre efter samtalen på vårdcentralen';
const WORK_TEXT = 'Kommer i tid till arbetsträningen fyra dagar i veckan';

/** All the text of a document model, for asserting what it says and does not say. */
function textOf(document: DocumentModel): string {
  const parts = [document.title, document.subtitle ?? ''];
  for (const fact of document.facts) parts.push(fact.label, fact.value);
  for (const section of document.sections) {
    parts.push(section.heading);
    for (const block of section.blocks) {
      if (block.type === 'paragraph') parts.push(block.text);
      if (block.type === 'list') parts.push(...block.items);
      if (block.type === 'table') parts.push(...block.columns, ...block.rows.flat());
      if (block.type === 'keyValue') for (const entry of block.entries) parts.push(entry.label, entry.value);
    }
  }
  for (const signature of document.signatures) parts.push(signature.label, signature.name ?? '');
  return parts.join('\n');
}

/**
 * A period with everything a summary says: referred by `referrer`, consent for `consentOrgs`,
 * a plan with an intervention, a health and a work progress step, and the closure form.
 */
async function closedPeriod(admin: Client, referrer: string, consentOrgs: string[]) {
  const own = await orgId(admin, 'KOM-AM');
  const af = await orgId(admin, 'AF');
  const referring = await orgId(admin, referrer);
  const consent = await Promise.all(consentOrgs.map((code) => orgId(admin, code)));
  const today = todayIso();
  const status = await admin.call('app.status', {});
  const adminId = status.loginUsers[0]!.id;
  const { participantId } = await admin.call(
    'participants.refer',
    referralInput(referring, consent, { responsibleUserId: adminId }),
  );
  await admin.call('participants.enrol', {
    participantId,
    startOn: addDays(today, -9),
    plannedEndOn: null,
    intakeCriteria: [],
  });
  await admin.call('plan.saveGoal', { participantId, goal: 'work', goalText: 'Jobba i ett kök.' });
  const types = await admin.call('interventionTypes.list', {});
  await admin.call('plan.addIntervention', {
    participantId,
    typeCode: types.find((type) => type.code === 'work_training')?.code ?? types[0]!.code,
    providerOrganisationId: own,
    responsibleUserId: adminId,
    responsibleName: null,
    startOn: addDays(today, -8),
    endOn: addDays(today, -1),
    status: 'finished',
    note: null,
  });
  await admin.call('progress.add', {
    participantId,
    onDate: addDays(today, -3),
    category: 'health',
    text: HEALTH_TEXT,
  });
  await admin.call('progress.add', {
    participantId,
    onDate: addDays(today, -2),
    category: 'work',
    text: WORK_TEXT,
  });
  await admin.call('participants.close', {
    participantId,
    onDate: today,
    closureReason: 'work_with_support',
    incomeSourceAtExit: 'subsidised_employment',
    occupationAtExit: 'Köksbiträde',
    nextStep: {
      arranged: true,
      what: 'Anställning med lönebidrag',
      organisationId: af,
      contact: 'Per Persson',
      startOn: addDays(today, 14),
    },
    handoverTo: 'Lena Ek',
    recommendations: 'Fortsätt med stöd på arbetsplatsen.',
  });
  return { participantId, today, adminId };
}

describe('closure summaries (slutdokumentation)', () => {
  const tempDir = useTempDirs();

  it('builds the participant variant in easy Swedish without health detail, the referrer variant in full', async () => {
    const { admin } = await initializedBackend(tempDir());
    const { participantId } = await closedPeriod(admin, 'AF', ['KOM-AM', 'AF']);
    const summary = await admin.call('closureSummaries.get', { participantId });
    expect(summary.referrerCovered).toBe(true);

    const mine = textOf(summary.participant.document);
    expect(summary.participant.document.title).toBe('Sammanfattning av din tid hos oss');
    expect(mine).toContain('Amina Yusuf');
    expect(mine).toContain('Ditt mål var att få ett arbete.');
    expect(mine).toContain(WORK_TEXT);
    expect(mine).toContain('Du ska börja med: Anställning med lönebidrag.');
    expect(mine).not.toContain(HEALTH_TEXT);
    expect(mine).not.toMatch(/Avslutsorsak|Personnummer|Försörjning/);
    // The generated text keeps to its own easy-Swedish rules.
    for (const section of summary.participant.document.sections) {
      for (const block of section.blocks) {
        const text =
          block.type === 'paragraph' ? block.text : block.type === 'list' ? block.items.join('\n') : '';
        expect(plainLanguageProblems(text).filter((problem) => problem.kind === 'longSentence')).toEqual([]);
      }
    }

    const withHealth = await admin.call('closureSummaries.get', { participantId, includeHealth: true });
    expect(textOf(withHealth.participant.document)).toContain(HEALTH_TEXT);

    const referrer = summary.referrer!.document;
    expect(referrer.title).toBe('Slutdokumentation');
    expect(referrer.subtitle).toBe('Till Arbetsförmedlingen');
    const theirs = textOf(referrer);
    for (const expected of [
      'Övergripande mål: Arbete.',
      HEALTH_TEXT,
      WORK_TEXT,
      'Köksbiträde',
      'Fortsätt med stöd på arbetsplatsen.',
      'Per Persson',
      'Lena Ek',
      'Anvisande handläggare',
    ]) {
      expect(theirs).toContain(expected);
    }
    expect(theirs).toMatch(/Avslutsorsak\n.+/);
  });

  it('prints both variants as PDF and DOCX with Swedish text, page numbers and embedded fonts', async () => {
    const { admin } = await initializedBackend(tempDir());
    const { participantId } = await closedPeriod(admin, 'AF', ['KOM-AM', 'AF']);
    const summary = await admin.call('closureSummaries.get', { participantId });
    const print = createPrintMetadata({
      teamName: 'Samverkansteamet Östersund',
      printedAt: '2025-03-20T13:05:00.000Z',
      language: 'sv',
    });
    const dir = tempDir();
    const file = path.join(dir, 'summaries.pdf');
    writeFileSync(file, await renderPdf([summary.participant.document, summary.referrer!.document], print));
    const text = squash(poppler('pdftotext', [file, '-']));
    expect(text).toContain('Sammanfattning av din tid hos oss');
    expect(text).toContain('Slutdokumentation');
    expect(text).toContain('Sida 1 av');
    expect(text).toContain('Försörjning vid avslut');
    expect(pageCount(file)).toBeGreaterThanOrEqual(2);
    const fonts = poppler('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/\syes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/);

    const docx = unzip(await renderDocx([summary.participant.document, summary.referrer!.document], print));
    const body = wordText(docx.get('word/document.xml') ?? '');
    expect(body).toContain('Du började hos oss den');
    expect(body).toContain('Mottagande handläggare');
  });

  it('without the referring organisation in the consent on the closure date, only the participant variant', async () => {
    const { admin } = await initializedBackend(tempDir());
    const { participantId, today } = await closedPeriod(admin, 'AF', ['KOM-AM']);
    const summary = await admin.call('closureSummaries.get', { participantId });
    expect(summary.referrerCovered).toBe(false);
    expect(summary.referrer).toBeNull();
    expect(summary.participant.document.title).toBe('Sammanfattning av din tid hos oss');
    const refused = await admin.fail('closureSummaries.save', {
      participantId,
      periodId: summary.periodId,
      variant: 'referrer',
      language: 'sv',
      sections: [],
    });
    expect(refused.code).toBe('conflict');
    expect(refused.message).toContain('Bara deltagarens version');
    expect(summary.closedOn).toBe(today);
  });

  it('stores edited versions; the header is rebuilt, never taken from the caller', async () => {
    const { admin } = await initializedBackend(tempDir());
    const { participantId } = await closedPeriod(admin, 'AF', ['KOM-AM', 'AF']);
    const first = await admin.call('closureSummaries.get', { participantId });
    expect(first.participant.version).toBeNull();
    const sections = [
      ...first.participant.document.sections,
      { heading: 'Hälsning', blocks: [{ type: 'paragraph' as const, text: 'Lycka till på nya jobbet!' }] },
    ];
    const saved = await admin.call('closureSummaries.save', {
      participantId,
      periodId: first.periodId,
      variant: 'participant',
      language: 'sv',
      sections,
    });
    expect(saved.participant.version).toBe(1);
    expect(saved.participant.savedBy).toBe('Anna Adminsson');
    expect(textOf(saved.participant.document)).toContain('Lycka till på nya jobbet!');
    expect(saved.participant.document.facts).toEqual(first.participant.document.facts);
    expect(textOf(saved.participant.generated)).not.toContain('Lycka till');

    const again = await admin.call('closureSummaries.save', {
      participantId,
      periodId: first.periodId,
      variant: 'participant',
      language: 'sv',
      sections: sections.slice(0, 2),
    });
    expect(again.participant.version).toBe(2);
    expect(again.versions.filter((v) => v.variant === 'participant').map((v) => v.version)).toEqual([2, 1]);
    // A saved Swedish version is not the English document.
    const english = await admin.call('closureSummaries.get', { participantId, language: 'en' });
    expect(english.participant.version).toBeNull();
    expect(english.participant.document.title).toBe('A summary of your time with us');

    const forged = await admin.fail('closureSummaries.save', {
      participantId,
      periodId: first.periodId,
      variant: 'participant',
      language: 'sv',
      sections,
      facts: [{ label: 'Namn', value: 'Någon annan' }],
    } as never);
    expect(forged.code).toBe('invalid_input');
  });

  it('refuses an open period, another person’s period, and a caller without read access', async () => {
    const { admin } = await initializedBackend(tempDir());
    const { participantId } = await closedPeriod(admin, 'AF', ['KOM-AM', 'AF']);
    const own = await orgId(admin, 'KOM-AM');
    const { participantId: open } = await admin.call('participants.refer', referralInput(own, [own]));
    const notClosed = await admin.fail('closureSummaries.get', { participantId: open });
    expect(notClosed.code).toBe('conflict');
    expect(notClosed.message).toBe('Slutdokumentation finns bara för en avslutad period.');
    const other = await admin.fail('closureSummaries.get', { participantId: open, periodId: participantId });
    expect(other.code).toBe('not_found');

    const { client: outsider } = await loggedInUser(admin, 'Sara Sfi', 'caseworker', 'SFI');
    const refused = await outsider.fail('closureSummaries.get', { participantId });
    expect(['forbidden', 'not_found']).toContain(refused.code);
  });
});

describe('easy Swedish check', () => {
  it('finds long sentences and abbreviations, and passes plain text', () => {
    expect(plainLanguageProblems('Du började hos oss i mars. Du har tränat på att jobba.')).toEqual([]);
    const problems = plainLanguageProblems(
      'Du ska t.ex. kontakta AF och FK om ersättningen innan du börjar på den nya arbetsplatsen nästa vecka i Östersund.',
    );
    expect(problems.map((problem) => problem.kind)).toEqual([
      'longSentence',
      'abbreviation',
      'abbreviation',
      'abbreviation',
    ]);
    expect(problems.slice(1).map((problem) => problem.text)).toEqual(['t.ex', 'AF', 'FK']);
    // The dots of an abbreviation do not end the sentence: still one sentence of 16 words.
    const joined = plainLanguageProblems(
      'Fortsätt med studierna och kontakta t.ex. Komvux om du behöver stöd med läxor eller annat i kursen.',
    );
    expect(joined.map((problem) => problem.kind)).toEqual(['longSentence', 'abbreviation']);
    expect(joined[0]!.text).toContain('kontakta t.ex. Komvux');
  });
});
