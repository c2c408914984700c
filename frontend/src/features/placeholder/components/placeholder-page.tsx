import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

export interface PlaceholderPageProps {
  section: string;
}

export function PlaceholderPage({ section }: PlaceholderPageProps) {
  const { t } = useTranslation();
  return <Result status="info" title={t('placeholder.title')} subTitle={t(`placeholder.${section}`)} />;
}
