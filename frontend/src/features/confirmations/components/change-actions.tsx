import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeKey, type Change } from '../api/types';

/** What a unit head may do with each change, and which change is being confirmed on its own. */
export interface ChangeActionHandlers {
  /** The change being confirmed on its own, if any. */
  confirmingKey?: string;
  onConfirm: (change: Change) => void;
  onReturn: (change: Change) => void;
}

export interface ChangeActionsProps extends ChangeActionHandlers {
  change: Change;
}

export function ChangeActions({ change, confirmingKey, onConfirm, onReturn }: ChangeActionsProps) {
  const { t } = useTranslation();
  const confirming = confirmingKey === changeKey(change);
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
