import type { SubgoalStatus } from '../../../main/api/plan-mapping-types';
import { useT } from '../../i18n/useT';

export function SubgoalStatusTag({ status }: { status: SubgoalStatus }) {
  const { t } = useT();
  return <span className={`plan-tag plan-tag-subgoal-${status}`}>{t(`plan.subgoalStatus.${status}`)}</span>;
}
