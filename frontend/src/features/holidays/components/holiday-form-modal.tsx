import { DatePicker, Form, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { useSaveHoliday } from '../api/save-holiday';
import { HOLIDAY_KINDS, type Holiday, type HolidayKind } from '../api/types';

export interface HolidayFormModalProps {
  open: boolean;
  holiday?: Holiday;
  /** The year shown: a new day starts in it. */
  year: number;
  onClose: () => void;
}

interface HolidayFormValues {
  day: Dayjs;
  kind: HolidayKind;
  name: string;
}

const DATE_FORMAT = 'YYYY-MM-DD';

/** Adds or changes one day of the calendar: its date, off or worked (tiaoxiu), and the holiday it belongs to. */
export function HolidayFormModal({ open, holiday, year, onClose }: HolidayFormModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<HolidayFormValues>();
  const save = useSaveHoliday();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      holiday
        ? { day: dayjs(holiday.day), kind: holiday.kind, name: holiday.name }
        : { day: dayjs(`${year}-01-01`), kind: 'OFF' },
    );
  }, [open, holiday, year, form]);

  const submit = useFormSubmit(
    form,
    (values) =>
      save.mutateAsync({
        input: { day: values.day.format(DATE_FORMAT), kind: values.kind, name: values.name.trim() },
        existing: holiday,
      }),
    { successKey: 'holidays.saved', onDone: onClose },
  );

  return (
    <Modal
      open={open}
      title={t(holiday ? 'holidays.edit' : 'holidays.add')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={() => void submit()}>
        <Form.Item
          name="day"
          label={t('holidays.day')}
          rules={[{ required: true, message: t('holidays.validation.day') }]}
        >
          <DatePicker format={DATE_FORMAT} allowClear={false} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('holidays.kind')}
          extra={t('holidays.kindHelp')}
          rules={[{ required: true, message: t('holidays.validation.kind') }]}
        >
          <Radio.Group
            optionType="button"
            options={HOLIDAY_KINDS.map((kind) => ({ value: kind, label: t(`holidays.kinds.${kind}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('holidays.name')}
          extra={t('holidays.nameHelp')}
          rules={[{ required: true, whitespace: true, max: 20, message: t('holidays.validation.name') }]}
        >
          <Input maxLength={20} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
