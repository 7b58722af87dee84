import { useT } from '../../i18n/useT';

/** "Hoppa till innehållet": moves focus to <main> without touching the hash route. */
export function SkipLink() {
  const { t } = useT();
  return (
    <a
      className="skip-link"
      href="#main"
      onClick={(event) => {
        event.preventDefault();
        document.getElementById('main')?.focus();
      }}
    >
      {t('shell.skipToContent')}
    </a>
  );
}
