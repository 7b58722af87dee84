import { useEffect, useState } from 'react';
import type { ApiCallError } from '../../api/query';
import { CenteredLayout } from '../../components/CenteredLayout';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingState } from '../../components/LoadingState';
import { useT } from '../../i18n/useT';

interface Props {
  error: ApiCallError | null;
  retrying: boolean;
  onRetry: () => void;
}

/** While app.status loads, or when the backend could not start: the reason and "Försök igen". */
export function StartupScreen({ error, retrying, onRetry }: Props) {
  const { t } = useT();
  // Only show the spinner after a short moment, so a quick start does not flicker.
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), 400);
    return () => clearTimeout(timer);
  }, []);
  return (
    <CenteredLayout>
      <h1>{error ? t('startup.failedTitle') : t('startup.title')}</h1>
      {error ? (
        <ErrorBanner message={error.message} onRetry={onRetry} retrying={retrying} />
      ) : slow ? (
        <LoadingState label={t('startup.loading')} />
      ) : null}
    </CenteredLayout>
  );
}
