import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { SessionUser } from '../../../main/api/contract';
import { call } from '../../api/call';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';
import { hrefOf, participantsViewHref } from '../shell/routes';
import { DemoReady } from './DemoReady';

/** How many fictional participants "look around in a demo team" adds (as the setup wizard). */
const DEMO_PARTICIPANTS = 300;

/**
 * The first screen of a team without participants: what to do first — register the first
 * referral, add colleagues (admin), or fill the team with fictional demo participants to look
 * around (admin; the backend refuses it once the team has participants).
 */
export function EmptyTeam({ user }: { user: SessionUser }) {
  const { t } = useT();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [demoPassword, setDemoPassword] = useState<string | null>(null);
  const isAdmin = user.role === 'admin';
  const canWrite = user.role !== 'readonly';
  const fillWithDemo = async () => {
    setBusy(true);
    setError(null);
    const result = await call('demo.generate', {
      participants: DEMO_PARTICIPANTS,
      seed: Math.floor(Math.random() * 2 ** 31),
    });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    // The demo colleagues' password is shown once, before the list fills and this screen goes.
    if (result.value.demoPassword !== null) return setDemoPassword(result.value.demoPassword);
    await client.invalidateQueries();
  };
  if (demoPassword !== null) {
    return <DemoReady password={demoPassword} onContinue={() => void client.invalidateQueries()} />;
  }
  return (
    <section className="empty-team" aria-labelledby="empty-team-title">
      <h2 id="empty-team-title">{t('caseload.emptyTeam.title')}</h2>
      <p className="lead">{t('caseload.emptyTeam.lead')}</p>
      <ol className="empty-team-steps">
        {canWrite ? (
          <li>
            <a className="button button-primary" href={participantsViewHref('new')}>
              {t('caseload.emptyTeam.refer')}
            </a>
            <p>{t('caseload.emptyTeam.referHint')}</p>
          </li>
        ) : null}
        {isAdmin ? (
          <li>
            <a className="button button-secondary" href={hrefOf('admin', 'users')}>
              {t('caseload.emptyTeam.colleagues')}
            </a>
            <p>{t('caseload.emptyTeam.colleaguesHint')}</p>
          </li>
        ) : null}
        {isAdmin ? (
          <li>
            <Button busy={busy} onClick={() => void fillWithDemo()}>
              {t('caseload.emptyTeam.demo')}
            </Button>
            <p>{t('caseload.emptyTeam.demoHint', { count: DEMO_PARTICIPANTS })}</p>
          </li>
        ) : null}
      </ol>
      {!isAdmin && !canWrite ? <p>{t('caseload.emptyTeam.readonly')}</p> : null}
      {error ? (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
