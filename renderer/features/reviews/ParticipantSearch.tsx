import { useEffect, useId, useState } from 'react';
import type { MeetingDto } from '../../../main/api/review-types';
import { useApiQuery } from '../../api/query';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/useT';

interface Props {
  meeting: MeetingDto;
  onAdd: (participantId: number, label: string) => Promise<boolean>;
}

const MIN_LENGTH = 2;

/** Any participant the user may read, found by name or code through the server's search. */
export function ParticipantSearch({ meeting, onAdd }: Props) {
  const { t } = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [term, setTerm] = useState('');
  const [busyId, setBusyId] = useState<number | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setTerm(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const results = useApiQuery(
    'participants.list',
    {
      search: term,
      statuses: [],
      organisationId: null,
      responsibleUserId: null,
      sort: 'name',
      direction: 'asc',
      offset: 0,
      limit: 8,
    },
    { enabled: term.length >= MIN_LENGTH },
  );
  const onAgenda = new Set(meeting.items.flatMap((item) => (item.participant ? [item.participant.id] : [])));
  const add = async (participantId: number, label: string) => {
    setBusyId(participantId);
    await onAdd(participantId, label);
    setBusyId(null);
  };
  return (
    <section className="rv-subsection" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('reviews.search.title')}</h3>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-input`}>
          {t('reviews.search.label')}
        </label>
        <p className="field-hint" id={`${id}-hint`}>
          {t('reviews.search.hint')}
        </p>
        <input
          id={`${id}-input`}
          type="search"
          className="input"
          value={text}
          autoComplete="off"
          aria-describedby={`${id}-hint`}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      {term.length >= MIN_LENGTH ? (
        <QueryState query={results}>
          {(data) => {
            const rows = data.rows.filter((row) => row.access === 'full');
            return rows.length === 0 ? (
              <p className="rv-empty" role="status">
                {t('reviews.search.none')}
              </p>
            ) : (
              <ul className="rv-search-results" aria-label={t('reviews.search.results')}>
                {rows.map((row) => {
                  const label = row.name ?? t('participant.pseudonym', { code: row.code });
                  return (
                    <li key={row.id}>
                      <span>
                        {label} <span className="muted rv-small">{t(`participantStatus.${row.status}`)}</span>
                      </span>
                      {onAgenda.has(row.id) ? (
                        <Badge tone="muted">{t('reviews.suggestions.onAgenda')}</Badge>
                      ) : (
                        <Button
                          busy={busyId === row.id}
                          onClick={() => void add(row.id, label)}
                          aria-label={t('reviews.suggestions.addNamed', { name: label })}
                        >
                          {t('reviews.suggestions.add')}
                        </Button>
                      )}
                    </li>
                  );
                })}
              </ul>
            );
          }}
        </QueryState>
      ) : null}
    </section>
  );
}
