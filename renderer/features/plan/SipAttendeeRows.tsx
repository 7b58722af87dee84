import { useFieldArray, useWatch } from 'react-hook-form';
import type { OrganisationDto } from '../../../main/api/contract';
import { sipAttendeeRoles } from '../../../main/api/schema-enums';
import { Button } from '../../components/Button';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n/useT';
import { type SipForm, blankAttendee } from './sip-form';

interface Props {
  form: SipForm;
  organisations: OrganisationDto[];
  /** Organisations covered by a consent valid today (the backend checks the meeting day). */
  covered: ReadonlySet<number>;
}

/**
 * The people at the meeting: a name and who they are per row — staff of an organisation, the
 * participant, a relative, an interpreter or someone else (only staff have an organisation);
 * rows can be added and removed.
 */
export function SipAttendeeRows({ form, organisations, covered }: Props) {
  const { t } = useT();
  const array = useFieldArray({ control: form.control, name: 'attendees' });
  const roles = useWatch({ control: form.control, name: 'attendees' }).map((attendee) => attendee.role);
  const { errors } = form.formState;
  const listError = errors.attendees?.root?.message ?? errors.attendees?.message;
  const coveredNames = organisations.filter((org) => covered.has(org.id)).map((org) => org.name);
  return (
    <fieldset className="form-section plan-sip-group">
      <legend>{t('plan.sip.attendees')}</legend>
      <p className="field-hint">
        {coveredNames.length > 0
          ? t('plan.sip.coveredHint', { list: coveredNames.join(', ') })
          : t('plan.sip.noConsentHint')}
      </p>
      {listError ? (
        <p className="field-error" role="alert">
          {listError}
        </p>
      ) : null}
      <ol className="plan-rows">
        {array.fields.map((field, index) => (
          <li key={field.id}>
            <fieldset className="plan-row plan-attendee-row">
              <legend className="visually-hidden">{t('plan.sip.attendeeN', { n: index + 1 })}</legend>
              <TextField
                label={t('plan.sip.attendeeName')}
                registration={form.register(`attendees.${index}.name`)}
                error={errors.attendees?.[index]?.name?.message}
              />
              <SelectField
                label={t('plan.sip.attendeeRole')}
                registration={form.register(`attendees.${index}.role`)}
                error={errors.attendees?.[index]?.role?.message}
              >
                {sipAttendeeRoles.map((role) => (
                  <option key={role} value={role}>
                    {t(`sipRole.${role}`)}
                  </option>
                ))}
              </SelectField>
              {(roles[index] ?? 'staff') === 'staff' ? (
                <SelectField
                  className="plan-attendee-organisation"
                  label={t('plan.sip.attendeeOrganisation')}
                  registration={form.register(`attendees.${index}.organisationId`)}
                  error={errors.attendees?.[index]?.organisationId?.message}
                >
                  <option value="">{t('common.choose')}</option>
                  {organisations.map((org) => (
                    <option key={org.id} value={org.id}>
                      {covered.has(org.id) ? org.name : t('plan.sip.notCoveredOption', { name: org.name })}
                    </option>
                  ))}
                </SelectField>
              ) : null}
              <Button
                variant="link"
                className="link-danger plan-row-remove"
                onClick={() => array.remove(index)}
                disabled={array.fields.length <= 1}
                aria-label={t('plan.sip.removeAttendeeN', { n: index + 1 })}
              >
                {t('common.remove')}
              </Button>
            </fieldset>
          </li>
        ))}
      </ol>
      <Button onClick={() => array.append(blankAttendee())} disabled={array.fields.length >= 30}>
        {t('plan.sip.addAttendee')}
      </Button>
    </fieldset>
  );
}
