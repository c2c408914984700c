import { Form, type FormItemProps } from 'antd';
import type { ReactNode } from 'react';
import { DECIMAL_4 } from '../lib/format';
import { NumberWithUnit, type NumberWithUnitProps } from './number-with-unit';

/** An amount as the server takes it: a decimal string, never negative, with its unit (ten-thousand yuan, …) after it. */
export function MoneyInput(props: Omit<NumberWithUnitProps<string>, 'stringMode' | 'min'>) {
  return <NumberWithUnit<string> stringMode min="0" {...props} />;
}

export interface MoneyFieldProps extends Omit<FormItemProps, 'children'> {
  unit: ReactNode;
  /** The message when the amount has more than four decimal places or is not a number. */
  invalid: string;
  /** The message when the amount is left empty; absent when it may be. */
  requiredMessage?: string;
}

/** A form's amount: up to four decimal places (the server's scale), then whatever else `rules` checks. */
export function MoneyField({ unit, invalid, requiredMessage, rules = [], ...item }: MoneyFieldProps) {
  return (
    <Form.Item
      {...item}
      rules={[
        ...(requiredMessage ? [{ required: true, message: requiredMessage }] : []),
        { pattern: DECIMAL_4, message: invalid },
        ...rules,
      ]}
    >
      <MoneyInput unit={unit} />
    </Form.Item>
  );
}
