import type { ParticipantDetail } from '../../../main/api/participant-types';
import { useT } from '../../i18n/useT';
import { ActivityHistory } from './ActivityHistory';
import { AddEntryForm } from './AddEntryForm';
import { EntryItem } from './EntryItem';

/**
 * The contact log and the progress steps, newest first, with forms to add to both; each
 * author may correct or remove their own entries, and the earlier versions stay in the history.
 */
export function ActivityTab({
  participant: p,
  canWrite,
  userId,
}: {
  participant: ParticipantDetail;
  canWrite: boolean;
  userId: number;
}) {
  const { t } = useT();
  return (
    <div className="activity">
      {p.inactive ? (
        <p className="alert alert-warning">{t('case.inactiveWarning', { weeks: p.inactivityWeeks })}</p>
      ) : null}
      {canWrite ? (
        <div className="activity-forms">
          <AddEntryForm participant={p} entry="contact" />
          <AddEntryForm participant={p} entry="progress" />
        </div>
      ) : null}
      <div className="activity-lists">
        <section aria-labelledby="contacts-heading" className="panel">
          <h2 id="contacts-heading">{t('case.activity.contacts', { count: p.contacts.length })}</h2>
          {p.contacts.length === 0 ? <p className="muted">{t('case.activity.noContacts')}</p> : null}
          <ul className="entry-list">
            {p.contacts.map((contact) => (
              <EntryItem
                key={contact.id}
                entry={{ kind: 'contact', value: contact }}
                mine={canWrite && contact.authorUserId === userId}
              />
            ))}
          </ul>
        </section>
        <section aria-labelledby="progress-heading" className="panel">
          <h2 id="progress-heading">{t('case.activity.progress', { count: p.progress.length })}</h2>
          {p.progress.length === 0 ? <p className="muted">{t('case.activity.noProgress')}</p> : null}
          <ul className="entry-list">
            {p.progress.map((step) => (
              <EntryItem
                key={step.id}
                entry={{ kind: 'progress', value: step }}
                mine={canWrite && step.authorUserId === userId}
              />
            ))}
          </ul>
        </section>
      </div>
      <ActivityHistory history={p.activityHistory} />
    </div>
  );
}
