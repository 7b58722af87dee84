import * as Dialog from '@radix-ui/react-dialog';
import { useT } from '../i18n/useT';
import { Button } from './Button';

export function DialogCancel() {
  const { t } = useT();
  return (
    <Dialog.Close asChild>
      <Button variant="secondary">{t('common.cancel')}</Button>
    </Dialog.Close>
  );
}
