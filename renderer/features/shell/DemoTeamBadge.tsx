import { useT } from '../../i18n/useT';

/** The mark of a demo team in the header: what is shown is fictional, not real people. */
export function DemoTeamBadge() {
  const { t } = useT();
  return (
    <span className="demo-team-badge" title={t('shell.demoTeamHint')}>
      {t('shell.demoTeam')}
      <span className="visually-hidden">: {t('shell.demoTeamHint')}</span>
    </span>
  );
}
