import { Checkbox, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/form-modal';
import { useSaveWebhook } from '../api/webhooks';
import { WEBHOOK_KINDS, type Webhook, type WebhookKind } from '../api/types';
import { codeOptions } from '../../../lib/select-options';

export interface WebhookFormModalProps {
  unit?: Webhook;
  onClose: () => void;
}

interface WebhookFormValues {
  kind: WebhookKind;
  url: string;
  secret?: string;
  clearSecret?: boolean;
}

/** Sets a unit's group robot: WeCom or DingTalk, its webhook address, and DingTalk's optional signing secret. */
export function WebhookFormModal({ unit, onClose }: WebhookFormModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<WebhookFormValues>();
  const save = useSaveWebhook();
  const kind = Form.useWatch('kind', form);

  return (
    <FormModal<WebhookFormValues>
      form={form}
      open={unit !== undefined}
      record={unit}
      values={() => ({ kind: unit?.kind ?? 'WECOM', url: unit?.url ?? '' })}
      title={t('reminders.webhooks.editTitle', { unit: unit?.unitName ?? '' })}
      pending={save.isPending}
      save={(values) => {
        const typed = values.secret?.trim();
        const secret = values.clearSecret ? '' : typed ? typed : null;
        return save.mutateAsync({ unit: unit!, input: { kind: values.kind, url: values.url.trim(), secret } });
      }}
      successKey="reminders.webhooks.saved"
      onClose={onClose}
      submitOnEnter
    >
      <Form.Item name="kind" label={t('reminders.webhooks.kind')} rules={[{ required: true }]}>
        <Radio.Group optionType="button" options={codeOptions(t, WEBHOOK_KINDS, 'reminders.kinds')} />
      </Form.Item>
      <Form.Item
        name="url"
        label={t('reminders.webhooks.url')}
        extra={t('reminders.webhooks.urlHelp')}
        rules={[
          {
            required: true,
            whitespace: true,
            pattern: /^https?:\/\/\S+$/,
            max: 1000,
            message: t('reminders.webhooks.urlInvalid'),
          },
        ]}
      >
        <Input />
      </Form.Item>
      {kind === 'DINGTALK' && (
        <>
          <Form.Item
            name="secret"
            label={t('reminders.webhooks.secret')}
            extra={t(unit?.signed ? 'reminders.webhooks.secretKept' : 'reminders.webhooks.secretHelp')}
            rules={[{ max: 200 }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          {unit?.signed && (
            <Form.Item name="clearSecret" valuePropName="checked">
              <Checkbox>{t('reminders.webhooks.clearSecret')}</Checkbox>
            </Form.Item>
          )}
        </>
      )}
    </FormModal>
  );
}
