import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { AttachmentsPanel } from '../../attachments';
import { PersonName } from '../../users';
import { Alert, App, Button, DatePicker, Divider, Empty, Flex, Popconfirm, Skeleton, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { useDeleteFund } from '../api/delete-fund';
import { useFunds } from '../api/get-funds';
import type { Fund, Project } from '../api/types';
import { FundFormModal } from './fund-form-modal';
import { FundStatusTag } from './fund-status-tag';
import { FundTotals } from './fund-totals';
import { DATE_FORMAT, formatMoney, toDateString } from '../../../lib/format';

export interface FundsTabProps {
  project: Project;
}

/** Funds in place: the totals the monthly report counts, each arrival with its evidence, and new arrivals. */
export function FundsTab({ project }: FundsTabProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [asOf, setAsOf] = useState<Dayjs | null>(null);
  const funds = useFunds(project.id, asOf ? toDateString(asOf) : undefined);
  const remove = useDeleteFund();
  const [adding, setAdding] = useState(false);

  const onDelete = async (fund: Fund) => {
    try {
      await remove.mutateAsync({ projectId: project.id, fund });
      void message.success(t('projects.funds.deleted'));
    } catch (error) {
      void message.error(errorMessage(t, error));
    }
  };

  if (funds.isPending) return <Skeleton active />;
  if (funds.isError) return <Alert type="error" showIcon message={errorMessage(t, funds.error)} />;
  const { items, totals } = funds.data;
  const anyUnconfirmed = items.some((f) => f.status && f.status !== 'CONFIRMED');

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Flex align="center" gap={8} wrap>
          <Typography.Text>{t('projects.funds.asOf')}</Typography.Text>
          <DatePicker
            value={asOf}
            format={DATE_FORMAT}
            placeholder={totals.asOf}
            aria-label={t('projects.funds.asOf')}
            onChange={(value) => setAsOf(value)}
          />
        </Flex>
        {project.canEdit && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('projects.funds.add')}
          </Button>
        )}
      </Flex>
      <FundTotals totals={totals} />
      <Divider />
      <Table<Fund>
        rowKey="id"
        size="small"
        loading={funds.isFetching}
        dataSource={items}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 760 }}
        locale={{ emptyText: <Empty description={t('projects.funds.empty')} /> }}
        expandable={{
          // Each entry's evidence (bank slips, invoices) under its row.
          expandedRowRender: (f) => (
            <AttachmentsPanel ownerType="FUND" ownerId={f.id} canWrite={project.canEdit} bare />
          ),
        }}
        columns={[
          { title: t('projects.funds.arrivedOn'), dataIndex: 'arrivedOn', width: 120 },
          {
            title: t('projects.funds.amountShort'),
            key: 'amount',
            align: 'right',
            render: (_, f) => formatMoney(f.amount),
          },
          {
            title: t('projects.funds.foreignUsdShort'),
            key: 'usd',
            align: 'right',
            render: (_, f) => formatMoney(f.foreignUsd),
          },
          {
            title: t('projects.fields.originTier'),
            key: 'tier',
            render: (_, f) => (f.originTier ? t(`projects.originTiers.${f.originTier}`) : '—'),
          },
          { title: t('projects.funds.evidence'), dataIndex: 'evidence' },
          {
            title: t('projects.funds.recordedBy'),
            dataIndex: 'recordedBy',
            width: 110,
            render: (login: string) => <PersonName login={login} />,
          },
          ...(anyUnconfirmed
            ? [
                {
                  title: t('projects.funds.status'),
                  key: 'status',
                  width: 200,
                  render: (_: unknown, f: Fund) => <FundStatusTag fund={f} />,
                },
              ]
            : []),
          ...(project.canEdit
            ? [
                {
                  title: t('projects.actions'),
                  key: 'actions',
                  width: 80,
                  render: (_: unknown, f: Fund) => (
                    <Popconfirm
                      title={t('projects.funds.deleteConfirm', { amount: formatMoney(f.amount), date: f.arrivedOn })}
                      okText={t('projects.funds.delete')}
                      okButtonProps={{ danger: true }}
                      cancelText={t('common.cancel')}
                      onConfirm={() => onDelete(f)}
                    >
                      <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('projects.funds.delete')} />
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      <FundFormModal open={adding} project={project} onClose={() => setAdding(false)} />
    </>
  );
}
