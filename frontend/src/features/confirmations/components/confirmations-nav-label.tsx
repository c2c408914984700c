import { Badge, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useConfirmations } from '../api/get-confirmations';

export interface ConfirmationsNavLabelProps {
  roles: readonly string[];
}

/** The menu entry of pending confirmations, with how many changes wait for a unit head. */
export function ConfirmationsNavLabel({ roles }: ConfirmationsNavLabelProps) {
  const { t } = useTranslation();
  const unitHead = roles.includes('unit_head');
  const count = useConfirmations(unitHead).data?.count ?? 0;
  if (!unitHead || count === 0) return <>{t('nav.confirmations')}</>;
  return (
    <Space size={6} aria-label={t('nav.confirmationsWithCount', { n: count })}>
      {t('nav.confirmations')}
      <Badge count={count} size="small" overflowCount={99} />
    </Space>
  );
}
