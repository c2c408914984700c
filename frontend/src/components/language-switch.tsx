import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '../lib/i18n';

export function LanguageSwitch() {
  const { i18n, t } = useTranslation();
  return (
    <Segmented<Language>
      aria-label={t('app.language')}
      size="small"
      value={i18n.language === 'en' ? 'en' : 'zh-CN'}
      options={[
        { label: t('app.languageNames.zh-CN'), value: 'zh-CN' },
        { label: t('app.languageNames.en'), value: 'en' },
      ]}
      onChange={(value) => void i18n.changeLanguage(value)}
    />
  );
}
