import { App, Button, Card, Col, Form, InputNumber, Radio, Row, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-message';
import { useRankingRule } from '../api/get-ranking-rule';
import { useSaveRankingRule } from '../api/save-ranking-rule';
import { METRICS, type RankingRuleInput } from '../api/types';
import { weightSum } from '../lib/ranking-format';
import { NumberWithUnit } from '../../../components/number-with-unit';
import { codeOptions } from '../../../lib/select-options';

export interface RankingRuleFormProps {
  year: number;
  canEdit: boolean;
}

/** The year's scoring rule: method, cap on completion, and weights that must add up to 100. */
export function RankingRuleForm({ year, canEdit }: RankingRuleFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rule = useRankingRule(year);
  const save = useSaveRankingRule();
  const [form] = Form.useForm<RankingRuleInput>();
  const weights = Form.useWatch('weights', form);
  const method = Form.useWatch('method', form);
  const cap = Form.useWatch('capPercent', form);
  const sum = weightSum(weights ?? {});

  useEffect(() => {
    if (rule.data)
      form.setFieldsValue({ method: rule.data.method, capPercent: rule.data.capPercent, weights: rule.data.weights });
  }, [rule.data, form]);

  const submit = async (input: RankingRuleInput) => {
    if (!rule.data) return;
    try {
      await save.mutateAsync({ year, input, version: rule.data.version });
      void message.success(t('ranking.rule.saved'));
    } catch (error) {
      if (error instanceof ApiError && error.violations.length > 0) {
        form.setFields(
          error.violations.map((v) => ({
            name: (v.field.startsWith('weights.') ? v.field.split('.') : v.field) as never,
            errors: [v.message],
          })),
        );
        const whole = error.violations.find((v) => v.field === 'weights');
        if (whole) void message.error(whole.message);
        return;
      }
      void message.error(errorMessage(t, error));
      if (error instanceof ApiError && error.code === 'version.stale') void rule.refetch();
    }
  };

  return (
    <Card title={t('ranking.rule.title')} loading={rule.isPending}>
      {rule.data && !rule.data.configured && (
        <Typography.Paragraph type="secondary">{t('ranking.rule.default')}</Typography.Paragraph>
      )}
      <Form<RankingRuleInput> form={form} layout="vertical" disabled={!canEdit} onFinish={(v) => void submit(v)}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="method" label={t('ranking.rule.method')} rules={[{ required: true }]}>
              <Radio.Group
                optionType="button"
                options={codeOptions(t, ['COMPLETION', 'EFFICACY'] as const, 'ranking.method')}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="capPercent" label={t('ranking.rule.cap')} rules={[{ required: true }]}>
              <NumberWithUnit min={100} max={1000} precision={2} unit="%" />
            </Form.Item>
          </Col>
        </Row>
        {method && (
          <Typography.Paragraph type="secondary">
            {t(`ranking.methodHelp.${method}`, { cap: cap ?? '' })}
          </Typography.Paragraph>
        )}
        <Typography.Text strong>{t('ranking.rule.weights')}</Typography.Text>
        <Row gutter={16} style={{ marginTop: 8 }}>
          {METRICS.map((m) => (
            <Col key={m} xs={12} md={6}>
              <Form.Item name={['weights', m]} label={t(`ranking.metric.${m}`)} rules={[{ required: true }]}>
                <InputNumber min={0} max={100} precision={2} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Typography.Paragraph type={sum === 100 ? 'success' : 'danger'} data-testid="weight-sum">
          {sum === 100 ? t('ranking.rule.weightSumOk') : t('ranking.rule.weightSum', { sum })}
        </Typography.Paragraph>
        {canEdit && (
          <Button type="primary" htmlType="submit" loading={save.isPending} disabled={sum !== 100}>
            {t('ranking.rule.save')}
          </Button>
        )}
      </Form>
    </Card>
  );
}
