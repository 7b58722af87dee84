import type { ParticipantDetail, PeriodDto } from '../../../main/api/participant-types';
import { useCodeLabel } from '../../api/code-lists';
import { Badge } from '../../components/Badge';
import { useShortDate } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';
import { closureFormFacts, periodLabel } from './periods';
import { ReferralDetails } from './ReferralDetails';

/** The dated facts of one period, only those it has. */
function usePeriodFacts(period: PeriodDto): [string, string][] {
  const { t } = useT();
  const shortDate = useShortDate();
  const codeLabel = useCodeLabel();
  const facts: [string, string][] = [
    [t('case.periods.referred'), shortDate(period.referredOn)],
    [t('case.periods.referredBy'), period.referringOrganisation.name],
  ];
  if (period.decidedOn && (period.status === 'declined' || period.status === 'withdrawn')) {
    facts.push([t('case.periods.decided'), shortDate(period.decidedOn)]);
  }
  if (period.enrolledOn) facts.push([t('case.periods.enrolled'), shortDate(period.enrolledOn)]);
  if (period.plannedEndOn) facts.push([t('case.periods.plannedEnd'), shortDate(period.plannedEndOn)]);
  if (period.closedOn) facts.push([t('case.periods.closed'), shortDate(period.closedOn)]);
  if (period.closureReason) {
    facts.push([t('case.periods.closureReason'), codeLabel('closure_reasons', period.closureReason)]);
  }
  facts.push([
    t('case.periods.incomeAtStart'),
    period.incomeSourceAtStart
      ? codeLabel('income_sources', period.incomeSourceAtStart)
      : t('case.periods.unknown'),
  ]);
  if (period.incomeSourceAtExit) {
    facts.push([t('case.periods.incomeAtExit'), codeLabel('income_sources', period.incomeSourceAtExit)]);
  }
  facts.push(...closureFormFacts(period, t, shortDate));
  return facts;
}

function PeriodCard({ period, participant }: { period: PeriodDto; participant: ParticipantDetail }) {
  const { t } = useT();
  const facts = usePeriodFacts(period);
  // The current period's referral is shown in its own panel; earlier ones here, folded.
  const referrals = period.current
    ? []
    : participant.referrals.filter((referral) => referral.periodId === period.id);
  return (
    <li className={['period-card', period.current ? 'period-current' : null].filter(Boolean).join(' ')}>
      <div className="period-head">
        <h3>{periodLabel(period, t)}</h3>
        <Badge tone={period.current ? 'neutral' : 'muted'}>{t(`participantStatus.${period.status}`)}</Badge>
      </div>
      <dl className="facts period-facts">
        {facts.map(([label, value]) => (
          <div key={label} className="fact">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {referrals.map((referral) => (
        <details key={referral.id} className="period-referral">
          <summary>{t('case.periods.referral')}</summary>
          <ReferralDetails referral={referral} headingLevel={4} />
        </details>
      ))}
    </li>
  );
}

/** "Perioder": every referral of the person became a period; earlier ones are read-only history. */
export function PeriodsPanel({ participant }: { participant: ParticipantDetail }) {
  const { t } = useT();
  return (
    <section aria-labelledby="periods-heading" className="panel">
      <h2 id="periods-heading">{t('case.periods.title')}</h2>
      <p className="muted small">{t('case.periods.lead')}</p>
      <ol className="period-list">
        {participant.periods.map((period) => (
          <PeriodCard key={period.id} period={period} participant={participant} />
        ))}
      </ol>
    </section>
  );
}
