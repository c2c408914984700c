import { App, Button, Card, Empty, Popconfirm, Space, Switch, Table, Tag } from 'antd';
import { IndustryCodeName } from './industry-code-name';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { useIndustries } from '../api/get-industries';
import { useSetIndustryRetired } from '../api/retire-industry';
import type { Industry } from '../api/types';
import { IndustryFormModal } from './industry-form-modal';
import { IndustryHistoryDrawer } from './industry-history-drawer';
import { PageHeader } from '../../../components/list-parts';
import { QueryError } from '../../../components/query-error';

export function IndustriesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [includeRetired, setIncludeRetired] = useState(false);
  const industries = useIndustries(includeRetired);
  const retire = useSetIndustryRetired();
  const [editing, setEditing] = useState<{ open: boolean; industry?: Industry }>({ open: false });
  const [historyOf, setHistoryOf] = useState<Industry>();

  const toggleRetired = async (industry: Industry) => {
    try {
      await retire.mutateAsync({ industry, retired: industry.retiredOn === null });
    } catch (error) {
      void message.error(errorMessage(t, error));
    }
  };

  return (
    <Card>
      <PageHeader title={t('industries.title')} marginBottom={16}>
        <Space wrap>
          <Space>
            <Switch checked={includeRetired} onChange={setIncludeRetired} aria-label={t('industries.showRetired')} />
            {t('industries.showRetired')}
          </Space>
          <Button type="primary" onClick={() => setEditing({ open: true })}>
            {t('industries.add')}
          </Button>
        </Space>
      </PageHeader>
      {industries.isError && <QueryError error={industries.error} marginBottom={16} />}
      <Table<Industry>
        rowKey="id"
        loading={industries.isLoading}
        dataSource={industries.data?.items ?? []}
        pagination={false}
        scroll={{ x: 720 }}
        locale={{ emptyText: <Empty description={t('industries.empty')} /> }}
        columns={[
          {
            title: t('industries.name'),
            dataIndex: 'name',
            render: (name: string, industry) => (
              <Space>
                {name}
                {industry.retiredOn && <Tag>{t('industries.retiredOn', { date: industry.retiredOn })}</Tag>}
              </Space>
            ),
          },
          {
            title: t('industries.category'),
            dataIndex: 'category',
            render: (category: string) => (
              <Tag color={category === 'LEADING' ? 'red' : category === 'FUTURE' ? 'blue' : undefined}>
                {t(`industries.categories.${category}`)}
              </Tag>
            ),
          },
          {
            title: t('industries.gbt4754'),
            dataIndex: 'gbt4754Codes',
            render: (codes: string[]) =>
              codes.length === 0 ? (
                '—'
              ) : (
                <Space size={[8, 4]} wrap>
                  {codes.map((code) => (
                    <IndustryCodeName key={code} code={code} />
                  ))}
                </Space>
              ),
          },
          {
            title: t('units.actions'),
            key: 'actions',
            render: (_, industry) => (
              <Space size={0} wrap>
                <Button type="link" onClick={() => setEditing({ open: true, industry })}>
                  {t('common.edit')}
                </Button>
                <Button type="link" onClick={() => setHistoryOf(industry)}>
                  {t('industries.history')}
                </Button>
                {industry.retiredOn ? (
                  <Button type="link" onClick={() => void toggleRetired(industry)}>
                    {t('industries.restore')}
                  </Button>
                ) : (
                  <Popconfirm title={t('industries.retireConfirm')} onConfirm={() => void toggleRetired(industry)}>
                    <Button type="link" danger>
                      {t('industries.retire')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <IndustryFormModal open={editing.open} industry={editing.industry} onClose={() => setEditing({ open: false })} />
      <IndustryHistoryDrawer industry={historyOf} onClose={() => setHistoryOf(undefined)} />
    </Card>
  );
}
