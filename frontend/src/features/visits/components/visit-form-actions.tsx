import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';

export interface VisitFormActionsProps {
  phone: boolean;
  saving: boolean;
  onCancel: () => void;
}

/** Cancel and save; on a phone a bar kept at the bottom of the screen, above the home indicator. */
export function VisitFormActions({ phone, saving, onCancel }: VisitFormActionsProps) {
  const { t } = useTranslation();
  return (
    <div
      style={
        phone
          ? {
              position: 'sticky',
              bottom: 0,
              zIndex: 10,
              background: '#fff',
              margin: '0 -12px',
              padding: '12px 12px calc(12px + env(safe-area-inset-bottom))',
              borderTop: '1px solid #f0f0f0',
              boxShadow: '0 -2px 8px rgba(0, 0, 0, 0.06)',
            }
          : { marginTop: 8 }
      }
    >
      <Flex gap={8} justify={phone ? 'stretch' : 'flex-start'}>
        <Button size="large" block={phone} style={phone ? { flex: 1, height: 48 } : undefined} onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button
          type="primary"
          htmlType="submit"
          size="large"
          block={phone}
          loading={saving}
          style={phone ? { flex: 2, height: 48 } : undefined}
        >
          {t('visits.form.save')}
        </Button>
      </Flex>
    </div>
  );
}
