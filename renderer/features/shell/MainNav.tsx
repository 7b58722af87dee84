import { useT } from '../../i18n/useT';
import { hrefOf, navPages, type PageId } from './routes';

interface Props {
  current: PageId;
  isAdmin: boolean;
}

export function MainNav({ current, isAdmin }: Props) {
  const { t } = useT();
  const pages = navPages.filter((page) => page !== 'admin' || isAdmin);
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul>
        {pages.map((page) => (
          <li key={page}>
            <a href={hrefOf(page)} aria-current={page === current ? 'page' : undefined}>
              {t(`nav.${page}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
