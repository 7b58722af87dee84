import { useId, useState } from 'react';
import type { OrganisationDto } from '../../../main/api/contract';
import { call } from '../../api/call';
import { useRefreshAll } from '../../api/query';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';
import type { Outcome } from './OrganisationsTab';
import { RenameOrganisationDialog } from './RenameOrganisationDialog';

interface Props {
  organisation: OrganisationDto;
  onOutcome: (outcome: Outcome) => void;
}

export function OrganisationRow({ organisation: org, onOutcome }: Props) {
  const { t, formatNumber } = useT();
  const refreshAll = useRefreshAll();
  const nameId = useId();
  const [busy, setBusy] = useState(false);

  const toggle = async () => {
    setBusy(true);
    const result = await call('organisations.update', { id: org.id, name: org.name, active: !org.active });
    setBusy(false);
    if (!result.ok) return onOutcome({ error: result.error.message });
    onOutcome({
      notice: t(result.value.active ? 'admin.orgs.activated' : 'admin.orgs.deactivated', { name: org.name }),
    });
    await refreshAll();
  };

  return (
    <tr className={org.active ? undefined : 'row-inactive'}>
      <td className="code">{org.code}</td>
      <th scope="row" id={nameId}>
        {org.name}
      </th>
      <td className="numeric">{formatNumber(org.activeUserCount)}</td>
      <td>
        {org.active ? (
          <Badge>{t('status.active')}</Badge>
        ) : (
          <Badge tone="muted">{t('status.inactive')}</Badge>
        )}
      </td>
      <td>
        <div className="row-actions">
          <RenameOrganisationDialog
            organisation={org}
            describedBy={nameId}
            onDone={(notice) => onOutcome({ notice })}
          />
          <Button
            variant="link"
            className={org.active ? 'link-danger' : undefined}
            aria-describedby={nameId}
            busy={busy}
            onClick={() => void toggle()}
          >
            {org.active ? t('admin.orgs.deactivate') : t('admin.orgs.activate')}
          </Button>
        </div>
      </td>
    </tr>
  );
}
