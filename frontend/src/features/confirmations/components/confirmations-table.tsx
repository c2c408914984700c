import { Empty, Table } from 'antd';
import type { CheckboxProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../lib/format';
import { changeKey, type Change } from '../api/types';
import { ChangeActions } from './change-actions';
import { ChangeSummary } from './change-summary';
import { ProjectCell } from './project-cell';
import type { ChangeListProps } from './change-list-props';

export function ConfirmationsTable({ items, loading, actionable, selected, onSelect, actions }: ChangeListProps) {
  const { t, i18n } = useTranslation();
  return (
    <Table<Change>
      rowKey={changeKey}
      loading={loading}
      dataSource={items}
      pagination={false}
      scroll={{ x: 960 }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('confirmations.empty')} /> }}
      rowSelection={
        actionable
          ? {
              selectedRowKeys: selected,
              onChange: (keys) => onSelect(keys.map(String)),
              getTitleCheckboxProps: () => ({ 'aria-label': t('confirmations.selectAll') }),
              getCheckboxProps: (change) =>
                ({ 'aria-label': t('confirmations.select', { name: change.projectName }) }) as CheckboxProps,
            }
          : undefined
      }
      columns={[
        {
          title: t('confirmations.columns.project'),
          key: 'project',
          width: 200,
          render: (_, c) => <ProjectCell change={c} />,
        },
        { title: t('confirmations.columns.unit'), dataIndex: 'unitName', width: 130 },
        { title: t('confirmations.columns.change'), key: 'change', render: (_, c) => <ChangeSummary change={c} /> },
        {
          title: t('confirmations.columns.recordedBy'),
          key: 'recordedBy',
          width: 110,
          render: (_, c) => <span title={c.recordedBy}>{c.recordedByName ?? c.recordedBy}</span>,
        },
        {
          title: t('confirmations.columns.recordedAt'),
          key: 'recordedAt',
          width: 170,
          render: (_, c) => formatInstant(c.recordedAt, i18n.language),
        },
        ...(actionable
          ? [
              {
                title: t('confirmations.columns.actions'),
                key: 'actions',
                width: 170,
                render: (_: unknown, c: Change) => <ChangeActions change={c} {...actions} />,
              },
            ]
          : []),
      ]}
    />
  );
}
