import type { ParticipantDetail } from '../../../main/api/participant-types';
import { useApiQuery } from '../../api/query';
import { useShortDate } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';
import { daysInProgramme } from '../caseload/columns';
import { CloseDialog } from './CloseDialog';
import { DecideDialog } from './DecideDialog';
import { EditPersonDialog } from './EditPersonDialog';
import { EnrolDialog } from './EnrolDialog';
import { ExtendDialog } from './ExtendDialog';
import { Timeline } from './Timeline';
import { ParticipantActions } from '../reviews/ParticipantActions';

interface Props {
  participant: ParticipantDetail;
  /** See mayWriteParticipant: no decisions, edits or actions otherwise. */
  canWrite: boolean;
}

/** Key facts, the decisions the status allows, the referral and the timeline of events. */
export function OverviewTab({ participant: p, canWrite }: Props) {
  const { t, formatNumber } = useT();
  const shortDate = useShortDate();
  const members = useApiQuery('team.members', {});
  const days = daysInProgramme(p);
  const none = t('common.none');
  const facts: [string, string][] = [
    [t('case.field.gender'), t(`gender.${p.gender}`)],
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
  const closure = [...p.events].reverse().find((event) => event.kind === 'closed');
  if (p.status === 'closed' && closure) {
    facts.push([t('case.facts.closedOn'), shortDate(p.closedOn)]);
    if (closure.closureReason)
      facts.push([t('case.facts.closureReason'), t(`closureReason.${closure.closureReason}`)]);
  }
  return (
    <div className="overview">
      {canWrite ? (
        <div className="action-bar" role="group" aria-label={t('case.actions')}>
          {p.status === 'referred' ? (
            <>
              <EnrolDialog participant={p} />
              <DecideDialog participant={p} decision="declined" />
              <DecideDialog participant={p} decision="withdrawn" />
            </>
          ) : null}
          {p.status === 'enrolled' ? (
            <>
              <ExtendDialog participant={p} />
              <CloseDialog participant={p} />
            </>
          ) : null}
          {p.identity ? <EditPersonDialog participant={p} members={members.data ?? []} /> : null}
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
          {p.referrals.map((referral) => (
            <div key={referral.id} className="referral">
              <p className="muted">
                {t('case.referral.received', {
                  date: shortDate(referral.receivedOn),
                  organisation: referral.organisation.name,
                })}
              </p>
              <p>
                <strong>{referral.caseworkerName}</strong>
                {referral.caseworkerPhone ? `, ${referral.caseworkerPhone}` : ''}
                {referral.caseworkerEmail ? `, ${referral.caseworkerEmail}` : ''}
              </p>
              <p className="prewrap">{referral.reason}</p>
              {referral.certificates.length > 0 ? (
                <>
                  <h3 className="small-heading">{t('case.referral.certificates')}</h3>
                  <ul>
                    {referral.certificates.map((certificate) => (
                      <li key={certificate}>{certificate}</li>
                    ))}
                  </ul>
                </>
              ) : null}
            </div>
          ))}
        </section>
      </div>
      <ParticipantActions participantId={p.id} editable={canWrite} />
      <section aria-labelledby="timeline-heading" className="panel">
        <h2 id="timeline-heading">{t('case.timeline.title')}</h2>
        <Timeline events={p.events} />
      </section>
    </div>
  );
}
