import type { AuditEntryDto } from '../../../main/api/contract';
import { participantCode } from '../../../main/api/participant-types';
import { auditActions, auditEntities, isAuditAction, isAuditEntity } from '../../../main/api/audit-actions';
import { useT } from '../../i18n/useT';

/** Participants are named by their pseudonym in the log, never by an identifying detail. */
function entityLabel(entry: AuditEntryDto): string | null {
  if (entry.entityType === 'participant' && entry.entityId && /^\d+$/.test(entry.entityId)) {
    return participantCode(Number(entry.entityId));
  }
  return entry.entityName ?? entry.entityId;
}

export function AuditTable({ entries }: { entries: AuditEntryDto[] }) {
  const { t, formatDateTime, lang } = useT();
  // An unknown action (written by a newer version) shows its code rather than nothing.
  const actionLabel = (action: string) => (isAuditAction(action) ? auditActions[action][lang] : action);
  const entityName = (entity: string) => (isAuditEntity(entity) ? auditEntities[entity][lang] : entity);
  if (entries.length === 0) return <p>{t('admin.audit.empty')}</p>;
  return (
    <div className="table-wrap">
      <table className="table table-compact">
        <caption className="visually-hidden">{t('admin.audit.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.audit.time')}</th>
            <th scope="col">{t('admin.audit.user')}</th>
            <th scope="col">{t('admin.audit.action')}</th>
            <th scope="col">{t('admin.audit.entity')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className="nowrap">
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              </td>
              <td>{entry.userName ?? t('admin.audit.noUser')}</td>
              <td>{actionLabel(entry.action)}</td>
              <td>
                {entry.entityType
                  ? [entityName(entry.entityType), entityLabel(entry)].filter(Boolean).join(' ')
                  : t('common.none')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
