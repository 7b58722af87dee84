import { useT } from '../i18n/useT';
import { Button } from './Button';

interface Props {
  message: string;
  onRetry?: () => void;
  retrying?: boolean;
}

/** A failure the user must see (startup, a list that did not load), with a way to try again. */
export function ErrorBanner({ message, onRetry, retrying = false }: Props) {
  const { t } = useT();
  return (
    <div role="alert" className="alert alert-error error-banner">
      <p className="error-banner-text">{message}</p>
      {onRetry ? (
        <Button variant="secondary" onClick={onRetry} busy={retrying}>
          {t('common.retry')}
        </Button>
      ) : null}
    </div>
  );
}
