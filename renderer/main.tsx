import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { callOrThrow, queryKeyOf } from './api/query';
import { createQueryClient } from './api/query-client';
import { App } from './App';
import { setActiveLanguage } from './i18n/active-language';
import { readStoredLanguage } from './i18n/stored-language';
import './styles/base.css';
import './styles/forms.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/caseload.css';
import './styles/participants.css';
import './styles/print.css';

const container = document.getElementById('root');
if (container) {
  const queryClient = createQueryClient();
  // The status decides the first screen: it is asked for before React's first render, in the
  // language the app will start in (App reads the same query).
  setActiveLanguage(readStoredLanguage());
  void queryClient.prefetchQuery({
    queryKey: queryKeyOf('app.status', {}),
    queryFn: () => callOrThrow('app.status', {}),
  });
  createRoot(container).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}
