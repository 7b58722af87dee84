import type { Page } from '@playwright/test';
import { addDays, todayIso } from '../../main/api/dates';
import { SEEDED_ADMIN, checkScreen, expect, test } from './fixtures';
import { AF_OWN, AF_USER, SFI_USER, personalNumber, rpc, rpcResult } from './reviews-fixture';
import { loginAs, logout } from './session';

/**
 * What the renderer shows when the consent lets the caller see less: a closed period read only
 * for its closure documents and follow-up, and an agenda item about a case the caller's
 * organisation may not read at all.
 */

const SFI_OWN = 'klara vatten i fjällen 3';

test.use({ team: { users: [AF_USER, SFI_USER], demoParticipants: 0 } });

/** Hash routes of the app (renderer/features/shell/routes.ts). */
const participantRoute = (id: number) => `#/deltagare/${id}`;
const meetingRoute = (id: number, view: 'dagordning' | 'mote' | 'minnesanteckningar') =>
  `#/arendegenomgangar/${id}/${view}`;

async function goToRoute(page: Page, route: string): Promise<void> {
  await page.goto(new URL(route, page.url()).toString());
}

async function teamIds(page: Page) {
  const orgs = await rpc(page, 'organisations.list', {});
  const org = (code: string) => {
    const found = orgs.find((o) => o.code === code);
    if (!found) throw new Error(`organisation ${code} missing`);
    return found.id;
  };
  const members = await rpc(page, 'team.members', {});
  const member = (name: string) => {
    const found = members.find((m) => m.name === name);
    if (!found) throw new Error(`${name} missing`);
    return found.id;
  };
  return { org, member };
}

async function refer(
  page: Page,
  input: {
    first: string;
    last: string;
    number: string;
    on: string;
    referringOrg: number;
    responsible: number;
    consent: { organisationIds: number[]; signedOn: string; validUntil: string };
  },
): Promise<number> {
  const { participantId } = await rpc(page, 'participants.refer', {
    firstName: input.first,
    lastName: input.last,
    personalNumber: input.number,
    gender: 'woman',
    birthYear: null,
    phone: null,
    preferredLanguage: 'arabiska',
    interpreterNeeded: false,
    interpreterLanguage: null,
    protectedIdentity: false,
    responsibleUserId: input.responsible,
    referral: {
      receivedOn: input.on,
      organisationId: input.referringOrg,
      caseworkerName: 'Lena Ek',
      caseworkerPhone: null,
      caseworkerEmail: 'lena.ek@example.se',
      reason: 'Behöver samordnat stöd mot arbete.',
      certificates: [],
    },
    consent: { ...input.consent, coversSus: false },
  });
  return participantId;
}

test('a closed period read through the consent on the closure date: a calm notice and nothing to change', async ({
  page,
  seededApp,
}) => {
  test.setTimeout(180_000);
  await page.goto(seededApp.entryUrl);
  await loginAs(page, SEEDED_ADMIN.name, SEEDED_ADMIN.password);
  const { org, member } = await teamIds(page);
  const today = todayIso();
  const signedOn = addDays(today, -200);
  // About 100 days ago, on the 15th (month arithmetic for the 3-month follow-up stays exact).
  const closedOn = `${addDays(today, -100).slice(0, 8)}15`;

  // The team's own organisation is covered until well after today; AF until the closure date.
  const nadia = await refer(page, {
    first: 'Nadia',
    last: 'Karimi',
    number: personalNumber('19900415', '184'),
    on: signedOn,
    referringOrg: org('KOM-AM'),
    responsible: member(SEEDED_ADMIN.name),
    consent: { organisationIds: [org('KOM-AM')], signedOn, validUntil: addDays(today, 100) },
  });
  await rpc(page, 'consents.add', {
    participantId: nadia,
    organisationIds: [org('AF')],
    signedOn,
    validUntil: closedOn,
    coversSus: false,
  });
  await rpc(page, 'participants.enrol', {
    participantId: nadia,
    startOn: addDays(today, -190),
    plannedEndOn: null,
    intakeCriteria: [],
  });
  await rpc(page, 'contacts.add', {
    participantId: nadia,
    onDate: addDays(closedOn, -20),
    kind: 'meeting',
    text: 'Avslutande trepartssamtal med arbetsgivaren',
  });
  await rpc(page, 'mapping.saveField', {
    participantId: nadia,
    fieldKey: 'own_goal',
    value: 'Arbeta som undersköterska',
    baseRevision: 0,
  });
  await rpc(page, 'mapping.saveConversation', {
    participantId: nadia,
    number: 1,
    heldOn: addDays(closedOn, -150),
    attendees: 'Nadia, Maria Lind',
    summary: 'Nuläget: vill arbeta inom vården.',
  });
  await rpc(page, 'plan.saveGoal', { participantId: nadia, goal: 'work', goalText: 'Fast anställning' });
  await rpc(page, 'plan.addSubgoal', {
    participantId: nadia,
    text: 'Klara undersköterskeutbildningen',
    targetOn: addDays(closedOn, -30),
    status: 'open',
  });
  await rpc(page, 'participants.close', { participantId: nadia, onDate: closedOn, closureReason: 'work' });
  const settings = await rpc(page, 'settings.participants', {});
  await rpc(page, 'settings.updateParticipants', {
    programmeMonths: settings.programmeMonths,
    inactivityWeeks: settings.inactivityWeeks,
    closedAccessMarginDays: 365,
    intakeCriteria: settings.intakeCriteria,
  });

  // The admin's organisation is covered today: the page offers its usual buttons.
  await goToRoute(page, participantRoute(nadia));
  await expect(page.getByRole('heading', { level: 1, name: 'Nadia Karimi' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ta upp på nästa genomgång' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ändra uppgifter' })).toBeVisible();
  await expect(page.getByText('Avslutad period – du kan läsa men inte ändra.')).toHaveCount(0);
  await logout(page);

  // AF was covered on the closure date only: read, with a notice, and no way to change anything.
  await loginAs(page, AF_USER.name, AF_USER.password, AF_OWN);
  const detail = await rpc(page, 'participants.get', { participantId: nadia });
  expect(detail.readOnly).toBe(true);
  await goToRoute(page, participantRoute(nadia));
  await expect(page.getByRole('heading', { level: 1, name: 'Nadia Karimi' })).toBeVisible();
  const notice = page.getByRole('note');
  await expect(notice).toContainText('Avslutad period – du kan läsa men inte ändra.');
  await expect(notice).toContainText(
    'Din organisation omfattades av samtycket på avslutsdagen; läsrätten gäller för slutdokument och uppföljning.',
  );
  await expect(page.locator('.case-header').getByText('Endast läsning')).toBeVisible();
  const main = page.locator('.case-page');
  for (const name of ['Ta upp på nästa genomgång', 'Ändra uppgifter', 'Ny åtgärd', 'Förläng', 'Avsluta']) {
    await expect(main.getByRole('button', { name, exact: true })).toHaveCount(0);
  }
  await expect(page.getByRole('definition').filter({ hasText: /^Arbete$/ })).toBeVisible();
  await checkScreen(page, 'cv01-closed-read-only-overview');

  await page.getByRole('tab', { name: 'Kontakter och stegförflyttningar' }).click();
  await expect(page.getByText('Avslutande trepartssamtal med arbetsgivaren')).toBeVisible();
  await expect(main.getByRole('button', { name: /^Spara/ })).toHaveCount(0);
  await expect(main.getByRole('textbox')).toHaveCount(0);
  await checkScreen(page, 'cv02-closed-read-only-activity');

  await page.getByRole('tab', { name: 'Samtycke' }).click();
  await expect(page.locator('.consent-card')).toHaveCount(2);
  await expect(main.getByRole('button', { name: 'Registrera samtycke' })).toHaveCount(0);
  await expect(main.getByRole('button', { name: /^Återkalla/ })).toHaveCount(0);

  await page.getByRole('tab', { name: 'Kartläggning' }).click();
  await page.getByRole('button', { name: 'Öppna alla avsnitt' }).click();
  // The values as text: no field, choice or save button that looks as if it could be changed.
  await expect(main.getByText('Arbeta som undersköterska')).toBeVisible();
  await expect(main.getByText('Nuläget: vill arbeta inom vården.')).toBeVisible();
  for (const role of ['textbox', 'combobox', 'radio', 'checkbox', 'spinbutton'] as const) {
    await expect(main.getByRole(role)).toHaveCount(0);
  }
  await expect(main.getByRole('button', { name: /^Spara/ })).toHaveCount(0);
  await checkScreen(page, 'cv02b-closed-read-only-mapping');

  await page.getByRole('tab', { name: 'Handlingsplan' }).click();
  await expect(page.getByText('Klara undersköterskeutbildningen')).toBeVisible();
  for (const name of [/^Ändra/, /^Lägg till/, /^Sätt mål/, /^Registrera/]) {
    await expect(main.getByRole('button', { name })).toHaveCount(0);
  }
  await expect(page.getByRole('note')).toBeVisible();
  await checkScreen(page, 'cv03-closed-read-only-plan');

  // The backend agrees: a write on that basis is refused.
  const refused = await rpcResult(page, 'contacts.add', {
    participantId: nadia,
    onDate: today,
    kind: 'phone',
    text: 'Uppföljning',
  });
  expect(refused.ok ? 'ok' : refused.error.code).toBe('forbidden');

  // The same notice in English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('note')).toContainText('Closed period – you can read but not change anything.');
  await expect(page.locator('.case-header').getByText('Read only')).toBeVisible();
  await checkScreen(page, 'cv04-closed-read-only-english');
});

test('a case the consent hides from an organisation: its pseudonym and why, in the agenda and the meeting', async ({
  page,
  seededApp,
}) => {
  test.setTimeout(180_000);
  await page.goto(seededApp.entryUrl);
  await loginAs(page, SEEDED_ADMIN.name, SEEDED_ADMIN.password);
  const { org, member } = await teamIds(page);
  const today = todayIso();
  const consent = (codes: string[]) => ({
    organisationIds: codes.map(org),
    signedOn: addDays(today, -30),
    validUntil: addDays(today, 300),
  });
  const base = { on: addDays(today, -30), referringOrg: org('AF'), responsible: member(SEEDED_ADMIN.name) };
  // Hassan's consent does not cover SFI; Leyla's covers everyone in the meeting.
  const hassan = await refer(page, {
    ...base,
    first: 'Hassan',
    last: 'Ali',
    number: personalNumber('19880203', '273'),
    consent: consent(['KOM-AM', 'AF']),
  });
  const leyla = await refer(page, {
    ...base,
    first: 'Leyla',
    last: 'Ahmed',
    number: personalNumber('19920718', '462'),
    consent: consent(['KOM-AM', 'AF', 'SFI']),
  });
  const sara = member(SFI_USER.name);
  const created = await rpc(page, 'meetings.create', {
    seriesId: null,
    date: today,
    startTime: '09:00',
    durationMinutes: 60,
    place: 'Rum Samverkan',
    attendeeUserIds: [member(SEEDED_ADMIN.name), sara],
  });
  const meetingId = created.id;
  for (const participantId of [hassan, leyla]) {
    await rpc(page, 'agenda.addItem', {
      meetingId,
      participantId,
      title: null,
      minutes: 15,
      reasons: ['new_referral'],
    });
  }
  await rpc(page, 'agenda.addItem', {
    meetingId,
    participantId: null,
    title: 'Övriga frågor',
    minutes: 5,
    reasons: [],
  });
  await rpc(page, 'meetings.start', { meetingId });
  await logout(page);

  // Every case the screen asks the backend to open (it must never ask for Hassan's).
  const opened: number[] = [];
  page.on('request', (request) => {
    if (!request.url().endsWith('/rpc')) return;
    const body = request.postDataJSON() as { name?: string; input?: { itemId?: number } } | null;
    if (body?.name === 'agenda.openItem' && typeof body.input?.itemId === 'number') {
      opened.push(body.input.itemId);
    }
  });

  await loginAs(page, SFI_USER.name, SFI_USER.password, SFI_OWN);
  const meeting = await rpc(page, 'meetings.get', { meetingId });
  const hidden = meeting.items.find((item) => item.participant?.id === hassan);
  if (!hidden) throw new Error('Hassan’s item missing');
  expect(hidden.access).toBe('exists');
  expect(hidden.reasons).toEqual([]);
  const code = `Deltagare K-${String(hassan).padStart(4, '0')}`;
  const explanation = 'Samtycket omfattar inte din organisation – du ser bara att ärendet finns.';

  // The agenda: the pseudonym (no link to a page she cannot open) and the explanation.
  await goToRoute(page, meetingRoute(meetingId, 'dagordning'));
  const agenda = page.getByRole('region', { name: 'Dagordning' });
  const hiddenRow = agenda.locator(`[data-item-id="${hidden.id}"]`);
  await expect(hiddenRow.getByRole('heading', { level: 3, name: code })).toBeVisible();
  await expect(hiddenRow.getByRole('link')).toHaveCount(0);
  await expect(hiddenRow.getByText(explanation)).toBeVisible();
  await expect(hiddenRow.getByText('Ny anvisning')).toHaveCount(0);
  await expect(agenda.getByRole('heading', { level: 3, name: 'Leyla Ahmed' })).toBeVisible();
  await expect(page.locator('main')).not.toContainText('Hassan');
  await checkScreen(page, 'cv10-agenda-redacted-item');

  await page.getByRole('button', { name: 'Utskriftsvy' }).click();
  const sheet = page.locator('.rv-print-doc');
  await expect(sheet.getByRole('rowheader', { name: code })).toBeVisible();
  await expect(sheet.getByText(explanation)).toBeVisible();
  await checkScreen(page, 'cv10b-agenda-print-redacted-item');
  await page.getByRole('button', { name: 'Tillbaka till dagordningen' }).click();

  // Meeting mode: Hassan's item comes first; it is shown, never opened.
  await goToRoute(page, meetingRoute(meetingId, 'mote'));
  const mode = page.locator('.rv-meeting-mode');
  const title = page.locator('#rv-mm-item-heading');
  await expect(title).toHaveText(code);
  await expect(mode.locator('.rv-mm-item').getByText(explanation)).toBeVisible();
  await expect(mode.getByRole('navigation', { name: 'Dagordning' })).toContainText('Bara att ärendet finns');
  await expect(mode.getByLabel('Anteckning eller beslut')).toHaveCount(0);
  await expect(mode.getByLabel('Vad ska göras?')).toHaveCount(0);
  await expect(mode.getByRole('button', { name: /Hoppa över/ })).toBeVisible();
  await expect(mode).not.toContainText('Hassan');

  // Her own attendance, and that she leaves the room; nobody else's.
  const attendance = mode.locator('.rv-attendance');
  await expect(attendance.getByRole('button', { name: 'Markera alla som närvarande' })).toHaveCount(0);
  await expect(attendance.getByLabel(`Närvarande ${SEEDED_ADMIN.name}`)).toBeDisabled();
  // Saved first, then shown: a click, not check() (the box follows the saved meeting).
  await attendance.getByLabel(`Närvarande ${SFI_USER.name}`).click();
  await expect(page.getByRole('heading', { name: 'Närvaro (1 av 2)' })).toBeVisible();
  await mode.getByLabel('Jag lämnar rummet under punkten').click();
  await expect(mode.getByLabel('Jag lämnar rummet under punkten')).toBeChecked();
  const after = await rpc(page, 'meetings.get', { meetingId });
  expect(after.items.find((item) => item.id === hidden.id)?.absentUserIds).toEqual([sara]);
  await checkScreen(page, 'cv11-meeting-redacted-item');

  // D moves past it (it was not discussed here) to Leyla, whose case opens.
  await title.focus();
  await page.keyboard.press('d');
  await expect(title).toHaveText('L. A.');
  // Skipping says why the case could not open (the live region, shown in the footer too).
  await expect(page.locator('#rv-mm-live')).toContainText(
    `${code} hoppades över: du får inte läsa ärendet. Punkten flyttas till nästa möte.`,
  );
  // The card uses the title's name form (initials in presentation mode).
  await expect(mode.getByRole('heading', { level: 3, name: 'L. A.' })).toBeVisible();
  const leylaItem = after.items.find((item) => item.participant?.id === leyla);
  expect(opened).toContain(leylaItem?.id);
  // Back to Hassan's item with K: still not opened.
  await page.keyboard.press('k');
  await expect(title).toHaveText(code);
  await expect(mode.locator('.rv-mm-item').getByText(explanation)).toBeVisible();
  expect(opened).not.toContain(hidden.id);
  const still = await rpc(page, 'meetings.get', { meetingId });
  expect(still.items.find((item) => item.id === hidden.id)?.status).toBe('pending');

  // The minutes (a draft until the meeting ends): the pseudonym and the explanation.
  await goToRoute(page, meetingRoute(meetingId, 'minnesanteckningar'));
  const minutes = page.locator('.rv-minutes');
  await expect(minutes.getByRole('heading', { name: `1. ${code}` })).toBeVisible();
  await expect(minutes.getByText(explanation)).toBeVisible();
  await expect(minutes).not.toContainText('Hassan');
  await checkScreen(page, 'cv12-minutes-redacted-item');
  expect(opened).not.toContain(hidden.id);
});
