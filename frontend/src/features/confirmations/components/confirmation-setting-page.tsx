import { App, Card, Flex, Skeleton, Switch, Typography } from 'antd';
import { usePersonName } from '../../users';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { formatInstant } from '../../../lib/format';
import { QueryError } from '../../../components/query-error';
import { useConfirmationSetting } from '../api/get-confirmation-setting';
import { useSaveConfirmationSetting } from '../api/save-confirmation-setting';
import { PageTitle } from '../../../components/list-parts';

/** The district's switch: whether officers' stage changes and funds wait for the unit head before they count. */
export function ConfirmationSettingPage() {
  const { t, i18n } = useTranslation();
  const nameOf = usePersonName();
  const { message } = App.useApp();
  const setting = useConfirmationSetting();
  const save = useSaveConfirmationSetting();

  const change = async (required: boolean) => {
    if (!setting.data) return;
    try {
      await save.mutateAsync({ required, version: setting.data.version });
      void message.success(t('confirmations.setting.saved'));
    } catch (error) {
      void message.error(errorMessage(t, error));
    }
  };

  return (
    <Card>
      <PageTitle title={t('confirmations.setting.title')} />
      {setting.isError && <QueryError error={setting.error} onRetry={() => void setting.refetch()} />}
      {setting.isPending && <Skeleton active paragraph={{ rows: 2 }} />}
      {setting.data && (
        <Flex vertical gap={12} style={{ maxWidth: 720 }}>
          <Flex align="center" gap={8}>
            <Switch
              id="confirmation-required"
              checked={setting.data.required}
              loading={save.isPending}
              onChange={(on) => void change(on)}
            />
            <label htmlFor="confirmation-required">{t('confirmations.setting.label')}</label>
          </Flex>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('confirmations.setting.explain')}
          </Typography.Paragraph>
          {setting.data.updatedBy && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} title={setting.data.updatedBy}>
              {t('confirmations.setting.updated', {
                by: nameOf(setting.data.updatedBy),
                at: formatInstant(setting.data.updatedAt, i18n.language),
              })}
            </Typography.Text>
          )}
        </Flex>
      )}
    </Card>
  );
}
