import { Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeRatio, formatRatio } from './format';

export interface YearOnYearProps {
  current: number;
  lastYear: number;
}

/** Year on year ▲ 12.5% / ▼ 3.2%; a dash when last year had nothing to compare with. */
export function YearOnYear({ current, lastYear }: YearOnYearProps) {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const ratio = changeRatio(current, lastYear);
  if (ratio === null) {
    return <Typography.Text type="secondary">{t('cockpit.yoy.none')}</Typography.Text>;
  }
  const up = ratio >= 0;
  const percent = formatRatio(ratio, i18n.language);
  return (
    <Typography.Text
      aria-label={t(up ? 'cockpit.yoy.up' : 'cockpit.yoy.down', { percent })}
      style={{ color: up ? token.colorSuccess : token.colorError }}
    >
      {t('cockpit.yoy.label')} {up ? '▲' : '▼'} {percent}
    </Typography.Text>
  );
}
