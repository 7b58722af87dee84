import type { UseFormRegisterReturn } from 'react-hook-form';
import type { TeamMember } from '../../../main/api/participant-types';
import { RadioGroupField } from '../../components/RadioGroupField';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n/useT';
import type { ResponsibleKind } from './intervention-form';

interface Props {
  kind: ResponsibleKind;
  members: TeamMember[];
  register: (name: 'responsibleKind' | 'responsibleUserId' | 'responsibleName') => UseFormRegisterReturn;
  errors: { responsibleUserId?: string | undefined; responsibleName?: string | undefined };
}

const kinds: readonly ResponsibleKind[] = ['team', 'other', 'none'];

/** The responsible person: a team member, a named person outside the team, or not decided yet. */
export function ResponsibleFields({ kind, members, register, errors }: Props) {
  const { t } = useT();
  return (
    <div className="plan-responsible">
      <RadioGroupField
        legend={t('plan.intervention.responsible')}
        options={kinds.map((value) => ({ value, label: t(`plan.intervention.responsibleKind.${value}`) }))}
        registration={register('responsibleKind')}
        className="plan-radio-inline"
      />
      {kind === 'team' ? (
        <SelectField
          label={t('plan.intervention.responsibleUser')}
          registration={register('responsibleUserId')}
          error={errors.responsibleUserId}
        >
          <option value="">{t('common.choose')}</option>
          {members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.organisationName
                ? t('plan.memberOption', { name: member.name, organisation: member.organisationName })
                : member.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      {kind === 'other' ? (
        <TextField
          label={t('plan.intervention.responsibleName')}
          hint={t('plan.intervention.responsibleNameHint')}
          registration={register('responsibleName')}
          error={errors.responsibleName}
        />
      ) : null}
    </div>
  );
}
