import { todayIso } from '../../../main/api/dates';
import type { ParticipantDetail } from '../../../main/api/participant-types';
import { daysInProgramme } from '../../../main/domain/programme';
import { useCodeLabel } from '../../api/code-lists';
import { useApiQuery } from '../../api/query';
import { useShortDate } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';
import { CloseDialog } from './CloseDialog';
import { DecideDialog } from './DecideDialog';
import { EditPersonDialog } from './EditPersonDialog';
import { EnrolDialog } from './EnrolDialog';
import { ExtendDialog } from './ExtendDialog';
import { closureFormFacts, currentPeriodOf } from './periods';
import { PeriodsPanel } from './PeriodsPanel';
import { ReferAgainDialog } from './ReferAgainDialog';
import { ReferralDetails } from './ReferralDetails';
import { Timeline } from './Timeline';
import { ParticipantActions } from '../reviews/ParticipantActions';

interface Props {
  participant: ParticipantDetail;
  /** See mayWriteParticipant: no decisions, edits or actions otherwise. */
  canWrite: boolean;
  /** See mayReferAgain: the current period has ended and the user may start a new one. */
  canReferAgain: boolean;
}

/** Key facts, the decisions the status allows, the referral and the timeline of events. */
export function OverviewTab({ participant: p, canWrite, canReferAgain }: Props) {
  const { t, formatNumber } = useT();
  const shortDate = useShortDate();
  const codeLabel = useCodeLabel();
  const members = useApiQuery('team.members', {});
  const days = daysInProgramme(p, todayIso());
  const none = t('common.none');
  const facts: [string, string][] = [
    [t('case.field.gender'), codeLabel('genders', p.gender)],
    [t('case.field.birthYear'), p.birthYear === null ? none : String(p.birthYear)],
    [t('case.field.phone'), p.identity?.phone ?? none],
    [t('case.field.preferredLanguage'), p.preferredLanguage ?? none],
    [
      t('case.field.interpreterNeeded'),
      p.interpreterNeeded
        ? `${t('common.yes')}${p.interpreterLanguage ? ` (${p.interpreterLanguage})` : ''}`
        : t('common.no'),
    ],
    [t('case.field.responsible'), p.responsibleUser?.name ?? none],
    [t('case.field.referringOrganisation'), p.referringOrganisation.name],
    [t('case.facts.referredOn'), shortDate(p.referredOn)],
    [t('case.facts.enrolledOn'), shortDate(p.enrolledOn)],
    [t('case.facts.plannedEndOn'), shortDate(p.plannedEndOn)],
    [t('case.facts.daysInProgramme'), days === null ? none : formatNumber(days)],
    [t('case.facts.lastActivity'), shortDate(p.lastActivityOn)],
  ];
  const current = currentPeriodOf(p);
  facts.push([
    t('case.facts.incomeSourceAtStart'),
    current?.incomeSourceAtStart ? codeLabel('income_sources', current.incomeSourceAtStart) : none,
  ]);
  if (p.status === 'closed') {
    facts.push([t('case.facts.closedOn'), shortDate(p.closedOn)]);
    if (current?.closureReason)
      facts.push([t('case.facts.closureReason'), codeLabel('closure_reasons', current.closureReason)]);
    if (current?.incomeSourceAtExit)
      facts.push([t('case.close.incomeAtExit'), codeLabel('income_sources', current.incomeSourceAtExit)]);
    if (current) facts.push(...closureFormFacts(current, t, shortDate));
  }
  // The current period's referral; earlier ones are in the period history.
  const referrals = current
    ? p.referrals.filter((referral) => referral.periodId === current.id)
    : p.referrals;
  return (
    <div className="overview">
      {canWrite || canReferAgain ? (
        <div className="action-bar" role="group" aria-label={t('case.actions')}>
          {canReferAgain ? <ReferAgainDialog participant={p} /> : null}
          {canWrite && p.status === 'referred' ? (
            <>
              <EnrolDialog participant={p} />
              <DecideDialog participant={p} decision="declined" />
              <DecideDialog participant={p} decision="withdrawn" />
            </>
          ) : null}
          {canWrite && p.status === 'enrolled' ? (
            <>
              <ExtendDialog participant={p} />
              <CloseDialog participant={p} />
            </>
          ) : null}
          {canWrite && p.identity ? <EditPersonDialog participant={p} members={members.data ?? []} /> : null}
        </div>
      ) : null}
      {p.inactive ? (
        <p className="alert alert-warning">{t('case.inactiveWarning', { weeks: p.inactivityWeeks })}</p>
      ) : null}
      <div className="overview-grid">
        <section aria-labelledby="facts-heading" className="panel">
          <h2 id="facts-heading">{t('case.facts.title')}</h2>
          <dl className="facts">
            {facts.map(([label, value]) => (
              <div key={label} className="fact">
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section aria-labelledby="referral-heading" className="panel">
          <h2 id="referral-heading">{t('case.referral.title')}</h2>
          {referrals.map((referral) => (
            <ReferralDetails key={referral.id} referral={referral} />
          ))}
        </section>
      </div>
      <ParticipantActions participantId={p.id} editable={canWrite} />
      {/* With one period its facts are above; with more, the history of every period. */}
      <div className={p.periods.length > 1 ? 'overview-grid' : undefined}>
        {p.periods.length > 1 ? <PeriodsPanel participant={p} /> : null}
        <section aria-labelledby="timeline-heading" className="panel">
          <h2 id="timeline-heading">{t('case.timeline.title')}</h2>
          <Timeline events={p.events} periods={p.periods} />
        </section>
      </div>
    </div>
  );
}
