import { Card, Flex, Statistic, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { FigureTitle } from '../../figures';

export interface KpiCardProps {
  title: string;
  /** The catalogue id(s) of the figure (docs/figures.md): an ⓘ beside the title gives its definition. */
  figure: string | readonly string[];
  /** Already formatted, or a dash. */
  value: string;
  unit?: string;
  /** The projects behind the figure. */
  to?: string;
  /** Said on hover of the value, e.g. why it is a dash. */
  hint?: string;
  testId: string;
  children?: ReactNode;
}

/** One headline figure: large enough to read across a meeting room, clickable down to its projects. */
export function KpiCard({ title, figure, value, unit, to, hint, testId, children }: KpiCardProps) {
  const shown = to ? (
    <Link to={to} data-testid={`${testId}-value`}>
      {value}
    </Link>
  ) : (
    <span data-testid={`${testId}-value`}>{value}</span>
  );
  return (
    <Card style={{ height: '100%' }} styles={{ body: { padding: 20 } }} data-testid={testId}>
      <Statistic
        title={
          <span style={{ fontSize: 16 }}>
            <FigureTitle title={title} figure={figure} />
          </span>
        }
        value={value}
        formatter={() => (hint ? <Tooltip title={hint}>{shown}</Tooltip> : shown)}
        suffix={unit && <span style={{ fontSize: 18, marginInlineStart: 4 }}>{unit}</span>}
        valueStyle={{ fontSize: 34, fontWeight: 600 }}
      />
      {children && (
        <Flex vertical gap={4} style={{ marginTop: 8, fontSize: 15 }}>
          {children}
        </Flex>
      )}
    </Card>
  );
}
