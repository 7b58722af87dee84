import type { UseFieldArrayReturn } from 'react-hook-form';
import { Button } from '../../components/Button';
import { FocusHeading } from '../../components/FocusHeading';
import { FormAlert } from '../../components/FormAlert';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n/useT';
import type { SetupFormApi, SetupFormValues } from './setup-form';

interface Props {
  form: SetupFormApi;
  array: UseFieldArrayReturn<SetupFormValues, 'organisations'>;
}

export function OrganisationsStep({ form, array }: Props) {
  const { t } = useT();
  const { errors } = form.formState;
  const listError = errors.organisations?.root?.message ?? errors.organisations?.message;
  return (
    <section className="setup-step">
      <FocusHeading level={2} focusKey="organisations">
        {t('setup.step2.title')}
      </FocusHeading>
      <p>{t('setup.step2.help')}</p>
      <FormAlert message={listError} />
      <ul className="org-rows">
        {array.fields.map((field, index) => (
          <li key={field.id}>
            <fieldset className="org-row">
              <legend className="visually-hidden">{t('setup.organisationN', { n: index + 1 })}</legend>
              <TextField
                className="org-code"
                inputClassName="input-code"
                label={t('field.code')}
                registration={form.register(`organisations.${index}.code`)}
                error={errors.organisations?.[index]?.code?.message}
              />
              <TextField
                className="org-name"
                label={t('field.name')}
                registration={form.register(`organisations.${index}.name`)}
                error={errors.organisations?.[index]?.name?.message}
              />
              <Button
                variant="link"
                className="org-remove"
                onClick={() => array.remove(index)}
                disabled={array.fields.length <= 1}
                aria-label={t('setup.removeOrganisationN', { n: index + 1 })}
              >
                {t('common.remove')}
              </Button>
            </fieldset>
          </li>
        ))}
      </ul>
      <Button onClick={() => array.append({ code: '', name: '' })}>{t('setup.addOrganisation')}</Button>
    </section>
  );
}
