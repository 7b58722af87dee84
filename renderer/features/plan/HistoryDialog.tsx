import { useMemo, useState } from 'react';
import type { PlanDto } from '../../../main/api/plan-mapping-types';
import { useApiQuery } from '../../api/query';
import { Button } from '../../components/Button';
import { DialogCloseButton } from '../../components/DialogCloseButton';
import { Modal } from '../../components/Modal';
import { QueryState } from '../../components/QueryState';
import { useShortDate } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';
import type { HistoryLookups } from './history-format';
import { HistoryEntryItem } from './HistoryEntryItem';
import { useTypeLabel } from './useTypeLabel';

/** "Visa historik": every change of the plan, newest first, in words. Read only when opened. */
export function HistoryDialog({
  plan,
  periodId = null,
}: {
  plan: PlanDto;
  /** The period the plan belongs to; null: the current one. */
  periodId?: number | null;
}) {
  const { t } = useT();
  const shortDate = useShortDate();
  const typeLabel = useTypeLabel(plan.interventionTypes);
  const [open, setOpen] = useState(false);
  const participantId = plan.participantId;
  const history = useApiQuery(
    'plan.history',
    periodId === null ? { participantId } : { participantId, periodId },
    { enabled: open },
  );
  const organisations = useApiQuery('organisations.list', {}, { enabled: open });
  const members = useApiQuery('team.members', {}, { enabled: open });
  const look = useMemo<HistoryLookups>(
    () => ({
      t,
      shortDate,
      typeLabel,
      organisationName: (id) => organisations.data?.find((org) => org.id === id)?.name,
      memberName: (id) => members.data?.find((member) => member.id === id)?.name,
      interventionLabel: (id) => {
        const item = plan.interventions.find((candidate) => candidate.id === id);
        return item
          ? t('plan.sip.interventionOption', {
              type: typeLabel(item.typeCode),
              provider: item.providerOrganisation.name,
            })
          : undefined;
      },
    }),
    [t, shortDate, typeLabel, organisations.data, members.data, plan.interventions],
  );
  return (
    <Modal
      open={open}
      onOpenChange={setOpen}
      trigger={<Button>{t('plan.history.open')}</Button>}
      title={t('plan.history.title')}
      description={t('plan.history.description')}
    >
      <div className="plan-history">
        <QueryState query={history}>
          {(entries) =>
            entries.length === 0 ? (
              <p className="muted">{t('plan.history.none')}</p>
            ) : (
              <ol className="plan-history-list">
                {entries.map((entry) => (
                  <HistoryEntryItem key={entry.id} entry={entry} look={look} />
                ))}
              </ol>
            )
          }
        </QueryState>
      </div>
      <div className="form-actions">
        <DialogCloseButton />
      </div>
    </Modal>
  );
}
