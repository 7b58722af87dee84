import { useApiQuery } from '../../api/query';
import { Button } from '../../components/Button';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/useT';
import { AuditTable } from './AuditTable';

const AUDIT_LIMIT = 100;

export function AuditTab() {
  const { t } = useT();
  const audit = useApiQuery('audit.list', { limit: AUDIT_LIMIT });
  return (
    <>
      <div className="section-header">
        <h2>{t('admin.audit.title')}</h2>
        <Button onClick={() => void audit.refetch()} busy={audit.isFetching && audit.data !== undefined}>
          {t('common.refresh')}
        </Button>
      </div>
      <p className="muted">{t('admin.audit.help', { limit: AUDIT_LIMIT })}</p>
      <QueryState query={audit}>{(entries) => <AuditTable entries={entries} />}</QueryState>
    </>
  );
}
