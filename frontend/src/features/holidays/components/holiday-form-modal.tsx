import { DatePicker, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/form-modal';
import { useSaveHoliday } from '../api/save-holiday';
import { HOLIDAY_KINDS, type Holiday, type HolidayKind } from '../api/types';
import { codeOptions } from '../../../lib/select-options';

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

  return (
    <FormModal<HolidayFormValues>
      form={form}
      open={open}
      record={holiday ?? year}
      values={() =>
        holiday
          ? { day: dayjs(holiday.day), kind: holiday.kind, name: holiday.name }
          : { day: dayjs(`${year}-01-01`), kind: 'OFF' }
      }
      title={t(holiday ? 'holidays.edit' : 'holidays.add')}
      pending={save.isPending}
      save={(values) =>
        save.mutateAsync({
          input: { day: values.day.format(DATE_FORMAT), kind: values.kind, name: values.name.trim() },
          existing: holiday,
        })
      }
      successKey="holidays.saved"
      onClose={onClose}
      submitOnEnter
    >
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
        <Radio.Group optionType="button" options={codeOptions(t, HOLIDAY_KINDS, 'holidays.kinds')} />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('holidays.name')}
        extra={t('holidays.nameHelp')}
        rules={[{ required: true, whitespace: true, max: 20, message: t('holidays.validation.name') }]}
      >
        <Input maxLength={20} />
      </Form.Item>
    </FormModal>
  );
}
