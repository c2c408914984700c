import { Alert, Button, Empty, Flex, List, Skeleton, Tag, Typography } from 'antd';
import { usePersonName } from '../../users';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { useMe } from '../../auth';
import { useWorklog } from '../api/get-worklog';
import type { Project, WorklogEntry, WorklogKind } from '../api/types';
import { formatInstant } from '../../../lib/format';
import { ResolveModal } from './resolve-modal';
import { WorklogForm } from './worklog-form';

const KIND_COLORS: Record<WorklogKind, string> = {
  PROGRESS: 'blue',
  PROBLEM: 'red',
  COORDINATION: 'orange',
  NEXT_STEP: 'green',
};

export interface WorklogTabProps {
  project: Project;
}

/** The work log, newest first, one block per month; open coordination requests can be closed here. */
export function WorklogTab({ project }: WorklogTabProps) {
  const { t, i18n } = useTranslation();
  const nameOf = usePersonName();
  const worklog = useWorklog(project.id);
  const me = useMe();
  const [resolving, setResolving] = useState<WorklogEntry>();
  // The unit closes its own requests; any leader may close one (the server has the last word).
  const canResolve = project.canEdit || (me.data?.roles ?? []).includes('leader');

  const months = new Map<string, WorklogEntry[]>();
  const newestFirst = [...(worklog.data ?? [])].sort(
    (a, b) => b.loggedOn.localeCompare(a.loggedOn) || b.recordedAt.localeCompare(a.recordedAt),
  );
  newestFirst.forEach((entry) => {
    const month = entry.loggedOn.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), entry]);
  });

  const renderEntry = (entry: WorklogEntry) => (
    <List.Item
      actions={
        entry.kind === 'COORDINATION' && !entry.resolvedAt && canResolve
          ? [
              <Button key="resolve" size="small" onClick={() => setResolving(entry)}>
                {t('projects.worklog.resolve')}
              </Button>,
            ]
          : undefined
      }
    >
      <Flex vertical gap={4} style={{ width: '100%' }}>
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong>{entry.loggedOn}</Typography.Text>
          <Tag color={KIND_COLORS[entry.kind]}>{t(`projects.worklogKinds.${entry.kind}`)}</Tag>
          {entry.kind === 'COORDINATION' && (
            <Tag color={entry.resolvedAt ? 'green' : 'default'}>
              {t(entry.resolvedAt ? 'projects.worklog.closed' : 'projects.worklog.open')}
            </Tag>
          )}
        </Flex>
        <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{entry.content}</Typography.Text>
        {entry.resolvedAt && (
          <Typography.Text type="success" style={{ whiteSpace: 'pre-wrap' }} title={entry.resolvedBy ?? undefined}>
            {t('projects.worklog.resolvedBy', {
              by: nameOf(entry.resolvedBy),
              at: formatInstant(entry.resolvedAt, i18n.language),
              resolution: entry.resolution ?? '',
            })}
          </Typography.Text>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }} title={entry.recordedBy}>
          {t('projects.history.recorded', {
            at: formatInstant(entry.recordedAt, i18n.language),
            by: nameOf(entry.recordedBy),
          })}
        </Typography.Text>
      </Flex>
    </List.Item>
  );

  return (
    <>
      {project.canEdit && <WorklogForm projectId={project.id} />}
      {worklog.isPending && <Skeleton active />}
      {worklog.isError && <Alert type="error" showIcon message={errorMessage(t, worklog.error)} />}
      {worklog.data?.length === 0 && <Empty description={t('projects.worklog.empty')} />}
      {[...months.entries()].map(([month, entries]) => (
        <List<WorklogEntry>
          key={month}
          size="small"
          header={<Typography.Text strong>{t('projects.worklog.month', { month })}</Typography.Text>}
          dataSource={entries}
          renderItem={renderEntry}
          style={{ marginBottom: 16 }}
        />
      ))}
      <ResolveModal projectId={project.id} entry={resolving} onClose={() => setResolving(undefined)} />
    </>
  );
}
