import { useApiQuery } from '../../api/query';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/useT';
import { InterventionTypesForm } from '../plan/intervention-types/InterventionTypesForm';
import '../../styles/plan.css';

/** The admin's list of intervention types (insatstyper) offered in the action plan. */
export function InterventionTypesTab() {
  const { t } = useT();
  const types = useApiQuery('interventionTypes.list', {});
  return (
    <>
      <h2>{t('plan.types.title')}</h2>
      <p className="lead">{t('plan.types.lead')}</p>
      <QueryState query={types}>{(list) => <InterventionTypesForm types={list} />}</QueryState>
    </>
  );
}
