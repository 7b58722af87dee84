import type { PlanHistoryEntry } from '../../../main/api/plan-mapping-types';
import { useT } from '../../i18n/useT';
import { type HistoryLookups, formatHistoryValue, historyChanges } from './history-format';

/** What the entry is about: the goal, a named sub-goal or intervention, a meeting on a day. */
function subjectOf(entry: PlanHistoryEntry, look: HistoryLookups): string {
  const { t } = look;
  const after = entry.after;
  switch (entry.entity) {
    case 'goal':
      return t('plan.history.subject.goal');
    case 'subgoal':
      return t('plan.history.subject.subgoal', {
        text: formatHistoryValue('subgoal', 'text', after.text, look),
      });
    case 'intervention':
      return t('plan.history.subject.intervention', {
        type: formatHistoryValue('intervention', 'typeCode', after.typeCode, look),
        provider: formatHistoryValue(
          'intervention',
          'providerOrganisationId',
          after.providerOrganisationId,
          look,
        ),
      });
    case 'sip':
      return t('plan.history.subject.sip', { date: formatHistoryValue('sip', 'heldOn', after.heldOn, look) });
  }
}

/**
 * One change of the plan: the day it took effect (older entries: when it was recorded), who,
 * what, and each changed field as before → after.
 */
export function HistoryEntryItem({ entry, look }: { entry: PlanHistoryEntry; look: HistoryLookups }) {
  const { t, formatDateTime } = useT();
  const changes = historyChanges(entry, look);
  return (
    <li className="plan-history-entry">
      <p className="plan-history-head">
        {entry.onDate ? (
          <>
            <time dateTime={entry.onDate}>{look.shortDate(entry.onDate)}</time>
            <span>
              <strong>{entry.userName}</strong> {t(`plan.history.action.${entry.entity}.${entry.change}`)}
            </span>
            <span className="muted small">
              {t('plan.history.recordedAt', { when: formatDateTime(entry.at) })}
            </span>
          </>
        ) : (
          <>
            <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
            <span>
              <strong>{entry.userName}</strong> {t(`plan.history.action.${entry.entity}.${entry.change}`)}
            </span>
          </>
        )}
      </p>
      <p className="plan-history-subject">{subjectOf(entry, look)}</p>
      {changes.length === 0 ? (
        <p className="muted small">{t('plan.history.noChanges')}</p>
      ) : (
        <dl className="plan-history-changes">
          {changes.map((change) => (
            <div key={change.field}>
              <dt>{change.label}</dt>
              <dd className="prewrap">
                {change.before === null ? (
                  change.after
                ) : (
                  <>
                    <span className="plan-history-before">{change.before}</span>
                    <span aria-hidden="true"> → </span>
                    <span className="visually-hidden"> {t('plan.history.changedTo')} </span>
                    <span className="plan-history-after">{change.after}</span>
                  </>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}
