import { DatePicker } from 'antd';
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
