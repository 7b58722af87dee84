import { languages, type Language } from '../../main/api/i18n';
import { useT } from '../i18n/useT';

interface Props {
  current: Language;
  onChoose: (lang: Language) => void;
  busy?: boolean;
}

/** Svenska / English as a pair of toggle buttons; each name is written in its own language. */
export function LanguageChoice({ current, onChoose, busy = false }: Props) {
  const { t } = useT();
  return (
    <div role="group" aria-label={t('language.choose')} className="language-choice">
      {languages.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className="button button-toggle"
          aria-pressed={lang === current}
          disabled={busy}
          onClick={() => {
            if (lang !== current) onChoose(lang);
          }}
        >
          {t(`language.${lang}`)}
        </button>
      ))}
    </div>
  );
}
