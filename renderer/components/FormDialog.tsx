import type { FormEventHandler, ReactElement, ReactNode } from 'react';
import { Button } from './Button';
import { DialogCancel } from './DialogCancel';
import { FormAlert } from './FormAlert';
import { Modal } from './Modal';

interface Props {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  trigger: ReactElement;
  title: string;
  description?: ReactNode;
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitLabel: string;
  submitVariant?: 'primary' | 'danger';
  busy: boolean;
  /** The form-level error (a backend error without a field). */
  error: string | undefined;
  children: ReactNode;
}

/** A dialog holding one form: its fields, the form-level error, Cancel and the submit button. */
export function FormDialog({
  open,
  onOpenChange,
  trigger,
  title,
  description,
  onSubmit,
  submitLabel,
  submitVariant = 'primary',
  busy,
  error,
  children,
}: Props) {
  return (
    <Modal open={open} onOpenChange={onOpenChange} trigger={trigger} title={title} description={description}>
      <form onSubmit={onSubmit} noValidate className="stack">
        {children}
        <FormAlert message={error} />
        <div className="form-actions">
          <DialogCancel />
          <Button type="submit" variant={submitVariant} busy={busy}>
            {submitLabel}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
