import type { Page } from '@playwright/test';
import { addDays, todayIso } from '../../main/api/dates';
import { SEEDED_ADMIN, checkScreen, expect, test } from './fixtures';
import { rpc } from './rpc';
import { loginAs, logout } from './session';

const AF_USER = {
  name: 'Omar Said',
  org: 'AF',
  role: 'caseworker' as const,
  password: 'tillfälligt startlösen 4',
};
const REG_USER = {
  name: 'Rita Nurse',
  org: 'REG',
  role: 'caseworker' as const,
  password: 'tillfälligt startlösen 5',
};
const OWN = 'en helt egen fras 2026';
const ABROAD = 'Arbetslivserfarenhet från andra länder';

test.use({ team: { users: [AF_USER, REG_USER], demoParticipants: 0 } });

/** The admin refers a participant whose consent covers the municipality, AF and the Region. */
async function referParticipant(page: Page): Promise<number> {
  const orgs = await rpc(page, 'organisations.list', {});
  const id = (code: string) => orgs.find((o) => o.code === code)?.id ?? 0;
  const { participantId } = await rpc(page, 'participants.refer', {
    firstName: 'Hodan',
    lastName: 'Farah',
    personalNumber: '',
    gender: 'woman',
    birthYear: 1984,
    phone: '',
    preferredLanguage: 'somaliska',
    interpreterNeeded: true,
    interpreterLanguage: 'somaliska',
    protectedIdentity: false,
    responsibleUserId: null,
    referral: {
      receivedOn: addDays(todayIso(), -20),
      organisationId: id('AF'),
      caseworkerName: 'Lena Ek',
      caseworkerPhone: '',
      caseworkerEmail: '',
      reason: 'Behöver samordnat stöd.',
      certificates: [],
    },
    consent: {
      organisationIds: [id('KOM-AM'), id('AF'), id('REG')],
      signedOn: addDays(todayIso(), -20),
      validUntil: addDays(todayIso(), 300),
      coversSus: true,
    },
  });
  return participantId;
}

async function openMapping(page: Page, participantId: number): Promise<void> {
  await page.goto(`${new URL(page.url()).origin}/#/deltagare/${participantId}`);
  await page.getByRole('tab', { name: 'Kartläggning' }).click();
  await expect(
    page.getByRole('table', { name: 'Hur långt kartläggningen har kommit per avsnitt' }),
  ).toBeVisible();
}

/** Opens a section from its heading button (it starts closed). */
async function openSection(page: Page, name: string) {
  const toggle = page.getByRole('button', { name, exact: true });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  return page.getByRole('region', { name, exact: true });
}

test('two organisations fill in their sections; authors, completion and history show; a late save is not lost', async ({
  page,
  browser,
  seededApp,
}) => {
  await page.goto(seededApp.entryUrl);
  await loginAs(page, SEEDED_ADMIN.name, SEEDED_ADMIN.password);
  const participantId = await referParticipant(page);
  await logout(page);

  // Arbetsförmedlingen writes in "Arbete och kompetenser": saved after a pause in typing.
  await loginAs(page, AF_USER.name, AF_USER.password, OWN);
  await openMapping(page, participantId);
  const work = await openSection(page, 'Arbete och kompetenser');
  await expect(
    work.getByText('Fylls oftast i av: Arbetsförmedlare, Jobbcoach, SIUS-konsulent.'),
  ).toBeVisible();
  const abroad = work.getByRole('textbox', { name: ABROAD, exact: true });
  await abroad.fill('Snickare i tio år');
  await expect(abroad).toBeFocused();
  await expect(abroad).toHaveAccessibleDescription(/Sparat \d\d:\d\d$/);
  // An SSYK code must be four digits: the refusal shows at the field, the correction saves.
  const ssyk = work.getByRole('textbox', { name: 'Identifierat yrke (SSYK)' });
  await ssyk.fill('71');
  await ssyk.blur();
  await expect(ssyk).toHaveAccessibleDescription(/Ange en fyrsiffrig SSYK-kod\./);
  await expect(ssyk).toHaveAttribute('aria-invalid', 'true');
  await checkScreen(page, 'm01-mapping-invalid-ssyk');
  await ssyk.fill('7111');
  await ssyk.blur();
  await expect(ssyk).toHaveAccessibleDescription(/Sparat \d\d:\d\d/);
  await expect(ssyk).not.toHaveAttribute('aria-invalid', 'true');

  // Typing on while a (slow) save is under way: nothing typed is lost, and it is no conflict.
  await page.route('**/rpc', async (route) => {
    const request = route.request().postDataJSON() as { name: string };
    if (request.name === 'mapping.saveField') await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  const informal = work.getByRole('textbox', { name: 'Informellt och ideellt arbete' });
  await informal.fill('Tränare');
  await expect(informal).toHaveAccessibleDescription('Sparar…');
  await informal.pressSequentially(' i fotbollsklubben');
  await informal.blur();
  await expect
    .poll(async () => (await rpc(page, 'mapping.get', { participantId })).values.informal_work?.value)
    .toBe('Tränare i fotbollsklubben');
  await expect(informal).toHaveValue('Tränare i fotbollsklubben');
  await expect(informal).toHaveAccessibleDescription(/Sparat \d\d:\d\d$/);
  await page.unroute('**/rpc');
  await logout(page);

  // The Region writes in "Hälsa" (a sensitive section): a choice saves at once.
  await loginAs(page, REG_USER.name, REG_USER.password, OWN);
  await openMapping(page, participantId);
  const overview = page.getByRole('table', { name: 'Hur långt kartläggningen har kommit per avsnitt' });
  await expect(overview.getByRole('row', { name: /Arbete och kompetenser/ })).toContainText('3 av 7');
  const health = await openSection(page, 'Hälsa');
  await expect(page.getByRole('region', { name: 'Hälsa' }).getByText('Känsliga uppgifter')).toBeVisible();
  const symptoms = health.getByRole('group', { name: 'Besvär' });
  await symptoms.getByLabel('Sömnsvårigheter').check();
  await expect(symptoms).toHaveAccessibleDescription(/Sparat \d\d:\d\d/);
  await expect(health.getByText(/^Rita Nurse, Regionen – hälso- och sjukvård, /)).toBeVisible();

  // Both contributions, with author and organisation.
  await expect(overview.getByRole('row', { name: /Arbete och kompetenser/ })).toContainText(
    'Arbetsförmedlingen',
  );
  await expect(overview.getByRole('row', { name: /Hälsa/ })).toContainText('Regionen – hälso- och sjukvård');
  await expect(overview.getByRole('row', { name: /Hälsa/ })).toContainText('1 av 8');
  await overview.getByRole('button', { name: 'Visa avsnittet Arbete och kompetenser' }).click();
  const workAgain = page.getByRole('region', { name: 'Arbete och kompetenser' });
  await expect(page.getByRole('button', { name: 'Arbete och kompetenser', exact: true })).toBeFocused();
  await expect(workAgain.getByText(/^Omar Said, Arbetsförmedlingen, /).first()).toBeVisible();
  await checkScreen(page, 'm02-mapping-two-organisations');

  // Omar saves the same field from his own computer after this page loaded it.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await other.goto(seededApp.entryUrl);
  await loginAs(other, AF_USER.name, OWN);
  await rpc(other, 'mapping.saveField', {
    participantId,
    fieldKey: 'work_abroad',
    value: 'Snickare och byggarbetare',
    baseRevision: 1,
  });
  await otherContext.close();

  // Rita's later save meets his value: she is asked, nothing is overwritten silently.
  const field = workAgain.getByRole('textbox', { name: ABROAD, exact: true });
  await expect(field).toHaveValue('Snickare i tio år');
  await field.fill('Byggarbetare');
  await field.blur();
  const conflict = page.getByRole('dialog', { name: `Någon annan har ändrat ”${ABROAD}”` });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByText('Ditt värde')).toBeVisible();
  await expect(conflict.getByText('Byggarbetare', { exact: true })).toBeVisible();
  await expect(conflict.getByText(/^Sparat av Omar Said, Arbetsförmedlingen, /)).toBeVisible();
  await expect(conflict.getByText('Snickare och byggarbetare')).toBeVisible();
  await checkScreen(page, 'm03-conflict');
  await conflict.getByRole('button', { name: 'Spara mitt värde' }).click();
  await expect(conflict).toBeHidden();
  await expect(field).toHaveValue('Byggarbetare');
  await expect(field).toHaveAccessibleDescription(/Rita Nurse, Regionen – hälso- och sjukvård, .*Sparat/);

  // The history shows every change: who, when, old → new.
  await workAgain.getByRole('button', { name: `Historik för ${ABROAD}` }).click();
  const history = page.getByRole('dialog', { name: `Historik för ${ABROAD}` });
  const entries = history.getByRole('listitem');
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(0)).toContainText('Rita Nurse');
  await expect(entries.nth(0)).toContainText('Snickare och byggarbetare → Byggarbetare');
  await expect(entries.nth(1)).toContainText('Omar Said');
  await expect(entries.nth(1)).toContainText('Snickare i tio år → Snickare och byggarbetare');
  await expect(entries.nth(2)).toContainText('(tomt) → Snickare i tio år');
  await checkScreen(page, 'm04-history');
  await history.getByRole('button', { name: 'Stäng' }).click();

  // Conversation 1 is recorded.
  const conversations = await openSection(page, 'Fördjupade kartläggningssamtal');
  const first = conversations.getByRole('form', { name: 'Samtal 1 – nuläget' });
  await first.getByRole('button', { name: 'Spara samtalet' }).click();
  await expect(first.getByLabel('Datum')).toHaveAccessibleDescription('Ange ett datum som ÅÅÅÅ-MM-DD.');
  await first.getByLabel('Datum').fill(todayIso());
  await first.getByLabel('Deltog').fill('Hodan Farah, Rita Nurse, Omar Said');
  await first.getByLabel('Kort sammanfattning').fill('Nuläget: vill arbeta inom bygg, sover dåligt.');
  await first.getByRole('button', { name: 'Spara samtalet' }).click();
  await expect(first.getByText(/^Senast sparat av Rita Nurse, /)).toBeVisible();
  await expect(conversations.getByText('1 av 3 genomförda')).toBeVisible();
  await checkScreen(page, 'm05-conversations');
});

test('the admin edits the template: relabel, add a field, preview, refuse a duplicate key, save a new version', async ({
  page,
  seededApp,
}) => {
  await page.goto(seededApp.entryUrl);
  await loginAs(page, SEEDED_ADMIN.name, SEEDED_ADMIN.password);
  await page.getByRole('link', { name: 'Administration' }).click();
  await page.getByRole('tab', { name: 'Kartläggningsmall' }).click();
  await expect(page.getByText(/nu version 1/)).toBeVisible();
  const background = page.getByRole('region', { name: 'Bakgrund' });
  await background
    .getByRole('group', { name: /Fält 1\.1/ })
    .getByLabel('Etikett (Svenska)')
    .fill('Land där deltagaren är född');
  await background.getByRole('button', { name: 'Lägg till fält' }).click();
  const added = background.getByRole('group', { name: /Fält 1\.8/ });
  await added.getByLabel('Nyckel').fill('country_of_birth');
  await page.getByRole('button', { name: 'Spara som ny version' }).click();
  await expect(page.getByRole('alert')).toContainText('Nyckeln country_of_birth förekommer flera gånger.');
  await checkScreen(page, 'm06-template-duplicate-key');
  await added.getByLabel('Nyckel').fill('municipality');
  await added.getByLabel('Etikett (Svenska)').fill('Kommun');
  await added.getByLabel('Etikett (English)').fill('Municipality');
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  await expect(page.getByText('Land där deltagaren är född')).toBeVisible();
  await expect(page.getByText('Kommun', { exact: true })).toBeVisible();
  await checkScreen(page, 'm07-template-preview');
  await page.getByRole('button', { name: 'Spara som ny version' }).click();
  await expect(page.getByText('Version 2 är sparad och används för nya kartläggningar.')).toBeVisible();
  await expect(page.getByRole('cell', { name: '2 (aktuell)' })).toBeVisible();
});
