import { App, Button, Card, Col, Form, Row, Skeleton, Switch, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { useMe } from '../../auth';
import { useClockRules } from '../api/get-clock-rules';
import { useSaveClockRules } from '../api/save-clock-rules';
import type { ClockRulesInput } from '../api/types';
import { errorText } from '../../../lib/error-text';
import { QueryError } from '../../../components/query-error';
import { NumberWithUnit } from '../../../components/number-with-unit';
import { PageTitle } from '../../../components/list-parts';

const DAY_FIELDS = ['respondDays', 'assessDays', 'feedbackDays', 'progressEveryDays'] as const;
const MAX_DAYS = 365;

/** The admin's response clocks for leads: days to respond, assess and give first feedback, and the report interval. */
export function LeadClockRulesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rules = useClockRules();
  const save = useSaveClockRules();
  const admin = !!useMe().data?.roles.includes('admin');
  const [form] = Form.useForm<ClockRulesInput>();

  useEffect(() => {
    if (rules.data) form.setFieldsValue(rules.data);
  }, [rules.data, form]);

  const submit = async (input: ClockRulesInput) => {
    if (!rules.data) return;
    try {
      await save.mutateAsync({ input, version: rules.data.version });
      void message.success(t('leads.clockRules.saved'));
    } catch (error) {
      if (error instanceof ApiError && error.violations.length > 0) {
        form.setFields(error.violations.map((v) => ({ name: v.field as never, errors: [v.message] })));
        return;
      }
      void message.error(errorText(t, error));
      if (error instanceof ApiError && error.code === 'version.stale') void rules.refetch();
    }
  };

  return (
    <Card>
      <PageTitle title={t('leads.clockRules.title')} intro={t('leads.clockRules.intro')} />
      {rules.isError && <QueryError error={rules.error} onRetry={() => void rules.refetch()} />}
      {rules.isPending && <Skeleton active />}
      {rules.data && (
        <Form<ClockRulesInput>
          form={form}
          layout="vertical"
          initialValues={rules.data}
          onFinish={(v) => void submit(v)}
          disabled={!admin}
        >
          <Row gutter={16}>
            {DAY_FIELDS.map((field) => (
              <Col key={field} xs={24} sm={12} lg={6}>
                <Form.Item
                  name={field}
                  label={t(`leads.clockRules.${field}`)}
                  extra={t(`leads.clockRules.help.${field}`)}
                  rules={[
                    {
                      required: true,
                      type: 'integer',
                      min: 1,
                      max: MAX_DAYS,
                      message: t('leads.clockRules.invalid', { max: MAX_DAYS }),
                    },
                  ]}
                >
                  <NumberWithUnit min={1} max={MAX_DAYS} precision={0} unit={t('leads.clockRules.days')} />
                </Form.Item>
              </Col>
            ))}
          </Row>
          <Form.Item
            name="workingDays"
            valuePropName="checked"
            label={t('leads.clockRules.workingDays')}
            extra={t('leads.clockRules.workingDaysHelp')}
          >
            <Switch />
          </Form.Item>
          {admin ? (
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          ) : (
            <Typography.Text type="secondary">{t('leads.clockRules.readOnly')}</Typography.Text>
          )}
        </Form>
      )}
    </Card>
  );
}
