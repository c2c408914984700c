import { Alert, Button, Card, Empty, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { useUnits } from '../api/get-units';
import type { Unit } from '../api/types';
import { UnitFormModal } from './unit-form-modal';

export function UnitsPage() {
  const { t } = useTranslation();
  const units = useUnits();
  const [editing, setEditing] = useState<{ open: boolean; unit?: Unit }>({ open: false });

  return (
    <Card>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('units.title')}
        </Typography.Title>
        <Button type="primary" onClick={() => setEditing({ open: true })}>
          {t('units.add')}
        </Button>
      </Flex>
      {units.isError && (
        <Alert
          type="error"
          showIcon
          message={errorMessage(t, units.error)}
          action={<Button onClick={() => void units.refetch()}>{t('common.retry')}</Button>}
          style={{ marginBottom: 16 }}
        />
      )}
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
