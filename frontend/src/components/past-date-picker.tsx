import { DatePicker, Form, type FormItemProps } from 'antd';
import type { DatePickerProps } from 'antd';
import { DATE_FORMAT, isFutureDate } from '../lib/format';

/** The day something happened: today or before, in the app's date format, never left empty; the field's width. */
export function PastDatePicker(props: DatePickerProps) {
  return (
    <DatePicker
      format={DATE_FORMAT}
      disabledDate={isFutureDate}
      allowClear={false}
      style={{ width: '100%' }}
      {...props}
    />
  );
}

export interface PastDateFieldProps extends Omit<FormItemProps, 'children' | 'rules'> {
  /** The message when the day is left empty. */
  requiredMessage: string;
}

/** A form's required day that has already come: a `PastDatePicker` in its item. */
export function PastDateField({ requiredMessage, ...item }: PastDateFieldProps) {
  return (
    <Form.Item {...item} rules={[{ required: true, message: requiredMessage }]}>
      <PastDatePicker />
    </Form.Item>
  );
}
