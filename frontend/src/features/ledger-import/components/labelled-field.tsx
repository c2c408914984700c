import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

export interface LabelledFieldProps {
  label: string;
  /** The control's id, which the label names. */
  htmlFor: string;
  /** Under the control: where a value came from, or what is wrong with it. */
  help?: ReactNode;
  error?: boolean;
  children: ReactNode;
}

/** A label beside its control, outside a form (the wizard's choices are state, not form fields). */
export function LabelledField({ label, htmlFor, help, error, children }: LabelledFieldProps) {
  return (
    <Flex vertical gap={2}>
      <Flex wrap align="center" gap={8}>
        <label htmlFor={htmlFor}>{label}</label>
        {children}
      </Flex>
      {help && (
        <Typography.Text type={error ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
          {help}
        </Typography.Text>
      )}
    </Flex>
  );
}
