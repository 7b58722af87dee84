import { addDays, todayIso } from '../../main/api/dates';
import { SEEDED_ADMIN, checkScreen, expect, test } from './fixtures';
import {
  AF_OWN,
  AF_USER,
  AMINA_NUMBER,
  COORDINATOR,
  COORDINATOR_OWN,
  SFI_USER,
  rpc,
  rpcResult,
  seedReviewCases,
} from './reviews-fixture';
import { loginAs, logout } from './session';

test.use({ team: { users: [COORDINATOR, AF_USER, SFI_USER], demoParticipants: 0 } });

test('the coordinator prepares the agenda, runs the meeting by keyboard and finishes with minutes', async ({
  page,
  seededApp,
}) => {
  test.setTimeout(360_000);
  await page.goto(seededApp.entryUrl);
  await loginAs(page, SEEDED_ADMIN.name, SEEDED_ADMIN.password);
  const seed = await seedReviewCases(page);
  // A teammate asks for Hassan's case to be taken up, with a note.
  await rpc(page, 'participants.requestReview', {
    participantId: seed.hassan,
    note: 'Behöver tolk och en ny plan',
  });
  await logout(page);

  // The coordinator plans a meeting: 30 minutes, the whole team invited.
  await loginAs(page, COORDINATOR.name, COORDINATOR.password, COORDINATOR_OWN);
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Ärendegenomgångar' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ärendegenomgångar' })).toBeVisible();
  await expect(page.getByText('Inga möten är planerade.')).toBeVisible();
  await checkScreen(page, 'r01-meetings-empty');
  await page.getByRole('button', { name: 'Planera möte' }).click();
  const plan = page.getByRole('dialog', { name: 'Planera en ärendegenomgång' });
  await plan.getByLabel('Längd (minuter)').fill('30');
  await plan.getByLabel('Plats').fill('Rum Samverkan');
  await expect(plan.getByLabel(/Sara Berg/)).toBeChecked();
  await checkScreen(page, 'r02-plan-meeting');
  await plan.getByRole('button', { name: 'Planera möte' }).click();

  // The agenda: suggestions with readable reasons on the left.
  await expect(page.getByRole('heading', { level: 1, name: /^Dagordning/ })).toBeVisible();
  const suggestions = page.getByRole('region', { name: 'Förslag' });
  await expect(suggestions.getByText('Ny anvisning – väntat 12 dagar')).toBeVisible();
  await expect(suggestions.getByText('1 förfallen åtgärd')).toBeVisible();
  await expect(suggestions.getByText('Ingen aktivitet på 8 veckor')).toBeVisible();
  // The request comes first on the shortlist, with its note and who asked.
  const shortlist = suggestions.getByRole('list', { name: 'Kortlista' }).getByRole('listitem');
  await expect(shortlist.first()).toContainText('Hassan Ali');
  await expect(shortlist.first()).toContainText('Begärd');
  await expect(shortlist.first().getByText('Behöver tolk och en ny plan')).toBeVisible();
  await expect(shortlist.first()).toContainText('Maria Lind');
  await checkScreen(page, 'r03-agenda-suggestions');
  for (const name of ['Amina Warsame', 'Hassan Ali', 'Leyla Ahmed']) {
    await suggestions.getByRole('button', { name: `Lägg till ${name}` }).click();
    await expect(page.getByText(`${name} är tillagd på dagordningen.`)).toBeVisible();
  }
  await suggestions.getByLabel('Rubrik').fill('Övriga frågor');
  await suggestions.getByRole('button', { name: 'Lägg till punkten' }).click();

  const agenda = page.getByRole('region', { name: 'Dagordning' });
  const items = agenda.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
  await expect(items).toHaveCount(4);
  // Four items of 10 minutes in a 30-minute meeting: a warning, not a block.
  await expect(agenda.getByText('Total tid: 40 av 30 minuter')).toBeVisible();
  await expect(agenda.getByText(/Dagordningen är 10 minuter längre än mötet/)).toBeVisible();
  // Hassan's consent does not cover SFI, and Sara Berg (SFI) is invited.
  const hassanItem = items.filter({ hasText: 'Hassan Ali' });
  await expect(hassanItem.getByText('Behöver tolk och en ny plan')).toBeVisible();
  await expect(hassanItem.getByText(/Samtycket omfattar inte SFI \/ vuxenutbildning/)).toBeVisible();

  // Reordered by keyboard: Leyla moves up above Hassan, announced in the live region.
  await items.filter({ hasText: 'Leyla Ahmed' }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByText('Leyla Ahmed flyttad till plats 2 av 4.')).toBeAttached();
  await expect(items.nth(1)).toContainText('Leyla Ahmed');
  await expect(items.nth(1)).toBeFocused();
  await expect(items.nth(2)).toContainText('Hassan Ali');
  await checkScreen(page, 'r04-agenda-built');

  // The printable agenda shows initials, not names.
  await page.getByRole('button', { name: 'Utskriftsvy' }).click();
  const sheet = page.locator('.rv-print-doc');
  await expect(sheet.getByText('A. W.')).toBeVisible();
  await expect(sheet.getByText('Warsame')).toHaveCount(0);
  await checkScreen(page, 'r05-agenda-print');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeHidden();
  await page.screenshot({ path: 'tests/e2e/output/r05b-agenda-print-media.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Tillbaka till dagordningen' }).click();

  // Start: meeting mode, everyone present (Sara from SFI too).
  await page.getByRole('button', { name: 'Starta mötet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Ärendegenomgång/ })).toBeVisible();
  await page.getByRole('button', { name: 'Markera alla som närvarande' }).click();
  await expect(page.getByRole('heading', { name: 'Närvaro (4 av 4)' })).toBeVisible();

  // Item 1, Amina, in presentation mode: no personal number, no surname, no health details.
  const title = page.locator('#rv-mm-item-heading');
  await expect(title).toHaveText('A. W.');
  await expect(page.getByRole('heading', { level: 3, name: 'A. W.' })).toBeVisible();
  // Free text (here a contact note) stays off the projector until revealed.
  await expect(page.getByText('Trepartssamtal om praktik')).toHaveCount(0);
  expect(await page.title()).toBe('Samsyn – möte');
  const mode = page.locator('.rv-meeting-mode');
  await expect(mode).not.toContainText(AMINA_NUMBER.slice(0, 8));
  await expect(mode).not.toContainText('Warsame');
  await expect(mode).not.toContainText('Självskattad fysisk hälsa');
  await expect(mode).not.toContainText('Hälsa:');
  await expect(mode.getByText('Somaliska')).toBeVisible();
  await checkScreen(page, 'r06-meeting-presentation');
  // S reveals the sensitive details for this item only; S again hides them.
  await page.keyboard.press('s');
  await expect(mode.getByText('Självskattad fysisk hälsa (1–5)')).toBeVisible();
  await expect(mode.getByText('Trepartssamtal om praktik')).toBeVisible();
  await expect(mode.getByText('Hälsa: 2 fält ifyllda')).toBeVisible();
  await checkScreen(page, 'r06b-meeting-revealed');
  await page.keyboard.press('s');
  await expect(mode).not.toContainText('Självskattad fysisk hälsa');
  // P turns presentation mode off: the masked number and the full name appear.
  await page.keyboard.press('p');
  await expect(mode.getByText('19850312-****')).toBeVisible();
  await expect(title).toHaveText('Amina Warsame');
  await page.keyboard.press('p');
  await expect(mode).not.toContainText('19850312');

  // N: a new action. Without a responsible person it is refused next to the field.
  await page.keyboard.press('n');
  const what = page.getByLabel('Vad ska göras?');
  await expect(what).toBeFocused();
  await page.keyboard.type('Boka möte med arbetsgivare');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Välj vem som ansvarar för åtgärden.')).toBeVisible();
  await expect(page.getByText('Ange när åtgärden ska vara klar.')).toBeVisible();
  await checkScreen(page, 'r07-action-refused');
  await expect(page.getByLabel('Ansvarig', { exact: true })).toBeFocused();
  await page.keyboard.type('Omar');
  await expect(page.getByLabel('Organisation', { exact: true })).toHaveValue(/\d+/);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Klart senast')).toBeFocused();
  // The date is typed in the browser's own date format, so the test sets the value directly.
  await page.getByLabel('Klart senast').fill(addDays(todayIso(), 14));
  await page.keyboard.press('Enter');
  await expect(
    page.getByText('Åtgärden ”Boka möte med arbetsgivare” är sparad, ansvarig Omar Said.'),
  ).toBeVisible();
  // B: a decision, written and saved from the keyboard.
  await page.keyboard.press('Escape');
  await page.keyboard.press('b');
  await expect(page.getByLabel('Anteckning eller beslut')).toBeFocused();
  await page.keyboard.type('Start av arbetsträning i maj');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Beslutet är sparat.')).toBeVisible();
  await expect(mode.locator('.rv-decision')).toContainText('Start av arbetsträning i maj');
  // The overdue action of the case gets an outcome.
  await mode.getByRole('button', { name: 'Följ upp med utfall: ”Boka läkartid”' }).click();
  await mode.getByLabel('Klar', { exact: true }).check();
  await mode.getByRole('button', { name: 'Spara uppföljningen' }).click();
  await expect(mode.getByText('Uppföljningen av ”Boka läkartid” är sparad.')).toBeVisible();
  await checkScreen(page, 'r08-meeting-recorded');

  // D: discussed, on to Leyla (keyboard only).
  await page.keyboard.press('d');
  await expect(title).toHaveText('L. A.');
  await expect(page.getByText('Punkt 2 av 4', { exact: true })).toBeVisible();
  await page.keyboard.press('d');

  // Hassan: Sara (SFI) is present and the consent does not cover SFI – refused until she leaves.
  await expect(title).toHaveText('H. A.');
  await expect(
    page.getByText(
      'Punkten kan inte öppnas: samtycket omfattar inte SFI / vuxenutbildning. Markera att personen lämnar rummet under punkten.',
    ),
  ).toBeVisible();
  await expect(mode.getByText('Trepartssamtal om praktik')).toHaveCount(0);
  await expect(mode.getByRole('button', { name: /Hoppa över/ })).toBeVisible();
  await checkScreen(page, 'r09-meeting-blocked');
  await mode.getByLabel('Sara Berg (SFI / vuxenutbildning) lämnar rummet under punkten').click();
  await expect(mode.getByRole('heading', { level: 3, name: 'H. A.' })).toBeVisible();
  await expect(mode.getByText('Punkten kan inte öppnas')).toHaveCount(0);
  await page.keyboard.press('d');
  await expect(title).toHaveText('Övriga frågor');
  // K goes back, J forward again.
  await page.keyboard.press('k');
  await expect(title).toHaveText('H. A.');
  await page.keyboard.press('j');
  await expect(title).toHaveText('Övriga frågor');

  // Finish, once: the minutes follow.
  await page.getByRole('button', { name: 'Avsluta mötet' }).click();
  const finish = page.getByRole('dialog', { name: 'Avsluta mötet?' });
  await expect(finish.getByText('En punkt är inte genomgången. Den flyttas till nästa möte.')).toBeVisible();
  await checkScreen(page, 'r10-finish-dialog');
  await finish.getByRole('button', { name: 'Avsluta mötet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Minnesanteckningar/ })).toBeVisible();
  const minutes = page.locator('.rv-minutes');
  await expect(minutes.getByText('Start av arbetsträning i maj')).toBeVisible();
  await expect(minutes.getByRole('cell', { name: 'Boka möte med arbetsgivare' })).toHaveCount(2);
  await expect(minutes.getByRole('heading', { name: /1\. K-\d+ · A\. W\./ })).toBeVisible();
  // The request Hassan's item took up, and who left the room for it.
  const hassanMinutes = minutes.locator('.rv-minutes-item').filter({ hasText: 'H. A.' });
  await expect(hassanMinutes.getByText('Behöver tolk och en ny plan')).toBeVisible();
  await expect(hassanMinutes.getByText(/Lämnade rummet under punkten: Sara Berg/)).toBeVisible();
  // The follow-up of Amina's overdue action, with its outcome.
  await expect(
    minutes.getByRole('table', { name: 'Uppföljda åtgärder' }).getByText('Boka läkartid'),
  ).toBeVisible();
  await expect(minutes.getByRole('heading', { name: 'Öppna åtgärder i teamet' })).toBeVisible();
  await expect(minutes).not.toContainText('Warsame');
  await expect(minutes.getByText(/Sara Berg \(SFI/).first()).toBeVisible();
  const meetingId = Number(/arendegenomgangar\/(\d+)/.exec(page.url())?.[1]);
  const again = await rpcResult(page, 'meetings.finish', { meetingId });
  expect(again).toEqual({ ok: false, error: { code: 'conflict', message: 'Mötet är redan avslutat.' } });
  const locked = await rpcResult(page, 'meetings.get', { meetingId });
  expect(locked.ok && locked.value.status).toBe('finished');
  await page.getByRole('textbox', { name: 'Tillägg' }).fill('Rättelse: arbetsträningen börjar i juni.');
  await page.getByRole('button', { name: 'Spara tillägget' }).click();
  await expect(minutes.getByText('Rättelse: arbetsträningen börjar i juni.')).toBeVisible();
  await expect(minutes.getByText(/^Karin Holm, /)).toBeVisible();
  await checkScreen(page, 'r11-minutes');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
  await page.screenshot({ path: 'tests/e2e/output/r11b-minutes-print-media.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // The actions: the new one is Omar's (AF); the coordinator sees it in no list of her own.
  await page.goto(page.url().replace(/arendegenomgangar\/.*$/, 'arendegenomgangar/atgarder'));
  await expect(page.getByRole('tab', { name: 'Mina åtgärder', selected: true })).toBeVisible();
  await expect(page.getByText('Du har inga öppna åtgärder.')).toBeVisible();
  await checkScreen(page, 'r12-actions-mine');
  await page.getByRole('link', { name: 'Inställningar' }).click();
  await expect(page.getByLabel('Standardtid per punkt (minuter)')).toHaveValue('10');
  await checkScreen(page, 'r13-settings');
  await page.getByRole('link', { name: 'Möten' }).click();
  await page.getByLabel('Visa även avslutade möten').check();
  await expect(page.getByRole('cell', { name: 'Avslutat' })).toBeVisible();
  await checkScreen(page, 'r14-meetings-finished');

  // Omar sees his action under "Mina åtgärder" and marks it done.
  await logout(page);
  await loginAs(page, AF_USER.name, AF_USER.password, AF_OWN);
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Ärendegenomgångar' })
    .click();
  await page.getByRole('link', { name: 'Åtgärder' }).click();
  const action = page.getByRole('listitem').filter({ hasText: 'Boka möte med arbetsgivare' });
  await expect(action.getByText('Omar Said, Arbetsförmedlingen')).toBeVisible();
  await checkScreen(page, 'r15-actions-omar');
  await action.getByRole('button', { name: 'Följ upp med utfall: ”Boka möte med arbetsgivare”' }).click();
  await action.getByLabel('Fortfarande öppen (nytt datum)').check();
  await action.getByRole('button', { name: 'Spara uppföljningen' }).click();
  await expect(action.getByText('Ange när åtgärden ska vara klar.')).toBeVisible();
  await action.getByLabel('Klar', { exact: true }).check();
  await action.getByRole('button', { name: 'Spara uppföljningen' }).click();
  await expect(page.getByText('Du har inga öppna åtgärder.')).toBeVisible();
  const all = await rpc(page, 'actions.list', { scope: 'all_open', participantId: null });
  expect(all.map((a) => a.what)).not.toContain('Boka möte med arbetsgivare');
});

test('a recurring series fills in a new meeting; any participant is found by search; the meeting waits for its start', async ({
  page,
  seededApp,
}) => {
  await page.goto(seededApp.entryUrl);
  await loginAs(page, SEEDED_ADMIN.name, SEEDED_ADMIN.password);
  await seedReviewCases(page);
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Ärendegenomgångar' })
    .click();
  await page.getByRole('button', { name: 'Ny mötesserie' }).click();
  const seriesDialog = page.getByRole('dialog', { name: 'Ny mötesserie' });
  await seriesDialog.getByLabel('Namn på serien').fill('Tisdagsgenomgång');
  await seriesDialog.getByLabel('Veckodag').selectOption({ label: 'tisdag' });
  await seriesDialog.getByLabel('Tid (TT:MM)').fill('9');
  await seriesDialog.getByRole('button', { name: 'Spara' }).click();
  await expect(seriesDialog.getByText('Ange tiden som TT:MM.')).toBeVisible();
  await seriesDialog.getByLabel('Tid (TT:MM)').fill('13:00');
  await seriesDialog.getByLabel('Plats').fill('Rum 2');
  await checkScreen(page, 'r20-series-dialog');
  await seriesDialog.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Varje tisdag kl. 13:00, 90 min, Rum 2')).toBeVisible();

  await page.getByRole('button', { name: 'Planera möte' }).click();
  const plan = page.getByRole('dialog', { name: 'Planera en ärendegenomgång' });
  await plan.getByLabel('Mötesserie', { exact: true }).selectOption({ label: 'Tisdagsgenomgång' });
  await expect(plan.getByLabel('Plats')).toHaveValue('Rum 2');
  await expect(plan.getByLabel('Tid (TT:MM)')).toHaveValue('13:00');
  await checkScreen(page, 'r21-meeting-from-series');
  await plan.getByRole('button', { name: 'Planera möte' }).click();

  await expect(page.getByRole('heading', { level: 1, name: /^Dagordning tisdag/ })).toBeVisible();
  await page.getByLabel('Sök deltagare').fill('leyla');
  const results = page.getByRole('list', { name: 'Sökresultat' });
  await results.getByRole('button', { name: 'Lägg till Leyla Ahmed' }).click();
  await expect(results.getByText('På dagordningen')).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Dagordning' }).getByRole('heading', { name: 'Leyla Ahmed' }),
  ).toBeVisible();
  await checkScreen(page, 'r22-agenda-search');

  await page.getByRole('link', { name: 'Mötesläge' }).click();
  await expect(page.getByText('Mötet har inte startat. Ta närvaro och starta mötet.')).toBeVisible();
  expect(await page.title()).toBe('Samsyn – möte');
  await checkScreen(page, 'r23-meeting-not-started');
  await page.getByRole('link', { name: 'Lämna mötesläget' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Dagordning/ })).toBeVisible();
  expect(await page.title()).toBe('Samsyn');

  // A second meeting on the same day is allowed, but the form says so before it is saved.
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Ärendegenomgångar' })
    .click();
  await page.getByRole('button', { name: 'Planera möte' }).click();
  const again = page.getByRole('dialog', { name: 'Planera en ärendegenomgång' });
  await again.getByLabel('Mötesserie', { exact: true }).selectOption({ label: 'Tisdagsgenomgång' });
  await expect(again.getByText(/^Det finns redan ett möte .* kl\. 13:00 \(Rum 2\)\./)).toBeVisible();
  await checkScreen(page, 'r24-same-day-warning');
});
