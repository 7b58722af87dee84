import { QueryClient } from '@tanstack/react-query';
import { onSessionProblem } from './call';
import { queryKeyOf } from './query';

export function createQueryClient(): QueryClient {
  const client = new QueryClient({
    defaultOptions: {
      queries: {
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        staleTime: 30_000,
      },
    },
  });
  // A call that finds the session gone or locked: re-read the status so the right screen shows.
  onSessionProblem(() => {
    void client.invalidateQueries({ queryKey: queryKeyOf('app.status') });
  });
  return client;
}
