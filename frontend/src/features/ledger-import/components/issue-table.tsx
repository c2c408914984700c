import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LedgerIssue } from '../api/types';

/** Problems or remarks by Excel row and column, ten to a page. */
export function IssueTable({ issues, label }: { issues: LedgerIssue[]; label: string }) {
  const { t } = useTranslation();
  return (
    <Table<LedgerIssue>
      size="small"
      aria-label={label}
      rowKey={(issue) => `${issue.row}-${issue.column}-${issue.message}`}
      dataSource={issues}
      pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false, size: 'small' }}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: t('ledgerImport.report.row'), dataIndex: 'row', width: 70 },
        { title: t('ledgerImport.report.column'), dataIndex: 'column', width: 160 },
        { title: t('ledgerImport.report.problem'), dataIndex: 'message' },
      ]}
    />
  );
}
