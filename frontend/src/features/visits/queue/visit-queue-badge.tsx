import { CloudUploadOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useVisitQueue, useVisitQueueSync } from './use-visit-queue';

export interface VisitQueueBadgeProps {
  owner: string;
}

/**
 * In the app's header, for those who record visits: "N waiting to sync" while visits wait on this device (a link to the
 * list on the visits page). Mounted once, it also sends the queue: on start, when the network returns, every minute.
 */
export function VisitQueueBadge({ owner }: VisitQueueBadgeProps) {
  const { t } = useTranslation();
  useVisitQueueSync(owner);
  const count = useVisitQueue(owner).data?.length ?? 0;
  if (count === 0) return null;
  return (
    <Link to="/visits" aria-label={t('visits.queue.title', { count })}>
      <Tag color="warning" icon={<CloudUploadOutlined />} style={{ marginInlineEnd: 0, whiteSpace: 'nowrap' }}>
        {t('visits.queue.badge', { count })}
      </Tag>
    </Link>
  );
}
