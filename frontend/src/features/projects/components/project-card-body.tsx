import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectListItem } from '../api/types';
import { formatMoney } from '../../../lib/format';
import { KeyStar } from './key-star';
import { ProjectMarkers } from './project-markers';

export interface ProjectCardBodyProps {
  item: ProjectListItem;
}

/** What a board card shows; also drawn under the pointer while dragging. */
export function ProjectCardBody({ item }: ProjectCardBodyProps) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={2}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        <KeyStar keyProject={item.keyProject} />
        {item.code}
      </Typography.Text>
      <Typography.Text strong>{item.name}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {item.unitName}
        {item.totalInvestment != null && ` · ${t('projects.moneyWan', { value: formatMoney(item.totalInvestment) })}`}
      </Typography.Text>
      {(item.stalled || item.pendingConfirmation) && (
        <div>
          <ProjectMarkers stalled={item.stalled} pendingConfirmation={item.pendingConfirmation} />
        </div>
      )}
    </Flex>
  );
}
