import { useId } from 'react';
import type { InterventionDto, InterventionTypeDto } from '../../../main/api/plan-mapping-types';
import { useShortDate } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';
import { InterventionDialog } from './InterventionDialog';
import { InterventionStatusTag } from './InterventionStatusTag';

interface Props {
  participantId: number;
  intervention: InterventionDto;
  types: InterventionTypeDto[];
  typeLabel: (code: string) => string;
  canWrite: boolean;
}

export function InterventionRow({ participantId, intervention: item, types, typeLabel, canWrite }: Props) {
  const { t } = useT();
  const shortDate = useShortDate();
  const nameId = useId();
  const responsible = item.responsibleUser
    ? item.responsibleUser.name
    : item.responsibleName
      ? t('plan.outsideTeam', { name: item.responsibleName })
      : t('plan.intervention.noResponsible');
  return (
    <tr data-intervention={item.id}>
      <th scope="row" id={nameId}>
        {typeLabel(item.typeCode)}
      </th>
      <td>{item.providerOrganisation.name}</td>
      <td>{responsible}</td>
      <td>
        <time className="nowrap" dateTime={item.startOn}>
          {shortDate(item.startOn)}
        </time>{' '}
        –{' '}
        {item.endOn ? (
          <time className="nowrap" dateTime={item.endOn}>
            {shortDate(item.endOn)}
          </time>
        ) : (
          t('plan.untilFurther')
        )}
      </td>
      <td>
        <InterventionStatusTag status={item.status} />
      </td>
      <td className="prewrap plan-note">{item.note ?? ''}</td>
      {canWrite ? (
        <td>
          <InterventionDialog
            participantId={participantId}
            types={types}
            intervention={item}
            describedBy={nameId}
          />
        </td>
      ) : null}
    </tr>
  );
}
