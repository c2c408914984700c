import { Button, Card, Col, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { useAddWorklogEntry } from '../api/add-worklog-entry';
import { WORKLOG_KINDS, type WorklogKind } from '../api/types';
import { toDateString } from '../../../lib/format';
import { PastDateField } from '../../../components/past-date-picker';
import { codeOptions } from '../../../lib/select-options';

export interface WorklogFormProps {
  projectId: number;
}

interface Values {
  loggedOn: Dayjs;
  kind: WorklogKind;
  content: string;
}

/** Adds an entry to the work log: progress, a problem, a request for coordination, or the next step. */
export function WorklogForm({ projectId }: WorklogFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const add = useAddWorklogEntry();
  const reset = () => form.setFieldsValue({ content: '' });

  const submit = useFormSubmit(
    form,
    (values) =>
      add.mutateAsync({
        projectId,
        input: { loggedOn: toDateString(values.loggedOn), kind: values.kind, content: values.content.trim() },
      }),
    { successKey: 'projects.worklog.saved', onDone: reset },
  );

  return (
    <Card size="small" title={t('projects.worklog.add')} style={{ marginBottom: 16 }}>
      <Form form={form} layout="vertical" initialValues={{ loggedOn: dayjs(), kind: 'PROGRESS' }}>
        <Row gutter={12}>
          <Col xs={24} sm={12} md={6}>
            <PastDateField
              name="loggedOn"
              label={t('projects.worklog.loggedOn')}
              requiredMessage={t('projects.worklog.validation.loggedOn')}
            />
          </Col>
          <Col xs={24} sm={12} md={6}>
            <Form.Item name="kind" label={t('projects.worklog.kind')} rules={[{ required: true }]}>
              <Select options={codeOptions(t, WORKLOG_KINDS, 'projects.worklogKinds')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="content"
          label={t('projects.worklog.content')}
          rules={[{ required: true, whitespace: true, max: 4000, message: t('projects.worklog.validation.content') }]}
        >
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Button type="primary" loading={add.isPending} onClick={() => void submit()}>
          {t('projects.worklog.submit')}
        </Button>
      </Form>
    </Card>
  );
}
