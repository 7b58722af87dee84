import type { InterventionStatus } from '../../../main/api/plan-mapping-types';
import { useT } from '../../i18n/useT';

export function InterventionStatusTag({ status }: { status: InterventionStatus }) {
  const { t } = useT();
  return (
    <span className={`plan-tag plan-tag-intervention plan-status-${status}`}>
      {t(`plan.interventionStatus.${status}`)}
    </span>
  );
}
