import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Grid, List, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useMe } from '../../auth';
import { ExcelExportButton } from '../../../components/excel-export-button';
import { useVisits, visitsUrl } from '../api/get-visits';
import { VisitQueuePanel } from '../queue/visit-queue-panel';
import type { Visit } from '../api/types';
import { participantNames } from './participants';
import { QueryError } from '../../../components/query-error';
import { canRecordVisits } from './roles';
import { DEFAULT_SORT, useVisitFilter } from './use-visit-filter';
import { VisitCard } from './visit-card';
import { VisitFilters } from './visit-filters';
import { FollowUpTag, IntentTag, KindTag } from './visit-tags';
import { PageHeader } from '../../../components/list-parts';
import { sortParam } from '../../../lib/table-query';

export function VisitsPage() {
  const { t } = useTranslation();
  const phone = Grid.useBreakpoint().sm === false;
  const navigate = useNavigate();
  const [filter, setFilter] = useVisitFilter();
  const visits = useVisits(filter);
  const me = useMe();
  const canCreate = canRecordVisits(me.data?.roles);
  const filtered = !!(
    filter.q ||
    filter.kind ||
    filter.intent ||
    filter.from ||
    filter.to ||
    filter.mine ||
    filter.followUpOpen
  );
  const empty = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={t(filtered || !canCreate ? 'visits.empty' : 'visits.emptyCreate')}
    />
  );
  const total = visits.data?.total ?? (visits.data ? (filter.page + 2) * filter.size : 0);
  const paging = {
    current: filter.page + 1,
    pageSize: filter.size,
    total,
    showSizeChanger: !phone,
    showTotal: () => (visits.data?.total === null ? t('visits.totalMany') : t('visits.total', { total })),
    onChange: (page: number, size: number) => setFilter({ page: size !== filter.size ? 0 : page - 1, size }),
  };
  const sortOrder = (key: string) =>
    filter.sort === key ? ('ascend' as const) : filter.sort === `-${key}` ? ('descend' as const) : null;

  const columns: ColumnsType<Visit> = [
    {
      title: t('visits.fields.visitedOn'),
      key: 'visitedOn',
      width: 120,
      sorter: true,
      sortOrder: sortOrder('visitedOn'),
      render: (_, v) => <Link to={`/visits/${v.id}`}>{v.visitedOn}</Link>,
    },
    {
      title: t('visits.fields.enterprise'),
      key: 'enterprise',
      width: 220,
      render: (_, v) => <Link to={`/visits/${v.id}`}>{v.enterpriseName}</Link>,
    },
    { title: t('visits.fields.kind'), key: 'kind', width: 110, render: (_, v) => <KindTag kind={v.kind} /> },
    {
      title: t('visits.fields.summary'),
      key: 'summary',
      render: (_, v) => (
        <Flex vertical gap={4}>
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: v.summary }} style={{ margin: 0 }}>
            {v.summary}
          </Typography.Paragraph>
          <Space size={4} wrap>
            <IntentTag intent={v.intent} />
          </Space>
        </Flex>
      ),
    },
    {
      title: t('visits.fields.followUp'),
      key: 'followUpOn',
      width: 190,
      sorter: true,
      sortOrder: sortOrder('followUpOn'),
      render: (_, v) =>
        v.followUpOn ? (
          <FollowUpTag visit={v} />
        ) : (
          <Typography.Text type="secondary">{t('visits.none')}</Typography.Text>
        ),
    },
    {
      title: t('visits.fields.ourParticipants'),
      key: 'participants',
      width: 160,
      render: (_, v) => participantNames(t, v).ours || t('visits.none'),
    },
    { title: t('visits.fields.unit'), dataIndex: 'unitName', width: 130 },
  ];

  return (
    <Card styles={phone ? { body: { padding: 12 } } : undefined}>
      <PageHeader title={t('visits.title')}>
        <Flex wrap gap={8}>
          {!phone && <ExcelExportButton listUrl={visitsUrl(filter)} />}
          {canCreate && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              size={phone ? 'large' : 'middle'}
              onClick={() => navigate('/visits/new')}
            >
              {t('visits.add')}
            </Button>
          )}
        </Flex>
      </PageHeader>
      {canCreate && me.data && (
        <div style={{ marginBottom: 12 }}>
          <VisitQueuePanel owner={me.data.username} />
        </div>
      )}
      <VisitFilters filter={filter} onChange={setFilter} phone={phone} />
      {visits.isError && (
        <div style={{ marginBottom: 12 }}>
          <QueryError error={visits.error} onRetry={() => void visits.refetch()} />
        </div>
      )}
      {phone ? (
        <List<Visit>
          aria-label={t('visits.title')}
          loading={visits.isFetching}
          dataSource={visits.data?.items ?? []}
          rowKey="id"
          locale={{ emptyText: empty }}
          pagination={{ ...paging, size: 'small', align: 'center' }}
          renderItem={(visit) => (
            <List.Item style={{ padding: '6px 0', borderBlockEnd: 'none' }}>
              <Card size="small" style={{ width: '100%' }}>
                <VisitCard visit={visit} />
              </Card>
            </List.Item>
          )}
        />
      ) : (
        <Table<Visit>
          aria-label={t('visits.title')}
          rowKey="id"
          loading={visits.isFetching}
          dataSource={visits.data?.items ?? []}
          columns={columns}
          scroll={{ x: 1050 }}
          locale={{ emptyText: empty }}
          pagination={paging}
          onChange={(_, __, sorter, { action }) => {
            if (action === 'sort') setFilter({ sort: sortParam(sorter) ?? DEFAULT_SORT });
          }}
        />
      )}
    </Card>
  );
}
