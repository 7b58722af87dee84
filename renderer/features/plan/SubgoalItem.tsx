import { useId } from 'react';
import type { SubgoalDto } from '../../../main/api/plan-mapping-types';
import { useShortDate } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';
import { SubgoalDialog } from './SubgoalDialog';
import { SubgoalStatusTag } from './SubgoalStatusTag';

interface Props {
  participantId: number;
  subgoal: SubgoalDto;
  canWrite: boolean;
}

/** One sub-goal: the text, its status and target date. */
export function SubgoalItem({ participantId, subgoal, canWrite }: Props) {
  const { t } = useT();
  const shortDate = useShortDate();
  const textId = useId();
  return (
    <li className={`plan-subgoal plan-subgoal-${subgoal.status}`}>
      <p id={textId} className="plan-subgoal-text prewrap">
        {subgoal.text}
      </p>
      <p className="plan-subgoal-meta">
        <SubgoalStatusTag status={subgoal.status} />
        <span>
          {t('plan.subgoal.targetOn')} <time dateTime={subgoal.targetOn}>{shortDate(subgoal.targetOn)}</time>
        </span>
        {canWrite ? (
          <SubgoalDialog participantId={participantId} subgoal={subgoal} describedBy={textId} />
        ) : null}
      </p>
    </li>
  );
}
