import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';

export interface BackLinkProps {
  to: string;
  label: string;
}

/** The way back from a record to its list. */
export function BackLink({ to, label }: BackLinkProps) {
  return (
    <Link to={to}>
      <ArrowLeftOutlined /> {label}
    </Link>
  );
}
