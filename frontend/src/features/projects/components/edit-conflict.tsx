import { Alert, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConflictRow } from './conflict-rows';

export interface EditConflictProps {
  rows: ConflictRow[];
}

/** After a 412: what someone else changed since the form was opened, beside what this person typed. */
export function EditConflict({ rows }: EditConflictProps) {
  const { t } = useTranslation();
  return (
    <div style={{ marginBottom: 16 }}>
      <Alert
        type="warning"
        showIcon
        message={t('projects.conflict.title')}
        description={t(rows.length > 0 ? 'projects.conflict.help' : 'projects.conflict.noFieldChanged')}
        style={{ marginBottom: 12 }}
      />
      {rows.length > 0 && (
        <Table<ConflictRow>
          rowKey="field"
          size="small"
          pagination={false}
          scroll={{ x: 520 }}
          dataSource={rows}
          aria-label={t('projects.conflict.title')}
          columns={[
            { title: t('projects.conflict.field'), dataIndex: 'label', width: 120 },
            { title: t('projects.conflict.opened'), dataIndex: 'opened' },
            { title: t('projects.conflict.now'), dataIndex: 'now' },
            { title: t('projects.conflict.mine'), dataIndex: 'mine' },
          ]}
        />
      )}
    </div>
  );
}
