import { useId } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { LoginUser } from '../../../main/api/contract';
import { useT } from '../../i18n/useT';

interface Props {
  users: LoginUser[];
  form: UseFormReturn<{ userId: string; password: string }, unknown, { userId: number; password: string }>;
  error: string | undefined;
}

/** "Who are you?": one radio button per user, with their organisation. */
export function LoginUserChoice({ users, form, error }: Props) {
  const { t } = useT();
  const errorId = useId();
  const baseId = useId();
  return (
    <fieldset
      className={error ? 'user-choice field-invalid' : 'user-choice'}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="field-label">{t('login.chooseName')}</legend>
      {users.length === 0 ? <p>{t('login.noUsers')}</p> : null}
      <ul className="user-choice-list">
        {users.map((user) => (
          <li key={user.id}>
            <input
              id={`${baseId}-${user.id}`}
              type="radio"
              value={String(user.id)}
              aria-invalid={error ? true : undefined}
              {...form.register('userId')}
            />
            <label htmlFor={`${baseId}-${user.id}`}>
              <span className="user-choice-name">{user.name}</span>
              <span className="user-choice-org">{user.organisationName}</span>
            </label>
          </li>
        ))}
      </ul>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
