import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { call } from '../../api/call';
import { queryKeyOf } from '../../api/query';
import { navigate } from '../shell/routes';

/** Lock and log out: both end in a fresh app.status, which picks the next screen. */
export function useSessionActions() {
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);

  const lock = useCallback(async () => {
    setBusy(true);
    await call('auth.lock', {});
    await client.invalidateQueries({ queryKey: queryKeyOf('app.status') });
    setBusy(false);
  }, [client]);

  const logout = useCallback(async () => {
    setBusy(true);
    await call('auth.logout', {});
    // Nothing of this user's data may remain for the next person at this computer.
    client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'app.status' });
    // Nor where they were: the next user starts on the start page, not on this user's last page.
    navigate('participants');
    await client.invalidateQueries({ queryKey: queryKeyOf('app.status') });
    setBusy(false);
  }, [client]);

  return { lock, logout, busy };
}
