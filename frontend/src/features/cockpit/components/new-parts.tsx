import { Divider, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { NewProjects } from '../api/types';
import type { NewStage } from './drill-down';
import { formatCount } from './format';

export interface NewPartsProps {
  counts: NewProjects;
  /** The projects list for one part. */
  linkTo: (stage: NewStage) => string;
  testId: string;
}

const PARTS = [
  { stage: 'NEGOTIATING', key: 'negotiating', label: 'projects.stages.NEGOTIATING' },
  { stage: 'SIGNED', key: 'signed', label: 'projects.stages.SIGNED' },
  { stage: 'LANDED', key: 'landed', label: 'cockpit.landed' },
] as const;

/** Of which: negotiating 72 | signed 58 | landed 37, each opening its projects. */
export function NewParts({ counts, linkTo, testId }: NewPartsProps) {
  const { t, i18n } = useTranslation();
  return (
    <Flex wrap align="center">
      <span>{t('cockpit.partsOf')}</span>
      {PARTS.map((part, index) => (
        <span key={part.stage}>
          {index > 0 && <Divider type="vertical" />}
          {t(part.label)}{' '}
          <Link to={linkTo(part.stage)} data-testid={`${testId}-${part.key}`}>
            {formatCount(counts[part.key], i18n.language)}
          </Link>
        </span>
      ))}
    </Flex>
  );
}
