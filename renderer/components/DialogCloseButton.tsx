import * as Dialog from '@radix-ui/react-dialog';
import { useT } from '../i18n/useT';
import { Button } from './Button';

/** "Stäng" for a dialog that only shows something (nothing to cancel). */
export function DialogCloseButton() {
  const { t } = useT();
  return (
    <Dialog.Close asChild>
      <Button variant="primary">{t('common.close')}</Button>
    </Dialog.Close>
  );
}
