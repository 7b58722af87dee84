import type { UseFormRegisterReturn } from 'react-hook-form';
import type { TeamMember } from '../../../main/api/participant-types';
import { useT } from '../../i18n/useT';

interface Props {
  members: TeamMember[];
  registration: UseFormRegisterReturn;
  error?: string | undefined;
}

/** Who is invited: every team member, with their organisation (consent is checked per org). */
export function AttendeeFields({ members, registration, error }: Props) {
  const { t } = useT();
  return (
    <fieldset className="rv-fieldset">
      <legend className="field-label">{t('reviews.field.attendees')}</legend>
      <p className="field-hint">{t('reviews.field.attendeesHint')}</p>
      <ul className="rv-check-list">
        {members.map((member) => (
          <li key={member.id}>
            <label className="rv-check">
              <input type="checkbox" {...registration} value={String(member.id)} />
              <span>
                {member.name} <span className="muted">({member.organisationName})</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      {error ? <p className="field-error">{error}</p> : null}
    </fieldset>
  );
}
