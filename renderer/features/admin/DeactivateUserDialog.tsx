import { useState } from 'react';
import type { UserDto } from '../../../main/api/contract';
import { call } from '../../api/call';
import { useRefreshAll } from '../../api/query';
import { Button } from '../../components/Button';
import { DialogCancel } from '../../components/DialogCancel';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n/useT';

interface Props {
  user: UserDto;
  describedBy: string;
  onDone: (message: string) => void;
}

export function DeactivateUserDialog({ user, describedBy, onDone }: Props) {
  const { t } = useT();
  const refreshAll = useRefreshAll();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const confirm = async () => {
    setBusy(true);
    const result = await call('users.deactivate', { userId: user.id });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setOpen(false);
    onDone(t('admin.users.deactivated', { name: user.name }));
    await refreshAll();
  };

  return (
    <Modal
      open={open}
      onOpenChange={(next) => {
        if (next) setError(undefined);
        setOpen(next);
      }}
      trigger={
        <Button variant="link" className="link-danger" aria-describedby={describedBy}>
          {t('admin.users.deactivate')}
        </Button>
      }
      title={t('admin.users.deactivateTitle', { name: user.name })}
      description={t('admin.users.deactivateHelp', { name: user.name })}
    >
      <FormAlert message={error} />
      <div className="form-actions">
        <DialogCancel />
        <Button variant="danger" busy={busy} onClick={() => void confirm()}>
          {t('admin.users.deactivate')}
        </Button>
      </div>
    </Modal>
  );
}
