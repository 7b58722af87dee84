import { addDays, todayIso } from '../../main/api/dates';
import { SEEDED_ADMIN, checkScreen, expect, test } from './fixtures';
import { openPlanTab, planRpc, seedEnrolledParticipant } from './plan-fixture';
import { loginAs } from './session';

test('one shared plan: goal, sub-goal, two parallel interventions on a timeline, a SIP meeting, history', async ({
  page,
  seededApp,
}) => {
  const today = todayIso();
  await page.goto(seededApp.entryUrl);
  await loginAs(page, SEEDED_ADMIN.name, SEEDED_ADMIN.password);
  const { participantId } = await seedEnrolledParticipant(page);
  await openPlanTab(page, participantId);
  await expect(page.getByRole('heading', { name: 'Övergripande mål' })).toBeVisible();
  await expect(page.getByText('Inget mål är satt ännu.')).toBeVisible();
  await checkScreen(page, 'plan01-empty');

  // The overall goal.
  await page.getByRole('button', { name: 'Sätt mål' }).click();
  const goal = page.getByRole('dialog', { name: 'Sätt mål' });
  await goal.getByRole('radio', { name: /^Arbete/ }).check();
  await goal.getByLabel('Målet med deltagarens egna ord').fill('Arbete inom bygg, gärna som snickare.');
  await checkScreen(page, 'plan02-goal-dialog');
  await goal.getByRole('button', { name: 'Spara målet' }).click();
  await expect(goal).toBeHidden();
  const goalPanel = page.getByRole('region', { name: 'Övergripande mål' });
  await expect(goalPanel.getByText('Arbete', { exact: true })).toBeVisible();
  await expect(goalPanel.getByText('Arbete inom bygg, gärna som snickare.')).toBeVisible();

  // A sub-goal: a target date before the enrolment is refused next to the field.
  await page.getByRole('button', { name: 'Lägg till delmål' }).click();
  const subgoal = page.getByRole('dialog', { name: 'Lägg till delmål' });
  await subgoal.getByLabel('Delmål', { exact: true }).fill('Klara SFI kurs C');
  await subgoal.getByLabel('Måldatum').fill(addDays(today, -90));
  await subgoal.getByRole('button', { name: 'Spara delmålet' }).click();
  await expect(subgoal.getByText(/Datumet kan inte vara före inskrivningen/)).toBeVisible();
  await expect(subgoal.getByLabel('Måldatum')).toHaveAttribute('aria-invalid', 'true');
  await subgoal.getByLabel('Måldatum').fill(addDays(today, 60));
  await subgoal.getByRole('button', { name: 'Spara delmålet' }).click();
  await expect(subgoal).toBeHidden();
  await expect(page.getByRole('region', { name: 'Delmål' }).getByText('Klara SFI kurs C')).toBeVisible();

  // First intervention: SFI at the adult education, someone outside the team responsible.
  await page.getByRole('button', { name: 'Lägg till insats' }).click();
  let dialog = page.getByRole('dialog', { name: 'Lägg till insats' });
  await dialog.getByLabel('Insats', { exact: true }).selectOption({ label: 'SFI' });
  await dialog.getByLabel('Anordnare').selectOption({ label: 'SFI / vuxenutbildning' });
  await dialog.getByRole('radio', { name: 'Någon utanför teamet' }).check();
  await dialog.getByLabel('Ansvarig utanför teamet').fill('Eva Holm, SFI-lärare');
  await dialog.getByLabel('Start', { exact: true }).fill(addDays(today, -40));
  await dialog.getByLabel('Slut', { exact: true }).fill(addDays(today, 50));
  await dialog.getByLabel('Status').selectOption({ label: 'Pågående' });
  await dialog.getByLabel('Anteckning').fill('Två dagar i veckan');
  await checkScreen(page, 'plan03-intervention-dialog');
  await dialog.getByRole('button', { name: 'Spara insatsen' }).click();
  await expect(dialog).toBeHidden();

  // Second intervention, first with an end before the start: the message shows, nothing is saved.
  await page.getByRole('button', { name: 'Lägg till insats' }).click();
  dialog = page.getByRole('dialog', { name: 'Lägg till insats' });
  await dialog.getByLabel('Insats', { exact: true }).selectOption({ label: 'Arbetsträning' });
  await dialog.getByLabel('Anordnare').selectOption({ label: 'Arbetsförmedlingen' });
  await dialog
    .getByLabel('Ansvarig i teamet')
    .selectOption({ label: 'Maria Lind, Kommunen – arbetsmarknad' });
  await dialog.getByLabel('Start', { exact: true }).fill(addDays(today, -10));
  await dialog.getByLabel('Slut', { exact: true }).fill(addDays(today, -20));
  await dialog.getByLabel('Status').selectOption({ label: 'Pågående' });
  await dialog.getByRole('button', { name: 'Spara insatsen' }).click();
  await expect(dialog.getByText('Slutdatumet måste vara efter startdatumet.')).toBeVisible();
  await expect(dialog.getByLabel('Slut', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await checkScreen(page, 'plan04-intervention-end-before-start');
  expect((await planRpc(page, 'plan.get', { participantId })).interventions).toHaveLength(1);
  await dialog.getByLabel('Slut', { exact: true }).fill('');
  await dialog.getByRole('button', { name: 'Spara insatsen' }).click();
  await expect(dialog).toBeHidden();

  // The timeline: one row per intervention, the bars overlap in time on separate rows.
  const timeline = page.getByRole('figure', { name: 'Tidslinje' });
  await expect(timeline).toBeVisible();
  const rows = timeline.locator('.plan-timeline-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('SFI / vuxenutbildning');
  await expect(rows.nth(0)).toContainText('Pågående');
  await expect(rows.nth(1)).toContainText('Arbetsträning');
  await expect(rows.nth(1)).toContainText('Arbetsförmedlingen');
  await expect(timeline.getByText('I dag pågår 2 insatser parallellt.')).toBeVisible();
  const sfiBar = await rows.nth(0).locator('.plan-timeline-bar').boundingBox();
  const workBar = await rows.nth(1).locator('.plan-timeline-bar').boundingBox();
  const todayLine = await timeline.locator('.plan-timeline-today').boundingBox();
  if (!sfiBar || !workBar || !todayLine) throw new Error('timeline not drawn');
  expect(workBar.y).toBeGreaterThanOrEqual(sfiBar.y + sfiBar.height);
  expect(sfiBar.x).toBeLessThan(workBar.x);
  expect(workBar.x).toBeLessThan(sfiBar.x + sfiBar.width);
  expect(todayLine.x).toBeGreaterThan(workBar.x);
  expect(todayLine.x).toBeLessThan(sfiBar.x + sfiBar.width);
  await expect(rows.nth(1).locator('.plan-timeline-bar')).toHaveClass(/plan-timeline-bar-open/);
  const table = page.getByRole('table', { name: 'Parallella insatser' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByText('Eva Holm, SFI-lärare (utanför teamet)')).toBeVisible();
  await timeline.scrollIntoViewIfNeeded();
  await checkScreen(page, 'plan05-timeline');

  // A change of status is kept in the history.
  await table.getByRole('row', { name: /SFI/ }).getByRole('button', { name: 'Ändra' }).click();
  dialog = page.getByRole('dialog', { name: 'Ändra insats' });
  await dialog.getByLabel('Status').selectOption({ label: 'Pausad' });
  await dialog.getByRole('button', { name: 'Spara insatsen' }).click();
  await expect(dialog).toBeHidden();
  await expect(rows.nth(0)).toContainText('Pausad');

  // A SIP meeting: an organisation outside the consent is refused next to its field.
  await page.getByRole('button', { name: 'Registrera samplaneringsmöte' }).click();
  const sip = page.getByRole('dialog', { name: 'Registrera samplaneringsmöte' });
  await sip.getByLabel('Uppföljning').fill(addDays(today, 30));
  const first = sip.getByRole('group', { name: 'Mötesdeltagare 1' });
  await first.getByLabel('Namn').fill('Omar Said');
  await first.getByLabel('Organisation').selectOption({ label: 'Arbetsförmedlingen' });
  await sip.getByRole('button', { name: 'Lägg till mötesdeltagare' }).click();
  const second = sip.getByRole('group', { name: 'Mötesdeltagare 2' });
  await second.getByLabel('Namn').fill('Rita Nurse');
  await second
    .getByLabel('Organisation')
    .selectOption({ label: 'Regionen – hälso- och sjukvård (ingår inte i samtycket)' });
  const areas: [string, string][] = [
    ['Arbete', 'AF ansvarar för arbetsträningen.'],
    ['Språk', 'SFI ansvarar för undervisningen två dagar i veckan.'],
    ['Hälsa', 'Deltagaren bokar tid på vårdcentralen, kommunen följer upp.'],
  ];
  for (const [index, [area, who]] of areas.entries()) {
    if (index > 0) await sip.getByRole('button', { name: 'Lägg till livsområde' }).click();
    const group = sip.getByRole('group', { name: `Livsområde ${index + 1}` });
    await group.getByLabel('Område', { exact: true }).fill(area);
    await group.getByLabel('Vem ansvarar för vad').fill(who);
  }
  // Three is the most: the form offers no fourth.
  await expect(sip.getByRole('button', { name: 'Lägg till livsområde' })).toHaveCount(0);
  await expect(sip.getByText('Högst 3 livsområden i en samordnad plan.')).toBeVisible();
  await sip.getByRole('checkbox', { name: /^SFI – SFI \/ vuxenutbildning/ }).check();
  await sip.getByRole('checkbox', { name: /^Arbetsträning – Arbetsförmedlingen/ }).check();
  await sip.getByLabel('Övergripande ansvarig').fill('Maria Lind, Kommunen – arbetsmarknad');
  await sip.getByRole('button', { name: 'Spara mötet' }).click();
  await expect(
    second.getByText(
      'Samtycket omfattar inte Regionen – hälso- och sjukvård. Organisationen kan inte bjudas in till samplaneringen.',
    ),
  ).toBeVisible();
  await expect(second.getByLabel('Organisation')).toHaveAttribute('aria-invalid', 'true');
  await checkScreen(page, 'plan06-sip-uncovered-organisation');
  expect((await planRpc(page, 'plan.get', { participantId })).sipMeetings).toEqual([]);
  await second.getByLabel('Organisation').selectOption({ label: 'SFI / vuxenutbildning' });
  // The participant and an interpreter take part too: they have no organisation to choose.
  await sip.getByRole('button', { name: 'Lägg till mötesdeltagare' }).click();
  const third = sip.getByRole('group', { name: 'Mötesdeltagare 3' });
  await third.getByLabel('Namn').fill('Hassan Ali');
  await third.getByLabel('Vem').selectOption({ label: 'Tolk' });
  await expect(third.getByLabel('Organisation')).toHaveCount(0);
  await sip.getByRole('button', { name: 'Spara mötet' }).click();
  await expect(sip).toBeHidden();
  const sipPanel = page.getByRole('region', { name: 'Samplaneringsmöten (SIP)' });
  await expect(sipPanel.getByText('Rita Nurse, SFI / vuxenutbildning')).toBeVisible();
  await expect(sipPanel.getByText('Hassan Ali, Tolk')).toBeVisible();
  await expect(sipPanel.getByText('SFI ansvarar för undervisningen två dagar i veckan.')).toBeVisible();
  await sipPanel.scrollIntoViewIfNeeded();
  await checkScreen(page, 'plan07-sip-recorded');

  // The history: who, when, and what changed, in words.
  await page.getByRole('button', { name: 'Visa historik' }).click();
  const history = page.getByRole('dialog', { name: 'Planens historik' });
  const entries = history.getByRole('listitem').filter({ has: page.locator('.plan-history-head') });
  await expect(entries).toHaveCount(6);
  await expect(entries.nth(0)).toContainText('registrerade ett samplaneringsmöte');
  await expect(entries.nth(1)).toContainText('ändrade en insats');
  await expect(entries.nth(1)).toContainText('Insats: SFI – SFI / vuxenutbildning');
  await expect(entries.nth(1).getByRole('definition')).toHaveText(/Pågående\s*→?\s*ändrat till\s*Pausad/);
  await expect(entries.nth(5)).toContainText('satte målet');
  await expect(history).not.toContainText('{');
  await checkScreen(page, 'plan08-history');
  await history.getByRole('button', { name: 'Stäng' }).click();
});

test('admin: intervention types can be relabelled, reordered and deactivated; a type in use cannot be removed', async ({
  page,
  seededApp,
}) => {
  await page.goto(seededApp.entryUrl);
  await loginAs(page, SEEDED_ADMIN.name, SEEDED_ADMIN.password);
  const { participantId, orgId } = await seedEnrolledParticipant(page);
  await planRpc(page, 'plan.addIntervention', {
    participantId,
    typeCode: 'sfi',
    providerOrganisationId: orgId('SFI'),
    responsibleUserId: null,
    responsibleName: '',
    startOn: todayIso(),
    endOn: null,
    status: 'planned',
    note: '',
  });
  await page.goto(`${new URL(page.url()).origin}/#/administration/insatstyper`);
  await expect(page.getByRole('heading', { name: 'Insatstyper', level: 2 })).toBeVisible();
  const table = page.getByRole('table', { name: 'Insatstyper i den ordning de visas' });
  await checkScreen(page, 'plan09-admin-types');

  // Removing a type in use is refused with the advice to deactivate it.
  await table.getByRole('button', { name: 'Ta bort SFI' }).click();
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Insatstypen sfi används och kan inte tas bort');
  await expect(page.getByRole('alert')).toContainText('Avaktivera den i stället');
  await checkScreen(page, 'plan10-admin-types-in-use');
  await page.getByRole('button', { name: 'Ångra ändringarna' }).click();

  // Deactivate it, move "Praktik" to the top (focus follows the row) and add a new type.
  await table.getByRole('checkbox', { name: 'Aktiv: SFI' }).uncheck();
  await table.getByRole('button', { name: 'Flytta upp Praktik' }).click();
  await table.getByRole('button', { name: 'Flytta upp Praktik' }).click();
  await expect(table.getByRole('button', { name: 'Flytta ned Praktik' })).toBeFocused();
  await page.getByRole('button', { name: 'Lägg till insatstyp' }).click();
  const rows = table.getByRole('row');
  const last = rows.last();
  await last.getByRole('textbox', { name: /^Kod för ny typ/ }).fill('peer_support');
  await last.getByRole('textbox', { name: /^Svensk benämning/ }).fill('Stöd av mentor');
  await last.getByRole('textbox', { name: /^Engelsk benämning/ }).fill('Peer support');
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByText('Insatstyperna är sparade.')).toBeVisible();
  const types = await planRpc(page, 'interventionTypes.list', {});
  expect(types[0]?.code).toBe('internship');
  expect(types.find((type) => type.code === 'sfi')?.active).toBe(false);
  expect(types.at(-1)).toEqual({
    code: 'peer_support',
    labelSv: 'Stöd av mentor',
    labelEn: 'Peer support',
    active: true,
  });
  await checkScreen(page, 'plan11-admin-types-saved');
});
