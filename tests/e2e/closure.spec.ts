import { addDays, todayIso } from '../../main/api/dates';
import { referralInput } from '../helpers/participants';
import { SEEDED_ADMIN, checkScreen, expect, test } from './fixtures';
import { rpc } from './rpc';
import { loginAs } from './session';

test.use({ team: { users: [], demoParticipants: 0 } });

test('the closure form: exit facts, a next step (warned when none), open items ended only when confirmed', async ({
  page,
  seededApp,
}) => {
  const today = todayIso();
  await page.goto(seededApp.entryUrl);
  await loginAs(page, SEEDED_ADMIN.name, SEEDED_ADMIN.password);
  // A participant enrolled a month ago with an open action, made through the API.
  const orgs = await rpc(page, 'organisations.list', {});
  const own = orgs.find((o) => o.code === 'KOM-AM')!.id;
  const af = orgs.find((o) => o.code === 'AF')!.id;
  const base = referralInput(own, [own]);
  const { participantId } = await rpc(page, 'participants.refer', {
    ...base,
    firstName: 'Hodan',
    lastName: 'Farah',
    referral: { ...base.referral, receivedOn: addDays(today, -40) },
    consent: {
      organisationIds: [own],
      signedOn: addDays(today, -40),
      validUntil: addDays(today, 200),
      coversSus: false,
    },
  });
  await rpc(page, 'participants.enrol', {
    participantId,
    startOn: addDays(today, -30),
    plannedEndOn: null,
    intakeCriteria: [],
  });
  const adminId = (await rpc(page, 'team.members', {}))[0]!.id;
  await rpc(page, 'actions.create', {
    participantId,
    itemId: null,
    what: 'Boka möte med Komvux',
    responsibleUserId: adminId,
    organisationId: own,
    dueOn: addDays(today, 5),
  });

  await page.goto(`${new URL(seededApp.entryUrl).origin}/#/deltagare/${participantId}`);
  await page.getByRole('button', { name: 'Avsluta', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Avsluta deltagandet' });
  await dialog.getByLabel('Avslutsorsak', { exact: true }).selectOption({ label: 'Studier' });
  await dialog.getByLabel('Försörjning vid avslut', { exact: true }).selectOption({ label: 'Studiemedel' });
  await dialog.getByLabel('Sysselsättning vid avslut', { exact: true }).fill('Studerande');

  // No next step: the form warns and wants to know why.
  await dialog.getByLabel('Inget nästa steg är ordnat', { exact: true }).check();
  await expect(dialog.getByText('Inget nästa steg är ordnat. Skriv varför')).toBeVisible();
  await dialog.getByRole('button', { name: 'Avsluta', exact: true }).click();
  await expect(dialog.getByLabel('Varför är inget nästa steg ordnat?', { exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await checkScreen(page, 'close01-not-arranged-warning');

  // Arranged after all: what, where, from when.
  await dialog.getByLabel('Nästa steg är ordnat', { exact: true }).check();
  await dialog
    .getByLabel('Vad är nästa steg?', { exact: true })
    .fill('Studier i svenska som andraspråk på Komvux');
  await dialog.getByLabel('Hos vilken organisation', { exact: true }).selectOption({ value: String(af) });
  await dialog.getByLabel('Startar', { exact: true }).fill(addDays(today, 10));
  await dialog.getByLabel('Kontaktperson', { exact: true }).fill('Studievägledare Eva Lund');
  await dialog
    .getByLabel('Rekommendationer inför nästa steg', { exact: true })
    .fill('Stöd med studieteknik under första terminen. Tolk vid uppstartsmötet.');
  // The open action is listed; closing without confirming is refused by the server.
  await expect(dialog.getByText('0 pågående eller planerade insatser och 1 öppen åtgärd')).toBeVisible();
  await dialog.getByRole('button', { name: 'Avsluta', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('Bekräfta att de avslutas med perioden');
  await dialog.getByLabel('Ja, avsluta dem med perioden', { exact: true }).check();
  await checkScreen(page, 'close02-form-filled');
  await dialog.getByRole('button', { name: 'Avsluta', exact: true }).click();
  await expect(dialog).toBeHidden();

  // The overview shows what was recorded.
  const facts = page.locator('.facts');
  await expect(facts.first()).toContainText('Studier');
  await expect(page.getByText('Studier i svenska som andraspråk på Komvux')).toBeVisible();
  await expect(page.getByText('Stöd med studieteknik under första terminen.')).toBeVisible();
  await checkScreen(page, 'close03-closed-overview');
  const actions = await rpc(page, 'actions.list', { scope: 'participant', participantId });
  expect(actions.map((a) => a.status)).toEqual(['not_relevant']);

  // The closure summary is there at once, built from what the form recorded.
  await page.getByRole('tab', { name: 'Slutdokumentation' }).click();
  const preview = page.getByRole('region', { name: 'Förhandsgranskning' });
  await expect(preview).toContainText('Du ska börja med: Studier i svenska som andraspråk på Komvux.');
  await expect(preview).toContainText('Stöd med studieteknik under första terminen.');
});
