import { InputNumber, Space, type InputNumberProps } from 'antd';
import type { ReactNode } from 'react';

export type NumberWithUnitProps<T extends string | number = number> = Omit<
  InputNumberProps<T>,
  'addonAfter' | 'addonBefore'
> & {
  /** Shown after the number: a unit such as ten-thousand yuan, percent or days. */
  unit: ReactNode;
};

/**
 * A number with its unit after it (Ant Design 5 deprecated `addonAfter` on inputs for `Space.Compact`). Sits directly
 * in a `Form.Item`: the item's value, onChange and id reach the number.
 */
export function NumberWithUnit<T extends string | number = number>({ unit, style, ...number }: NumberWithUnitProps<T>) {
  return (
    <Space.Compact style={{ width: '100%', ...style }}>
      <InputNumber<T> {...number} style={{ width: '100%' }} />
      <Space.Addon>{unit}</Space.Addon>
    </Space.Compact>
  );
}
