import { Drawer, Empty, Spin, Timeline, Typography } from 'antd';
import { PersonName } from '../../users';
import { useTranslation } from 'react-i18next';
import { useIndustryHistory } from '../api/get-industry-history';
import type { Industry } from '../api/types';
import { formatInstant } from '../../../lib/date-time';

export interface IndustryHistoryDrawerProps {
  industry?: Industry;
  onClose: () => void;
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

export function IndustryHistoryDrawer({ industry, onClose }: IndustryHistoryDrawerProps) {
  const { t } = useTranslation();
  const history = useIndustryHistory(industry?.id);
  return (
    <Drawer
      open={industry !== undefined}
      onClose={onClose}
      title={`${t('industries.history')} · ${industry?.name ?? ''}`}
      width={420}
    >
      {history.isLoading && <Spin />}
      {history.data && history.data.length === 0 && <Empty description={t('industries.noHistory')} />}
      <Timeline
        items={(history.data ?? []).map((entry) => ({
          key: entry.id,
          children: (
            <>
              <Typography.Text strong>
                {t(`audit.actions.${entry.action}`)} · <PersonName login={entry.actor} />
              </Typography.Text>
              <br />
              <Typography.Text type="secondary">{formatInstant(entry.occurredAt)}</Typography.Text>
              {Object.entries(entry.changes ?? {}).map(([field, change]) => (
                <div key={field}>
                  {t(`industries.fields.${field}`, { defaultValue: field })}: {show(change.before)} →{' '}
                  {show(change.after)}
                </div>
              ))}
            </>
          ),
        }))}
      />
    </Drawer>
  );
}
