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

test.use({ team: { users: [AF_USER, REG_USER], demoParticipants: 0 } });

test('two organisations fill in their sections; authors, completion and history show; a late save is not lost', async ({
  page,
  seededApp,
}) => {
  await page.goto(seededApp.entryUrl);
  await loginAs(page, SEEDED_ADMIN.name, SEEDED_ADMIN.password);
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
  await logout(page);

  // Arbetsförmedlingen writes in "Arbete och kompetenser".
  await loginAs(page, AF_USER.name, AF_USER.password, OWN);
  await page.goto(`${new URL(page.url()).origin}/#/deltagare/${participantId}`);
  await page.getByRole('tab', { name: 'Kartläggning' }).click();
  const abroad = page.getByLabel('Arbetslivserfarenhet från andra länder', { exact: true });
  await abroad.fill('Snickare i tio år');
  await abroad.blur();
  await expect(page.getByText(/^Sparat /).first()).toBeVisible();
  await logout(page);

  // The Region writes in "Hälsa" (a sensitive section).
  await loginAs(page, REG_USER.name, REG_USER.password, OWN);
  await page.goto(`${new URL(page.url()).origin}/#/deltagare/${participantId}`);
  await page.getByRole('tab', { name: 'Kartläggning' }).click();
  await expect(page.getByText('Omar Said, Arbetsförmedlingen', { exact: false })).toBeVisible();
  const symptoms = page.getByRole('group', { name: /Besvär/ });
  await symptoms.getByLabel('Sömnsvårigheter').check();
  await expect(page.getByText(/^Sparat /).first()).toBeVisible();

  const overview = page.getByRole('table', { name: 'Hur långt kartläggningen har kommit per avsnitt' });
  await expect(overview.getByRole('row', { name: /Arbete och kompetenser/ })).toContainText(
    'Arbetsförmedlingen',
  );
  await expect(overview.getByRole('row', { name: /Hälsa/ })).toContainText('Regionen – hälso- och sjukvård');
  await checkScreen(page, 'm01-mapping-two-organisations');

  // Someone saves the work field after this page loaded it: the later save asks instead of overwriting.
  await rpc(page, 'mapping.saveField', {
    participantId,
    fieldKey: 'work_abroad',
    value: 'Snickare och byggarbetare',
    baseRevision: 1,
  });
  const field = page.getByLabel('Arbetslivserfarenhet från andra länder', { exact: true });
  await field.fill('Byggarbetare');
  await field.blur();
  const conflict = page.getByRole('dialog', { name: /Någon annan har ändrat/ });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByText('Snickare och byggarbetare')).toBeVisible();
  await checkScreen(page, 'm02-conflict');
  await conflict.getByRole('button', { name: 'Spara mitt värde' }).click();
  await expect(field).toHaveValue('Byggarbetare');
  await expect(page.getByText(/^Sparat /).first()).toBeVisible();

  await page.getByRole('button', { name: 'Historik för Arbetslivserfarenhet från andra länder' }).click();
  const history = page.getByRole('dialog', { name: 'Historik för Arbetslivserfarenhet från andra länder' });
  await expect(history.getByText('Omar Said')).toBeVisible();
  await expect(history.getByRole('listitem')).toHaveCount(3);
  await checkScreen(page, 'm03-history');
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
  await checkScreen(page, 'm04-template-duplicate-key');
  await added.getByLabel('Nyckel').fill('municipality');
  await added.getByLabel('Etikett (Svenska)').fill('Kommun');
  await added.getByLabel('Etikett (English)').fill('Municipality');
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  await expect(page.getByText('Land där deltagaren är född')).toBeVisible();
  await expect(page.getByText('Kommun', { exact: true })).toBeVisible();
  await checkScreen(page, 'm05-template-preview');
  await page.getByRole('button', { name: 'Spara som ny version' }).click();
  await expect(page.getByText('Version 2 är sparad och används för nya kartläggningar.')).toBeVisible();
  await expect(page.getByRole('cell', { name: '2 (aktuell)' })).toBeVisible();
});
