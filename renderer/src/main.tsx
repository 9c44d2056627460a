import '../../shared/contract/zod'; // before anything parses: zod without its eval probe (CSP)
import '@fontsource/inter/400.css';
import '@fontsource/inter/500.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import './i18n';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { SettingsSync } from './app/SettingsSync';
import { LocaleDates } from './app/LocaleDates';
import { theme } from './theme';

const queryClient = new QueryClient({
  defaultOptions: {
    // The backend is local: no retries that would hide an error, no refetch storms.
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <MantineProvider theme={theme} defaultColorScheme="auto">
        <Notifications position="bottom-right" />
        <LocaleDates>
          <SettingsSync />
          <App />
        </LocaleDates>
      </MantineProvider>
    </QueryClientProvider>
  </StrictMode>,
);
