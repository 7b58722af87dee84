import { useT } from '../i18n/useT';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useT();
  return (
    <p role="status" className="loading">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}
