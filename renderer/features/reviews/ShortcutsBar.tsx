import { useT } from '../../i18n/useT';

const shortcuts = [
  ['J', 'PageDown', 'reviews.keys.next'],
  ['K', 'PageUp', 'reviews.keys.previous'],
  ['N', null, 'reviews.keys.newAction'],
  ['B', null, 'reviews.keys.newNote'],
  ['D', null, 'reviews.keys.discussed'],
  ['A', null, 'reviews.keys.attendance'],
  ['L', null, 'reviews.keys.leaveRoom'],
  ['S', null, 'reviews.keys.reveal'],
  ['P', null, 'reviews.keys.presentation'],
  ['Esc', null, 'reviews.keys.leaveField'],
] as const;

/** The keyboard shortcuts, always visible at the bottom of the meeting screen. */
export function ShortcutsBar() {
  const { t } = useT();
  return (
    <footer className="rv-mm-keys" aria-labelledby="rv-keys-heading">
      <h2 id="rv-keys-heading" className="visually-hidden">
        {t('reviews.keys.title')}
      </h2>
      <ul>
        {shortcuts.map(([key, alternative, text]) => (
          <li key={key}>
            <kbd>{key}</kbd>
            {alternative ? (
              <>
                {' / '}
                <kbd>{t(`reviews.keys.${alternative}`)}</kbd>
              </>
            ) : null}{' '}
            {t(text)}
          </li>
        ))}
      </ul>
    </footer>
  );
}
