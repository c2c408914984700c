import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Coverage } from '../api/types';
import { coverageStyle } from '../lib/coverage';

export interface CoverageTagProps {
  coverage: Coverage;
}

/** Gap / extend / weak / covered, in the map's colour, with the rule behind it on hover. */
export function CoverageTag({ coverage }: CoverageTagProps) {
  const { t } = useTranslation();
  const style = coverageStyle(coverage);
  return (
    <Tooltip title={t(`chains.coverageHelp.${coverage}`)}>
      <Tag color={style.color} style={{ marginInlineEnd: 0 }}>
        {t(style.labelKey)}
      </Tag>
    </Tooltip>
  );
}
