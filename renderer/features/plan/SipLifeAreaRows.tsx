import { useFieldArray } from 'react-hook-form';
import { SIP_MAX_LIFE_AREAS } from '../../../main/api/plan-mapping-schemas';
import { Button } from '../../components/Button';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n/useT';
import { type SipForm, blankLifeArea } from './sip-form';

/** One to three life areas, each with who is responsible for what. A fourth cannot be added. */
export function SipLifeAreaRows({ form }: { form: SipForm }) {
  const { t } = useT();
  const array = useFieldArray({ control: form.control, name: 'lifeAreas' });
  const { errors } = form.formState;
  const listError = errors.lifeAreas?.root?.message ?? errors.lifeAreas?.message;
  const full = array.fields.length >= SIP_MAX_LIFE_AREAS;
  return (
    <fieldset className="form-section plan-sip-group">
      <legend>{t('plan.sip.lifeAreas')}</legend>
      <p className="field-hint">{t('plan.sip.lifeAreasHint', { max: SIP_MAX_LIFE_AREAS })}</p>
      {listError ? (
        <p className="field-error" role="alert">
          {listError}
        </p>
      ) : null}
      <ol className="plan-rows">
        {array.fields.map((field, index) => (
          <li key={field.id}>
            <fieldset className="plan-row plan-life-area-row">
              <legend className="plan-row-legend">{t('plan.sip.lifeAreaN', { n: index + 1 })}</legend>
              <TextField
                label={t('plan.sip.area')}
                hint={t('plan.sip.areaHint')}
                registration={form.register(`lifeAreas.${index}.area`)}
                error={errors.lifeAreas?.[index]?.area?.message}
              />
              <TextAreaField
                label={t('plan.sip.responsibilities')}
                hint={t('plan.sip.responsibilitiesHint')}
                registration={form.register(`lifeAreas.${index}.responsibilities`)}
                error={errors.lifeAreas?.[index]?.responsibilities?.message}
                rows={3}
              />
              <Button
                variant="link"
                className="link-danger plan-row-remove"
                onClick={() => array.remove(index)}
                disabled={array.fields.length <= 1}
                aria-label={t('plan.sip.removeLifeAreaN', { n: index + 1 })}
              >
                {t('common.remove')}
              </Button>
            </fieldset>
          </li>
        ))}
      </ol>
      {full ? (
        <p className="muted small">{t('plan.sip.lifeAreasFull', { max: SIP_MAX_LIFE_AREAS })}</p>
      ) : (
        <Button onClick={() => array.append(blankLifeArea())}>{t('plan.sip.addLifeArea')}</Button>
      )}
    </fieldset>
  );
}
