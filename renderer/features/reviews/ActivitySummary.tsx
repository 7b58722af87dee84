import type { ReactNode } from 'react';
import type { SummaryCardDto } from '../../../main/api/review-types';
import { useCodeLabel } from '../../api/code-lists';
import { useT } from '../../i18n/useT';
import { useDateFormats } from './format';

interface Props {
  card: SummaryCardDto;
  /** Presentation mode, not revealed: the texts are not rendered (dates and kinds still are). */
  hideText: boolean;
}

interface Entry {
  meta: string;
  text: string;
}

/**
 * The latest steps forward, contacts, events with a written reason and the decisions of earlier
 * meetings (passivity is the enemy: the dates show it). Their texts are free text about the
 * person, hidden on the projector until revealed for the item; dates and kinds stay.
 */
export function ActivitySummary({ card, hideText }: Props) {
  const { t } = useT();
  const dates = useDateFormats();
  const codeLabel = useCodeLabel();
  const list = (entries: Entry[]): ReactNode => (
    <ul className="rv-card-list">
      {entries.map((entry, index) => (
        <li key={`${entry.meta}-${index}`}>
          <span className="rv-card-meta">{entry.meta}</span>
          {hideText ? <span className="rv-hidden-text">{t('reviews.card.hidden')}</span> : entry.text}
        </li>
      ))}
    </ul>
  );
  const progress = card.latestProgress.map((step) => ({
    meta: `${dates.short(step.onDate)} · ${codeLabel('progress_areas', step.category)}`,
    text: step.text,
  }));
  const contacts = card.latestContacts.map((contact) => ({
    meta: `${dates.short(contact.onDate)} · ${codeLabel('contact_kinds', contact.kind)}`,
    text: contact.text,
  }));
  const events = card.latestEvents.map((event) => ({
    meta: `${dates.short(event.onDate)} · ${t(`eventKind.${event.kind}`)}`,
    text: event.reason,
  }));
  const decisions = card.earlierDecisions.map((decision) => ({
    meta: t('reviews.card.decisionMeeting', { date: dates.short(decision.meetingDate) }),
    text: decision.text,
  }));
  return (
    <section className="rv-card" aria-labelledby="rv-card-activity">
      <h3 id="rv-card-activity">{t('reviews.card.activity')}</h3>
      <h4>{t('reviews.card.progress')}</h4>
      {progress.length === 0 ? <p className="rv-empty">{t('reviews.card.noProgress')}</p> : list(progress)}
      <h4>{t('reviews.card.contacts')}</h4>
      {contacts.length === 0 ? <p className="rv-empty">{t('reviews.card.noContacts')}</p> : list(contacts)}
      {events.length > 0 ? (
        <>
          <h4>{t('reviews.card.events')}</h4>
          {list(events)}
        </>
      ) : null}
      {decisions.length > 0 ? (
        <>
          <h4>{t('reviews.card.earlierDecisions')}</h4>
          {list(decisions)}
        </>
      ) : null}
    </section>
  );
}
