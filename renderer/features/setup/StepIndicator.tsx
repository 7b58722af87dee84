import { useT } from '../../i18n/useT';
import type { SetupStep } from './setup-form';

const steps: SetupStep[] = [1, 2, 3];

export function StepIndicator({ step }: { step: SetupStep }) {
  const { t } = useT();
  const titles = { 1: t('setup.step1.title'), 2: t('setup.step2.title'), 3: t('setup.step3.title') };
  return (
    <ol className="steps" aria-label={t('setup.stepsLabel')}>
      {steps.map((n) => (
        <li
          key={n}
          className={n === step ? 'step step-current' : n < step ? 'step step-done' : 'step'}
          aria-current={n === step ? 'step' : undefined}
        >
          <span className="step-number" aria-hidden="true">
            {n}
          </span>
          <span className="step-title">
            <span className="visually-hidden">{t('setup.stepOf', { step: n, total: steps.length })} </span>
            {titles[n]}
          </span>
        </li>
      ))}
    </ol>
  );
}
