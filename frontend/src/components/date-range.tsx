import { DatePicker } from 'antd';
import type { ComponentProps } from 'react';
import './date-range.css';

type RangePickerProps = ComponentProps<typeof DatePicker.RangePicker>;

/** A range picker whose two calendars stack on a phone instead of running off its edge. */
export function DateRange(props: RangePickerProps) {
  return (
    <DatePicker.RangePicker {...props} classNames={{ ...props.classNames, popup: { root: 'date-range-popup' } }} />
  );
}
