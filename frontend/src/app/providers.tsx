import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api-client';

export interface ProvidersProps {
  children: ReactNode;
  queryClient?: QueryClient;
}

function newQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Do not hammer the server with refused requests; do retry a flaky network once.
        retry: (count, error) => !(error instanceof ApiError && error.status > 0 && error.status < 500) && count < 1,
        refetchOnWindowFocus: false,
      },
    },
  });
}

export function Providers({ children, queryClient }: ProvidersProps) {
  const { i18n } = useTranslation();
  const [client] = useState(() => queryClient ?? newQueryClient());
  return (
    <QueryClientProvider client={client}>
      <ConfigProvider
        locale={i18n.language === 'en' ? enUS : zhCN}
        button={{ autoInsertSpace: false }}
        theme={{ token: { colorPrimary: '#c0392b' } }}
      >
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
