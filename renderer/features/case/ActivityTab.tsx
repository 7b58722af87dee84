import type { ParticipantDetail } from '../../../main/api/participant-types';
import { useCodeLabel } from '../../api/code-lists';
import { useShortDate } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';
import { AddEntryForm } from './AddEntryForm';

/** The contact log and the progress steps, newest first, with forms to add to both. */
export function ActivityTab({
  participant: p,
  canWrite,
}: {
  participant: ParticipantDetail;
  canWrite: boolean;
}) {
  const { t } = useT();
  const shortDate = useShortDate();
  const codeLabel = useCodeLabel();
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
              <li key={contact.id}>
                <p className="entry-head">
                  <time dateTime={contact.onDate}>{shortDate(contact.onDate)}</time>
                  <strong>{codeLabel('contact_kinds', contact.kind)}</strong>
                  <span className="muted">
                    {contact.authorName}, {contact.authorOrganisationName}
                  </span>
                </p>
                <p className="prewrap">{contact.text}</p>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="progress-heading" className="panel">
          <h2 id="progress-heading">{t('case.activity.progress', { count: p.progress.length })}</h2>
          {p.progress.length === 0 ? <p className="muted">{t('case.activity.noProgress')}</p> : null}
          <ul className="entry-list">
            {p.progress.map((step) => (
              <li key={step.id}>
                <p className="entry-head">
                  <time dateTime={step.onDate}>{shortDate(step.onDate)}</time>
                  <strong>{codeLabel('progress_areas', step.category)}</strong>
                  <span className="muted">
                    {step.authorName}, {step.authorOrganisationName}
                  </span>
                </p>
                <p className="prewrap">{step.text}</p>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
