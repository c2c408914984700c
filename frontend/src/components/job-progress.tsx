import { Flex, Progress, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Job } from '../lib/jobs';

export interface JobProgressProps {
  job?: Job;
}

/** How far a QUEUED or RUNNING job is: its phase, done of total, and a bar. */
export function JobProgress({ job }: JobProgressProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const phase = !job || job.state === 'QUEUED' ? 'QUEUED' : (job.phase ?? 'PARSING');
  const counted = Boolean(job && job.total > 0);
  const percent = job && counted ? Math.min(100, Math.floor((job.done / job.total) * 100)) : 0;
  return (
    <Flex vertical gap={4} style={{ padding: '12px 0' }}>
      <Typography.Text strong>{t(`jobs.phases.${phase}`)}</Typography.Text>
      <Progress percent={percent} status="active" strokeColor={token.colorPrimary} aria-label={t('jobs.progress')} />
      <Typography.Text type="secondary">
        {counted ? t('jobs.counts', { done: job?.done, total: job?.total }) : t('jobs.waiting')}
      </Typography.Text>
    </Flex>
  );
}
