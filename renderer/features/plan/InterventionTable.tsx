import type { InterventionDto, InterventionTypeDto } from '../../../main/api/plan-mapping-types';
import { useT } from '../../i18n/useT';
import { InterventionRow } from './InterventionRow';

interface Props {
  participantId: number;
  interventions: InterventionDto[];
  types: InterventionTypeDto[];
  typeLabel: (code: string) => string;
  canWrite: boolean;
}

/** The interventions as a table: the same facts as the timeline, in words. */
export function InterventionTable({ participantId, interventions, types, typeLabel, canWrite }: Props) {
  const { t } = useT();
  return (
    <div className="table-wrap">
      <table className="table table-compact plan-intervention-table">
        <caption className="visually-hidden">{t('plan.intervention.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plan.intervention.type')}</th>
            <th scope="col">{t('plan.intervention.provider')}</th>
            <th scope="col">{t('plan.intervention.responsible')}</th>
            <th scope="col">{t('plan.intervention.periodColumn')}</th>
            <th scope="col">{t('plan.intervention.status')}</th>
            <th scope="col">{t('plan.intervention.note')}</th>
            {canWrite ? <th scope="col">{t('common.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {interventions.map((item) => (
            <InterventionRow
              key={item.id}
              participantId={participantId}
              intervention={item}
              types={types}
              typeLabel={typeLabel}
              canWrite={canWrite}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
