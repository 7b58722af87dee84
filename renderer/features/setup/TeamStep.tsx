import { isLanguage, languages } from '../../../main/api/i18n';
import { CheckboxField } from '../../components/CheckboxField';
import { FocusHeading } from '../../components/FocusHeading';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n/useT';
import type { SetupFormApi } from './setup-form';

export function TeamStep({ form }: { form: SetupFormApi }) {
  const { t, chooseLanguage } = useT();
  const { errors } = form.formState;
  return (
    <section className="setup-step">
      <FocusHeading level={2} focusKey="team">
        {t('setup.step1.title')}
      </FocusHeading>
      <p>{t('setup.step1.help')}</p>
      <TextField
        label={t('field.teamName')}
        registration={form.register('teamName')}
        error={errors.teamName?.message}
        hint={t('setup.teamNameHint')}
        autoComplete="organization"
      />
      <SelectField
        label={t('field.language')}
        hint={t('setup.languageHint')}
        registration={form.register('language', {
          onChange: (event: { target: { value: string } }) => {
            if (isLanguage(event.target.value)) chooseLanguage(event.target.value);
          },
        })}
        error={errors.language?.message}
      >
        {languages.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {t(`language.${lang}`)}
          </option>
        ))}
      </SelectField>
      <CheckboxField
        label={t('setup.demoData')}
        hint={t('setup.demoDataHint')}
        registration={form.register('demoData')}
      />
    </section>
  );
}
