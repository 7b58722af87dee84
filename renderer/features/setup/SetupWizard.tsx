import type { SetupResult } from '../../../main/api/contract';
import { useApiQuery } from '../../api/query';
import { CenteredLayout } from '../../components/CenteredLayout';
import { QueryState } from '../../components/QueryState';
import { LanguageChoice } from '../../components/LanguageChoice';
import { useT } from '../../i18n/useT';
import { SetupForm } from './SetupForm';

interface Props {
  onDone: (result: SetupResult) => void;
}

/** First run: loads the default organisations, then the three-step form. */
export function SetupWizard({ onDone }: Props) {
  const { t, lang, chooseLanguage } = useT();
  const defaults = useApiQuery('setup.defaults', {}, { staleTime: Number.POSITIVE_INFINITY });
  return (
    <CenteredLayout wide headerExtra={<LanguageChoice current={lang} onChoose={chooseLanguage} />}>
      <h1>{t('setup.title')}</h1>
      <p className="lead">{t('setup.intro')}</p>
      <QueryState query={defaults}>{(data) => <SetupForm defaults={data} onDone={onDone} />}</QueryState>
    </CenteredLayout>
  );
}
