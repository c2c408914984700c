import { Empty, Timeline, Typography } from 'antd';
import { usePersonName } from '../../users';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../lib/format';
import type { LeadHistoryEntry } from '../api/types';

const COLORS: Record<string, string> = { RECEIVED: 'blue', CONVERTED: 'green', DROPPED: 'gray' };

/** What happened to the lead, oldest first, with who recorded it when. */
export function LeadHistory({ history }: { history: LeadHistoryEntry[] }) {
  const { t, i18n } = useTranslation();
  const nameOf = usePersonName();
  if (history.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('leads.history.empty')} />;
  return (
    <Timeline
      items={history.map((entry) => ({
        key: entry.id,
        color: COLORS[entry.kind] ?? 'blue',
        children: (
          <div>
            <Typography.Text strong>{t(`leads.history.kinds.${entry.kind}`)}</Typography.Text>{' '}
            <Typography.Text>{entry.onDate}</Typography.Text>
            {entry.note && (
              <Typography.Paragraph style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}>
                {entry.note}
              </Typography.Paragraph>
            )}
            <Typography.Text type="secondary" style={{ fontSize: 12 }} title={entry.recordedBy}>
              {t('leads.history.recorded', {
                by: nameOf(entry.recordedBy),
                at: formatInstant(entry.recordedAt, i18n.language),
              })}
            </Typography.Text>
          </div>
        ),
      }))}
    />
  );
}
