import { type Ref, useId } from 'react';
import type { LoginUser } from '../../../main/api/contract';
import { useT } from '../../i18n/useT';

interface Props {
  users: LoginUser[];
  /** The chosen user's id as a string, or '' when nobody is chosen. */
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  ref?: Ref<HTMLFieldSetElement>;
}

/** "Who are you?": one radio button per user, with their organisation. */
export function LoginUserChoice({ users, value, onChange, error, ref }: Props) {
  const { t } = useT();
  const errorId = useId();
  const baseId = useId();
  return (
    <fieldset
      ref={ref}
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
              name="userId"
              value={String(user.id)}
              checked={value === String(user.id)}
              onChange={(event) => onChange(event.target.value)}
              aria-invalid={error ? true : undefined}
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
