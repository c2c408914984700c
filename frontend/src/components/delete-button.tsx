import { DeleteOutlined } from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';

export interface DeleteButtonProps {
  /** The button's text, also on the confirming button. */
  label: string;
  /** The question asked before deleting. */
  confirm: string;
  /** The deletion is running: the button spins. */
  pending: boolean;
  onConfirm: () => void;
}

/** A record's delete button, asking first. */
export function DeleteButton({ label, confirm, pending, onConfirm }: DeleteButtonProps) {
  const { t } = useTranslation();
  return (
    <Popconfirm
      title={confirm}
      okText={label}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true }}
      onConfirm={onConfirm}
    >
      <Button danger icon={<DeleteOutlined />} loading={pending}>
        {label}
      </Button>
    </Popconfirm>
  );
}
