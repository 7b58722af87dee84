import { useState } from 'react';
import { useApiQuery } from '../../api/query';
import { Button } from '../../components/Button';
import { QueryState } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { useT } from '../../i18n/useT';
import '../../styles/reviews.css';
import { ActionForm } from './ActionForm';
import { ActionItem } from './ActionItem';
import { useCoveredOrganisations } from '../plan/useCoveredOrganisations';

/**
 * The actions of one case, open ones first with their follow-up, then the closed ones with
 * their outcome (for the participant page, which decides whether they may be changed).
 */
export function ParticipantActions({
  participantId,
  editable,
}: {
  participantId: number;
  editable: boolean;
}) {
  const { t } = useT();
  const actions = useApiQuery('actions.list', { scope: 'participant', participantId });
  const [notice, setNotice] = useState<string | undefined>();
  const [adding, setAdding] = useState(false);
  const covered = useCoveredOrganisations(participantId);
  return (
    <section className="rv-participant-actions" aria-labelledby="rv-participant-actions-heading">
      <h2 id="rv-participant-actions-heading">{t('reviews.actions.ofCase')}</h2>
      <StatusMessage message={notice} />
      {editable ? (
        adding ? (
          <ActionForm
            itemId={null}
            participantId={participantId}
            covered={covered}
            onSaved={() => setAdding(false)}
          />
        ) : (
          <Button onClick={() => setAdding(true)}>{t('reviews.actions.new')}</Button>
        )
      ) : null}
      <QueryState query={actions}>
        {(list) => {
          const open = list.filter((a) => a.status === 'open');
          const closed = list.filter((a) => a.status !== 'open');
          return (
            <>
              <h3>{t('reviews.actions.openTitle', { count: open.length })}</h3>
              {open.length === 0 ? (
                <p className="rv-empty">{t('reviews.actions.noneOpen')}</p>
              ) : (
                <ul className="rv-action-list">
                  {open.map((action) => (
                    <ActionItem
                      key={action.id}
                      action={action}
                      meetingId={null}
                      editable={editable}
                      onReviewed={(updated) =>
                        setNotice(t('reviews.actions.reviewed', { what: updated.what }))
                      }
                    />
                  ))}
                </ul>
              )}
              {closed.length > 0 ? (
                <>
                  <h3>{t('reviews.actions.closedTitle', { count: closed.length })}</h3>
                  <ul className="rv-action-list">
                    {closed.map((action) => (
                      <ActionItem key={action.id} action={action} meetingId={null} editable={false} />
                    ))}
                  </ul>
                </>
              ) : null}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
