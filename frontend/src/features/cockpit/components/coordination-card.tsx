import { Alert, Button, Card, Empty, Flex, List, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ResolveCoordinationModal } from '../../../components/resolve-coordination-modal';
import { ExcelExportButton } from '../../../components/excel-export-button';
import { errorMessage } from '../../../lib/error-message';
import { listQuery } from '../../../lib/list-query';
import { useOpenCoordination } from '../api/get-open-coordination';
import { useResolveCoordination } from '../api/resolve-coordination';
import type { OpenCoordination } from '../api/types';

export interface CoordinationCardProps {
  /** The cockpit's unit (none: the whole district), for the export. */
  unitId?: number;
  /** The cockpit's unit: null for the whole district; undefined while its name is not known yet. */
  unitName: string | null | undefined;
  /** Offers to close requests (leaders; a unit head for their own unit): the server decides, and says why it refuses. */
  canResolve: boolean;
}

const PAGE_SIZE = 10;

/** Oldest first, as the server orders them: by the day logged, then by entry. */
export const oldestFirst = (a: OpenCoordination, b: OpenCoordination) =>
  a.entry.loggedOn.localeCompare(b.entry.loggedOn) || a.entry.id - b.entry.id;

/** Whole days since the request was logged. */
export const daysOpen = (loggedOn: string) => Math.max(0, dayjs().startOf('day').diff(dayjs(loggedOn), 'day'));

/** The open coordination requests escalated to the leaders, the oldest on top, each closable in place. */
export function CoordinationCard({ unitId, unitName, canResolve }: CoordinationCardProps) {
  const { t } = useTranslation();
  const query = useOpenCoordination();
  const [resolving, setResolving] = useState<OpenCoordination>();
  const resolve = useResolveCoordination();
  const items = (query.data ?? []).filter((item) => !unitName || item.unitName === unitName).sort(oldestFirst);
  const loading = query.isPending || unitName === undefined;

  const renderItem = (item: OpenCoordination) => (
    <List.Item data-testid="coordination-item">
      <Flex vertical gap={4} style={{ width: '100%', minWidth: 0 }}>
        <Flex justify="space-between" align="flex-start" gap={8}>
          <Flex wrap gap={8} align="baseline" style={{ minWidth: 0 }}>
            <Link to={`/projects/${item.projectId}`}>{item.projectName}</Link>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {item.projectCode}
            </Typography.Text>
          </Flex>
          {canResolve && (
            <Button size="small" onClick={() => setResolving(item)}>
              {t('projects.worklog.resolve')}
            </Button>
          )}
        </Flex>
        <Typography.Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {item.entry.content}
        </Typography.Text>
        <Flex wrap gap="2px 16px">
          <Typography.Text type="secondary">{t('cockpit.coordination.unit', { name: item.unitName })}</Typography.Text>
          <Typography.Text type="secondary">
            {t('cockpit.coordination.sponsorLeader', { name: item.sponsorLeader || t('cockpit.unassigned') })}
          </Typography.Text>
          <Typography.Text type="warning" data-testid="coordination-days">
            {t('cockpit.coordination.daysOpen', { count: daysOpen(item.entry.loggedOn), date: item.entry.loggedOn })}
          </Typography.Text>
        </Flex>
      </Flex>
    </List.Item>
  );

  return (
    <Card
      title={t('cockpit.coordination.title')}
      extra={
        !loading &&
        query.isSuccess && (
          <Flex gap={8} align="center">
            <Typography.Text type="secondary">
              {t('cockpit.coordination.count', { count: items.length })}
            </Typography.Text>
            <ExcelExportButton listUrl={`/api/projects/coordination${listQuery({ unitId })}`} />
          </Flex>
        )
      }
      data-testid="coordination-card"
    >
      {query.isError ? (
        <Alert
          type="error"
          showIcon
          message={errorMessage(t, query.error)}
          action={
            <Button size="small" onClick={() => void query.refetch()}>
              {t('common.retry')}
            </Button>
          }
        />
      ) : (
        <List<OpenCoordination>
          size="small"
          loading={loading}
          dataSource={loading ? [] : items}
          rowKey={(item) => item.entry.id}
          renderItem={renderItem}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cockpit.coordination.empty')} />,
          }}
          pagination={items.length > PAGE_SIZE ? { pageSize: PAGE_SIZE, size: 'small', showSizeChanger: false } : false}
        />
      )}
      <ResolveCoordinationModal
        open={!!resolving}
        subject={
          resolving && (
            <Typography.Paragraph>
              <Typography.Text strong>{resolving.projectName}</Typography.Text>
              <br />
              <Typography.Text type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
                {resolving.entry.content}
              </Typography.Text>
            </Typography.Paragraph>
          )
        }
        pending={resolve.isPending}
        onSubmit={(resolution) =>
          resolve.mutateAsync({ projectId: resolving?.projectId ?? 0, entryId: resolving?.entry.id ?? 0, resolution })
        }
        onClose={() => setResolving(undefined)}
      />
    </Card>
  );
}
