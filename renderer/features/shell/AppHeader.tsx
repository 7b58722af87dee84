import type { Language } from '../../../main/api/i18n';
import type { SessionUser } from '../../../main/api/contract';
import { Button } from '../../components/Button';
import { LanguageChoice } from '../../components/LanguageChoice';
import { DemoTeamBadge } from './DemoTeamBadge';
import { useT } from '../../i18n/useT';
import { navigate } from './routes';

interface Props {
  teamName: string | null;
  /** A demo team (fictional data): marked beside the team name on every page. */
  demoTeam: boolean;
  user: SessionUser;
  onLanguage: (lang: Language) => void;
  languageBusy: boolean;
  onLock: () => void;
  onLogout: () => void;
  sessionBusy: boolean;
  /** On the password page itself the header does not offer it again. */
  showChangePassword: boolean;
}

export function AppHeader(props: Props) {
  const { t } = useT();
  const { user } = props;
  return (
    <header className="app-header">
      <div className="app-header-brand">
        <span className="brand-name">{t('app.name')}</span>
        {props.teamName ? <span className="team-name">{props.teamName}</span> : null}
        {props.demoTeam ? <DemoTeamBadge /> : null}
      </div>
      <div className="app-header-user">
        <span className="user-name">{user.name}</span>
        <span className="user-org">
          {user.organisationName}
          {user.profession ? ` · ${user.profession}` : ''}
        </span>
      </div>
      <div className="app-header-actions">
        <LanguageChoice current={user.language} onChoose={props.onLanguage} busy={props.languageBusy} />
        {props.showChangePassword ? (
          <Button variant="header" onClick={() => navigate('password')}>
            {t('password.change')}
          </Button>
        ) : null}
        <Button variant="header" onClick={props.onLock} disabled={props.sessionBusy}>
          {t('session.lock')}
        </Button>
        <Button variant="header" onClick={props.onLogout} disabled={props.sessionBusy}>
          {t('session.logout')}
        </Button>
      </div>
    </header>
  );
}
