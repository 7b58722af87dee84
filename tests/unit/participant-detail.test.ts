import { describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../main/api/dates';
import { participantCode } from '../../main/api/participant-types';
import type { ServiceContext } from '../../main/services/context';
import { participantDetail } from '../../main/services/participants/detail';
import { initializedBackend, loggedInUser } from '../helpers/backend';
import { personalNumber, referralInput } from '../helpers/participants';
import { useTempDirs } from '../helpers/temp';

const today = todayIso();
const timestamp = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

/**
 * The participant page's whole shape, pinned: every field, booleans as booleans, the JSON
 * columns as arrays, the lists in their order, the identity masked or left out.
 */
describe('participants.get: the detail page', () => {
  const tempDir = useTempDirs();

  it('returns every part of the page, mapped and ordered', async () => {
    const { backend, admin } = await initializedBackend(tempDir());
    const orgs = await admin.call('organisations.list', {});
    const org = (code: string) => {
      const found = orgs.find((o) => o.code === code);
      if (!found) throw new Error(`no org ${code}`);
      return { id: found.id, name: found.name };
    };
    const [kom, af, fk] = [org('KOM-AM'), org('AF'), org('FK')];
    const { user: omar } = await loggedInUser(admin, 'Omar Said', 'caseworker', 'AF');
    const adminName = 'Anna Adminsson';
    const settings = await admin.call('settings.participants', {});
    await admin.call('settings.updateParticipants', {
      programmeMonths: settings.programmeMonths,
      inactivityWeeks: 6,
      closedAccessMarginDays: settings.closedAccessMarginDays,
      intakeCriteria: settings.intakeCriteria,
    });

    const { participantId } = await admin.call(
      'participants.refer',
      referralInput(kom.id, [kom.id, af.id], {
        personalNumber: personalNumber('19880521', '417'),
        responsibleUserId: omar.id,
        incomeSourceAtStart: 'social_assistance',
      }),
    );
    // Same signing day as the referral's consent (then the newer first), and an expired one.
    await admin.call('consents.add', {
      participantId,
      organisationIds: [fk.id],
      signedOn: addDays(today, -10),
      validUntil: addDays(today, 30),
      coversSus: false,
    });
    await admin.call('consents.add', {
      participantId,
      organisationIds: [af.id],
      signedOn: addDays(today, -40),
      validUntil: addDays(today, -20),
      coversSus: false,
    });
    await admin.call('participants.enrol', {
      participantId,
      startOn: addDays(today, -8),
      plannedEndOn: addDays(today, 200),
      intakeCriteria: ['Motiverad', 'Över 18 år'],
      incomeSourceAtStart: null,
    });
    await admin.call('participants.extend', {
      participantId,
      onDate: addDays(today, -6),
      plannedEndOn: addDays(today, 300),
      reason: 'Behöver mer tid',
    });
    const c1 = (
      await admin.call('contacts.add', {
        participantId,
        onDate: addDays(today, -5),
        kind: 'phone',
        text: 'Första samtalet',
      })
    ).contacts[0]!.id;
    const c2 = (
      await admin.call('contacts.add', {
        participantId,
        onDate: addDays(today, -5),
        kind: 'meeting',
        text: 'Möte',
      })
    ).contacts[0]!.id;
    const c3 = (
      await admin.call('contacts.add', {
        participantId,
        onDate: addDays(today, -2),
        kind: 'phone',
        text: 'Uppföljning',
      })
    ).contacts[0]!.id;
    await admin.call('contacts.update', {
      contactId: c1,
      onDate: addDays(today, -4),
      kind: 'meeting',
      text: 'Första mötet',
    });
    const p1 = (
      await admin.call('progress.add', {
        participantId,
        onDate: addDays(today, -3),
        category: 'language',
        text: 'Klarade A',
      })
    ).progress[0]!.id;
    const p2 = (
      await admin.call('progress.add', {
        participantId,
        onDate: addDays(today, -3),
        category: 'language',
        text: 'Klarade B',
      })
    ).progress[0]!.id;
    const p3 = (
      await admin.call('progress.add', {
        participantId,
        onDate: addDays(today, -3),
        category: 'language',
        text: 'Klarade C',
      })
    ).progress[0]!.id;
    await admin.call('progress.remove', { progressId: p2 });
    await admin.call('participants.close', {
      participantId,
      onDate: addDays(today, -1),
      closureReason: 'work_with_support',
      incomeSourceAtExit: 'subsidised_employment',
      occupationAtExit: 'Lagerarbetare',
      nextStep: {
        arranged: true,
        what: 'Lönebidragsanställning',
        organisationId: af.id,
        contact: 'Per Persson',
        startOn: addDays(today, 14),
      },
      handoverTo: 'Lena Ek',
      recommendations: 'Fortsatt stöd.',
    });
    const page = await admin.call('participants.referAgain', {
      participantId,
      referral: {
        ...referralInput(af.id, null).referral,
        receivedOn: today,
        organisationId: af.id,
        reason: 'Ny anvisning.',
        certificates: [],
      },
      incomeSourceAtStart: 'sickness_benefit',
      consent: null,
    });

    const [second, first] = page.periods.map((p) => p.id);
    const detail = await admin.call('participants.get', { participantId });
    expect(detail).toStrictEqual(page);
    const [r2, r1] = detail.referrals.map((r) => r.id);
    const [consentFk, consentKomAf, consentExpired] = detail.consents.map((c) => c.id);
    const events = detail.events.map((e) => e.id);
    const history = detail.activityHistory.map((h) => h.id);
    const referral = referralInput(kom.id, null).referral;
    const period = {
      decidedOn: null,
      enrolledOn: null,
      plannedEndOn: null,
      closedOn: null,
      closureReason: null,
      incomeSourceAtExit: null,
      occupationAtExit: null,
      nextStepArranged: null,
      nextStepStartOn: null,
      nextStepWhat: null,
      nextStepOrganisation: null,
      nextStepContact: null,
      nextStepNotArrangedReason: null,
      handoverTo: null,
      recommendations: null,
      followUpAnswer: null,
      followUpOn: null,
    };
    const event = { plannedEndOn: null, reason: null, closureReason: null, intakeCriteria: [] };
    expect(detail).toStrictEqual({
      id: participantId,
      code: participantCode(participantId),
      protectedIdentity: false,
      readOnly: false,
      identity: {
        firstName: 'Amina',
        lastName: 'Yusuf',
        personalNumberMasked: '19880521-****',
        phone: '070-123 45 67',
      },
      gender: 'woman',
      // From the personal number.
      birthYear: 1988,
      preferredLanguage: 'somaliska',
      interpreterNeeded: true,
      interpreterLanguage: 'somaliska',
      responsibleUser: { id: omar.id, name: 'Omar Said' },
      referringOrganisation: af,
      status: 'referred',
      referredOn: today,
      enrolledOn: null,
      plannedEndOn: null,
      closedOn: null,
      lastActivityOn: addDays(today, -2),
      inactive: false,
      inactivityWeeks: 6,
      consentStatus: 'valid',
      periods: [
        {
          ...period,
          id: second,
          seq: 2,
          current: true,
          status: 'referred',
          referringOrganisation: af,
          referredOn: today,
          incomeSourceAtStart: 'sickness_benefit',
          incomeSourceAtStartOn: today,
        },
        {
          ...period,
          id: first,
          seq: 1,
          current: false,
          status: 'closed',
          referringOrganisation: kom,
          referredOn: addDays(today, -10),
          enrolledOn: addDays(today, -8),
          plannedEndOn: addDays(today, 300),
          closedOn: addDays(today, -1),
          closureReason: 'work_with_support',
          incomeSourceAtStart: 'social_assistance',
          incomeSourceAtStartOn: addDays(today, -10),
          incomeSourceAtExit: 'subsidised_employment',
          occupationAtExit: 'Lagerarbetare',
          nextStepArranged: true,
          nextStepStartOn: addDays(today, 14),
          nextStepWhat: 'Lönebidragsanställning',
          nextStepOrganisation: af,
          nextStepContact: 'Per Persson',
          handoverTo: 'Lena Ek',
          recommendations: 'Fortsatt stöd.',
        },
      ],
      events: [
        { ...event, id: events[0], periodId: first, kind: 'referred', onDate: addDays(today, -10) },
        {
          ...event,
          id: events[1],
          periodId: first,
          kind: 'enrolled',
          onDate: addDays(today, -8),
          plannedEndOn: addDays(today, 200),
          intakeCriteria: ['Motiverad', 'Över 18 år'],
        },
        {
          ...event,
          id: events[2],
          periodId: first,
          kind: 'extended',
          onDate: addDays(today, -6),
          plannedEndOn: addDays(today, 300),
          reason: 'Behöver mer tid',
        },
        {
          ...event,
          id: events[3],
          periodId: first,
          kind: 'closed',
          onDate: addDays(today, -1),
          closureReason: 'work_with_support',
        },
        { ...event, id: events[4], periodId: second, kind: 'referred', onDate: today },
      ].map((e) => ({ ...e, createdByName: adminName, createdAt: timestamp })),
      referrals: [
        {
          id: r2,
          periodId: second,
          receivedOn: today,
          organisation: af,
          caseworkerName: referral.caseworkerName,
          caseworkerPhone: referral.caseworkerPhone,
          caseworkerEmail: referral.caseworkerEmail,
          reason: 'Ny anvisning.',
          certificates: [],
        },
        {
          id: r1,
          periodId: first,
          receivedOn: addDays(today, -10),
          organisation: kom,
          caseworkerName: referral.caseworkerName,
          caseworkerPhone: referral.caseworkerPhone,
          caseworkerEmail: referral.caseworkerEmail,
          reason: referral.reason,
          certificates: ['Läkarutlåtande om hälsotillstånd (LOH)'],
        },
      ],
      consents: [
        {
          id: consentFk,
          signedOn: addDays(today, -10),
          validUntil: addDays(today, 30),
          withdrawnOn: null,
          coversSus: false,
          organisations: [fk],
          state: 'expiring',
        },
        {
          id: consentKomAf,
          signedOn: addDays(today, -10),
          validUntil: addDays(today, 180),
          withdrawnOn: null,
          coversSus: true,
          // In the organisations' order (AF first), not the order given.
          organisations: [af, kom],
          state: 'valid',
        },
        {
          id: consentExpired,
          signedOn: addDays(today, -40),
          validUntil: addDays(today, -20),
          withdrawnOn: null,
          coversSus: false,
          organisations: [af],
          state: 'expired',
        },
      ],
      contacts: [
        { id: c3, onDate: addDays(today, -2), kind: 'phone', text: 'Uppföljning', editedAt: null },
        { id: c1, onDate: addDays(today, -4), kind: 'meeting', text: 'Första mötet', editedAt: timestamp },
        { id: c2, onDate: addDays(today, -5), kind: 'meeting', text: 'Möte', editedAt: null },
      ].map((c) => ({
        ...c,
        authorUserId: detail.contacts[0]!.authorUserId,
        authorName: adminName,
        authorOrganisationName: kom.name,
      })),
      progress: [
        { id: p3, text: 'Klarade C' },
        { id: p1, text: 'Klarade A' },
      ].map((p) => ({
        ...p,
        onDate: addDays(today, -3),
        category: 'language',
        authorUserId: detail.contacts[0]!.authorUserId,
        authorName: adminName,
        authorOrganisationName: kom.name,
        editedAt: null,
      })),
      activityHistory: [
        {
          id: history[0],
          entity: 'progress',
          entityId: p2,
          change: 'remove',
          onDate: addDays(today, -3),
          code: 'language',
          text: 'Klarade B',
          changedByName: adminName,
          changedAt: timestamp,
        },
        {
          id: history[1],
          entity: 'contact',
          entityId: c1,
          change: 'edit',
          onDate: addDays(today, -5),
          code: 'phone',
          text: 'Första samtalet',
          changedByName: adminName,
          changedAt: timestamp,
        },
      ],
    });
    // Ids in the order the lists promise: events oldest first, history newest first.
    expect(events).toEqual([...events].sort((a, b) => a - b));
    expect(history[0]).toBeGreaterThan(history[1]!);

    // A reader of a closed period, without the identity: read-only, no identity block.
    const { db } = backend.state.vault.database();
    const ctx = {
      db,
      actor: { userId: omar.id, role: 'caseworker', organisationId: af.id, language: 'sv' },
      today,
      now: new Date().toISOString(),
      audit: { action: 'participant.read', details: {} },
    } satisfies ServiceContext;
    const hidden = participantDetail(ctx, { participantId, level: 'read', identityVisible: false });
    expect(hidden).toStrictEqual({ ...detail, readOnly: true, identity: null });
    expect(() => participantDetail(ctx, { participantId, level: 'exists', identityVisible: false })).toThrow(
      'error.participantForbidden',
    );
    expect(() =>
      participantDetail(ctx, { participantId: 999_999, level: 'write', identityVisible: true }),
    ).toThrow('error.participantNotFound');
  });

  it('leaves out what a person does not have: no number, no responsible, no consent', async () => {
    const { backend, admin } = await initializedBackend(tempDir());
    const kom = (await admin.call('organisations.list', {})).find((o) => o.code === 'KOM-AM')!;
    const { participantId } = await admin.call(
      'participants.refer',
      referralInput(kom.id, null, {
        personalNumber: '',
        phone: '',
        birthYear: 1975,
        preferredLanguage: '',
        interpreterNeeded: false,
        interpreterLanguage: '',
        protectedIdentity: true,
        referral: { ...referralInput(kom.id, null).referral, caseworkerPhone: '', caseworkerEmail: '' },
      }),
    );
    // No consent: only the service itself opens it (the router would refuse the admin).
    const { db } = backend.state.vault.database();
    const ctx = {
      db,
      actor: { userId: 1, role: 'admin', organisationId: kom.id, language: 'sv' },
      today,
      now: new Date().toISOString(),
      audit: { action: 'participant.read', details: {} },
    } satisfies ServiceContext;
    const detail = participantDetail(ctx, { participantId, level: 'write', identityVisible: true });
    expect(detail).toMatchObject({
      protectedIdentity: true,
      interpreterNeeded: false,
      identity: { firstName: 'Amina', lastName: 'Yusuf', personalNumberMasked: null, phone: null },
      birthYear: 1975,
      preferredLanguage: null,
      interpreterLanguage: null,
      responsibleUser: null,
      consentStatus: 'none',
      consents: [],
      contacts: [],
      progress: [],
      activityHistory: [],
    });
    expect(detail.referrals).toStrictEqual([
      expect.objectContaining({ caseworkerPhone: null, caseworkerEmail: null }),
    ]);
    expect(detail.events).toStrictEqual([
      expect.objectContaining({ kind: 'referred', intakeCriteria: [], createdByName: 'Anna Adminsson' }),
    ]);
  });
});
