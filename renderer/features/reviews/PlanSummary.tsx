import type { SummaryCardDto } from '../../../main/api/review-types';
import { useT } from '../../i18n/useT';
import { useDateFormats } from './format';

/** The one shared plan: goal, parallel interventions and sub-goals. */
export function PlanSummary({ card }: { card: SummaryCardDto }) {
  const { t } = useT();
  const dates = useDateFormats();
  const empty = !card.goalText && card.interventions.length === 0 && card.subgoals.length === 0;
  return (
    <section className="rv-card" aria-labelledby="rv-card-plan">
      <h3 id="rv-card-plan">{t('reviews.card.plan')}</h3>
      {empty ? <p className="rv-empty">{t('reviews.card.noPlan')}</p> : null}
      {card.goalText ? <p className="rv-goal">{card.goalText}</p> : null}
      {card.interventions.length > 0 ? (
        <>
          <h4>{t('reviews.card.interventions')}</h4>
          <ul className="rv-card-list">
            {card.interventions.map((i) => (
              <li key={i.id}>
                <strong>{i.typeLabel}</strong> · {i.providerName}
                <span className="rv-card-meta">
                  {dates.short(i.startOn)}–{i.endOn ? dates.short(i.endOn) : ''} ·{' '}
                  {t(`reviews.interventionStatus.${i.status}`)}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {card.subgoals.length > 0 ? (
        <>
          <h4>{t('reviews.card.subgoals')}</h4>
          <ul className="rv-card-list">
            {card.subgoals.map((s) => (
              <li key={s.id}>
                {s.text}
                <span className="rv-card-meta">
                  {dates.short(s.targetOn)} · {t(`reviews.subgoalStatus.${s.status}`)}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
