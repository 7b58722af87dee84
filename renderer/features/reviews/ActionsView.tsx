import { useState } from 'react';
import type { SessionUser } from '../../../main/api/contract';
import { useApiQuery } from '../../api/query';
import { QueryState } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { useT } from '../../i18n/useT';
import { ActionItem } from './ActionItem';
import { type ActionScope, ActionScopeTabs } from './ActionScopeTabs';
import { canWrite } from './roles';

/** Mine, my organisation's and the overdue actions, each with its follow-up. */
export function ActionsView({ user }: { user: SessionUser }) {
  const { t } = useT();
  const [scope, setScope] = useState<ActionScope>('mine');
  const [notice, setNotice] = useState<string | undefined>();
  const actions = useApiQuery('actions.list', { scope, participantId: null });
  return (
    <>
      <ActionScopeTabs current={scope} onSelect={setScope}>
        <StatusMessage message={notice} />
        <QueryState query={actions}>
          {(list) =>
            list.length === 0 ? (
              <p className="rv-empty">{t(`reviews.actions.empty.${scope}`)}</p>
            ) : (
              <ul className="rv-action-list">
                {list.map((action) => (
                  <ActionItem
                    key={action.id}
                    action={action}
                    meetingId={null}
                    editable={canWrite(user)}
                    showParticipant
                    onReviewed={(updated) => setNotice(t('reviews.actions.reviewed', { what: updated.what }))}
                  />
                ))}
              </ul>
            )
          }
        </QueryState>
      </ActionScopeTabs>
    </>
  );
}
