import { Button, Card, Empty, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnits } from '../api/get-units';
import type { Unit } from '../api/types';
import { UnitFormModal } from './unit-form-modal';
import { PageHeader } from '../../../components/list-parts';
import { QueryError } from '../../../components/query-error';

export function UnitsPage() {
  const { t } = useTranslation();
  const units = useUnits();
  const [editing, setEditing] = useState<{ open: boolean; unit?: Unit }>({ open: false });

  return (
    <Card>
      <PageHeader title={t('units.title')} marginBottom={16}>
        <Button type="primary" onClick={() => setEditing({ open: true })}>
          {t('units.add')}
        </Button>
      </PageHeader>
      {units.isError && <QueryError error={units.error} onRetry={() => void units.refetch()} marginBottom={16} />}
      <Table<Unit>
        rowKey="id"
        loading={units.isLoading}
        dataSource={units.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 480 }}
        locale={{ emptyText: <Empty description={t('units.empty')} /> }}
        columns={[
          { title: t('units.code'), dataIndex: 'code' },
          { title: t('units.name'), dataIndex: 'name' },
          { title: t('units.kind'), dataIndex: 'kind', render: (kind: string) => t(`units.kinds.${kind}`) },
          {
            title: t('units.actions'),
            key: 'actions',
            render: (_, unit) => (
              <Button type="link" onClick={() => setEditing({ open: true, unit })}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      <UnitFormModal open={editing.open} unit={editing.unit} onClose={() => setEditing({ open: false })} />
    </Card>
  );
}
