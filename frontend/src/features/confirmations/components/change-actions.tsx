import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Change } from '../api/types';

export interface ChangeActionsProps {
  change: Change;
  confirming: boolean;
  onConfirm: (change: Change) => void;
  onReturn: (change: Change) => void;
}

export function ChangeActions({ change, confirming, onConfirm, onReturn }: ChangeActionsProps) {
  const { t } = useTranslation();
  const what = `${change.projectName} ${t(`confirmations.kinds.${change.kind}`)}`;
  return (
    <Space size={4} wrap>
      <Button
        size="small"
        type="primary"
        ghost
        loading={confirming}
        onClick={() => onConfirm(change)}
        aria-label={`${t('confirmations.confirm')}: ${what}`}
      >
        {t('confirmations.confirm')}
      </Button>
      <Button size="small" danger onClick={() => onReturn(change)} aria-label={`${t('confirmations.return')}: ${what}`}>
        {t('confirmations.return')}
      </Button>
    </Space>
  );
}
