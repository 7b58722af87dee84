import type { Page } from '@playwright/test';
import { addDays, todayIso } from '../../main/api/dates';
import { SEEDED_ADMIN, checkScreen, expect, test } from './fixtures';
import { rpc } from './rpc';
import { loginAs } from './session';

/** A participant referred by Arbetsförmedlingen and enrolled 60 days ago (through the API). */
async function seedEnrolled(page: Page, firstName: string): Promise<number> {
  const organisations = await rpc(page, 'organisations.list', {});
  const orgId = (code: string) => {
    const found = organisations.find((org) => org.code === code);
    if (!found) throw new Error(`no organisation ${code}`);
    return found.id;
  };
  const today = todayIso();
  const { participantId } = await rpc(page, 'participants.refer', {
    firstName,
    lastName: 'Kodlistesson',
    personalNumber: '',
    gender: 'woman',
    birthYear: 1990,
    phone: '',
    preferredLanguage: '',
    interpreterNeeded: false,
    interpreterLanguage: '',
    protectedIdentity: false,
    responsibleUserId: null,
    referral: {
      receivedOn: addDays(today, -70),
      organisationId: orgId('AF'),
      caseworkerName: 'Lena Ek',
      caseworkerPhone: '',
      caseworkerEmail: '',
      reason: 'Behöver samordnat stöd mot arbete.',
      certificates: [],
    },
    consent: {
      organisationIds: [orgId('KOM-AM'), orgId('AF')],
      signedOn: addDays(today, -70),
      validUntil: addDays(today, 180),
      coversSus: false,
    },
  });
  await rpc(page, 'participants.enrol', {
    participantId,
    startOn: addDays(today, -60),
    plannedEndOn: null,
    intakeCriteria: [],
  });
  return participantId;
}

test('admin edits the code lists; the participant pages follow; a code in use cannot be removed', async ({
  page,
  seededApp,
}) => {
  await page.goto(seededApp.entryUrl);
  await loginAs(page, SEEDED_ADMIN.name, SEEDED_ADMIN.password);
  const origin = new URL(page.url()).origin;

  // One participant with a phone contact (so "phone" is in use), one closed as "studies".
  const active = await seedEnrolled(page, 'Alva');
  await rpc(page, 'contacts.add', {
    participantId: active,
    onDate: addDays(todayIso(), -3),
    kind: 'phone',
    text: 'Pratade om praktik.',
  });
  const closed = await seedEnrolled(page, 'Bodil');
  await rpc(page, 'participants.close', {
    participantId: closed,
    onDate: addDays(todayIso(), -1),
    closureReason: 'studies',
  });

  // The tab: closure reasons first, with the outcome category of each.
  await page.getByRole('link', { name: 'Administration' }).click();
  await page.getByRole('tab', { name: 'Kodlistor' }).click();
  await expect(page).toHaveURL(/#\/administration\/kodlistor$/);
  await expect(page.getByRole('heading', { name: 'Kodlistor', level: 2 })).toBeVisible();
  await expect(
    page.getByText(
      'Koder som används kan inte tas bort, bara göras inaktiva. Benämningar kan ändras när som helst.',
    ),
  ).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Avslutsorsaker' })).toBeChecked();
  const reasons = page.getByRole('table', { name: 'Avslutsorsaker i den ordning de visas' });
  await expect(reasons.getByRole('combobox', { name: 'Utfall för Studier' })).toHaveValue('studies');
  await expect(
    reasons.getByRole('combobox', { name: 'Utfall för Felregistrering (räknas inte i statistiken)' }),
  ).toHaveValue('not_counted');
  await checkScreen(page, 'cl01-admin-closure-reasons');

  // A new closure reason without an outcome is refused next to its select; then relabel "Studier".
  await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
  const newReason = reasons.getByRole('row').last();
  await newReason.getByRole('textbox', { name: 'Kod för ny post 19' }).fill('folk_high_school');
  await newReason.getByRole('textbox', { name: 'Svensk benämning för ny post 19' }).fill('Folkhögskola');
  await newReason.getByRole('textbox', { name: 'Engelsk benämning för ny post 19' }).fill('Folk high school');
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(newReason.getByText('Ange vilket utfall avslutsorsaken räknas som.')).toBeVisible();
  await expect(newReason.getByRole('combobox', { name: 'Utfall för ny post 19' })).toBeFocused();
  await checkScreen(page, 'cl02-admin-outcome-missing');
  await newReason.getByRole('combobox', { name: 'Utfall för ny post 19' }).selectOption({ label: 'Studier' });
  await reasons.getByRole('textbox', { name: 'Svensk benämning för Studier' }).fill('Studier (reguljära)');
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByText('Listan Avslutsorsaker är sparad.')).toBeVisible();
  const saved = await rpc(page, 'codeLists.list', {});
  expect(saved.closure_reasons.find((entry) => entry.code === 'studies')?.labelSv).toBe(
    'Studier (reguljära)',
  );
  expect(saved.closure_reasons.at(-1)).toEqual({
    code: 'folk_high_school',
    labelSv: 'Folkhögskola',
    labelEn: 'Folk high school',
    active: true,
    outcome: 'studies',
  });

  // Contact kinds: relabel "Telefon", add "Videosamtal".
  await page.getByRole('radio', { name: 'Kontakttyper' }).check();
  const kinds = page.getByRole('table', { name: 'Kontakttyper i den ordning de visas' });
  await expect(kinds.getByRole('columnheader', { name: 'Utfall' })).toHaveCount(0);
  await kinds.getByRole('textbox', { name: 'Svensk benämning för Telefon' }).fill('Telefonsamtal');
  await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
  const newKind = kinds.getByRole('row').last();
  await newKind.getByRole('textbox', { name: 'Kod för ny post 7' }).fill('video_call');
  await newKind.getByRole('textbox', { name: 'Svensk benämning för ny post 7' }).fill('Videosamtal');
  // An empty English label is refused next to the field, and nothing is saved.
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  const english = newKind.getByRole('textbox', { name: 'Engelsk benämning för ny post 7' });
  await expect(newKind.getByText('Fältet måste fyllas i.')).toBeVisible();
  await expect(english).toHaveAttribute('aria-invalid', 'true');
  await expect(english).toBeFocused();
  await checkScreen(page, 'cl03-admin-contact-kinds-field-error');
  expect((await rpc(page, 'codeLists.list', {})).contact_kinds).toHaveLength(6);
  await english.fill('Video call');
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByText('Listan Kontakttyper är sparad.')).toBeVisible();
  await checkScreen(page, 'cl04-admin-contact-kinds-saved');

  // Removing a code in use is refused as a whole, with the code named.
  await kinds.getByRole('button', { name: 'Ta bort Telefonsamtal' }).click();
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Koden phone används och kan inte tas bort. Gör den inaktiv i stället. Inget ändrades.',
  );
  await checkScreen(page, 'cl05-admin-code-in-use');
  await page.getByRole('button', { name: 'Ångra ändringarna' }).click();
  await expect(kinds.getByRole('textbox', { name: 'Svensk benämning för Telefonsamtal' })).toBeVisible();
  const afterConflict = (await rpc(page, 'codeLists.list', {})).contact_kinds;
  expect(afterConflict.map((entry) => entry.code)).toEqual([
    'meeting',
    'phone',
    'home_visit',
    'network_meeting',
    'sip_meeting',
    'other',
    'video_call',
  ]);

  // The participant: the new kind is offered, the relabelled one shown in the log.
  await page.goto(`${origin}/#/deltagare/${active}`);
  await page.getByRole('tab', { name: 'Kontakter och stegförflyttningar' }).click();
  const contact = page.locator('form', { has: page.getByRole('heading', { name: 'Ny kontakt' }) });
  const kind = contact.getByLabel('Typ av kontakt', { exact: true });
  await expect(kind.locator('option')).toHaveText([
    'Välj…',
    'Möte',
    'Telefonsamtal',
    'Hembesök',
    'Nätverksmöte',
    'SIP-möte',
    'Annat',
    'Videosamtal',
  ]);
  await expect(page.locator('.entry-list').getByText('Telefonsamtal', { exact: true })).toBeVisible();
  await kind.selectOption({ label: 'Videosamtal' });
  await contact.getByLabel('Kort anteckning', { exact: true }).fill('Uppföljning via video.');
  await contact.getByRole('button', { name: 'Spara kontakten' }).click();
  await expect(page.getByRole('heading', { name: 'Kontakter (2)' })).toBeVisible();
  await expect(page.locator('.entry-list').getByText('Videosamtal', { exact: true })).toBeVisible();
  await checkScreen(page, 'cl06-participant-contacts');

  // The closure dialog offers the relabelled reason and the new one.
  await page.getByRole('tab', { name: 'Översikt' }).click();
  await page.getByRole('button', { name: 'Avsluta', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Avsluta deltagandet' });
  const reason = dialog.getByLabel('Avslutsorsak', { exact: true });
  await expect(reason.locator('option', { hasText: 'Studier (reguljära)' })).toHaveCount(1);
  await expect(reason.locator('option', { hasText: 'Folkhögskola' })).toHaveCount(1);
  await checkScreen(page, 'cl07-close-dialog');
  await dialog.getByRole('button', { name: 'Avbryt' }).click();

  // The closed participant shows the new label in the facts and the timeline.
  await page.goto(`${origin}/#/deltagare/${closed}`);
  const facts = page.locator('.facts');
  await expect(facts.getByText('Studier (reguljära)')).toBeVisible();
  await expect(page.locator('.timeline').getByText('Studier (reguljära)')).toBeVisible();
  await checkScreen(page, 'cl08-participant-closed');

  // In English the English labels are shown.
  await rpc(page, 'me.setLanguage', { language: 'en' });
  await page.goto(`${origin}/#/deltagare/${active}`);
  await page.reload();
  await page.getByRole('tab', { name: 'Contacts and progress' }).click();
  await expect(page.locator('.entry-list').getByText('Video call', { exact: true })).toBeVisible();
  await page.goto(`${origin}/#/administration/kodlistor`);
  await expect(page.getByRole('heading', { name: 'Code lists', level: 2 })).toBeVisible();
  await page.getByRole('radio', { name: 'Closure reasons' }).check();
  await expect(
    page.getByRole('table', { name: 'Closure reasons in the order they are shown' }).getByRole('combobox', {
      name: 'Outcome of Studies',
    }),
  ).toHaveValue('studies');
  await checkScreen(page, 'cl09-admin-english');
});
