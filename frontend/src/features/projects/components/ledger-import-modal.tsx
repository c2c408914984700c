import { DatePicker, Form } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportModal } from '../../../components/import-modal';
import { PROJECT_IMPORT_TEMPLATE, importProjects } from '../api/import-projects';

export interface LedgerImportModalProps {
  open: boolean;
  onClose: () => void;
}

const previousMonth = () => dayjs().subtract(1, 'month').format('YYYY-MM');

/** The monthly project ledger through the shared import wizard, for a chosen month. */
export function LedgerImportModal({ open, onClose }: LedgerImportModalProps) {
  const { t } = useTranslation();
  const [month, setMonth] = useState(previousMonth);
  return (
    <ImportModal<string>
      open={open}
      onClose={() => {
        setMonth(previousMonth());
        onClose();
      }}
      title={t('projects.import.title')}
      intro={t('projects.import.intro')}
      templateHref={PROJECT_IMPORT_TEMPLATE}
      extra={
        <Form.Item label={t('projects.import.month')} htmlFor="ledger-month" style={{ marginBottom: 0 }}>
          <DatePicker
            id="ledger-month"
            picker="month"
            allowClear={false}
            value={dayjs(`${month}-01`)}
            disabledDate={(day) => day.isAfter(dayjs(), 'month')}
            onChange={(day) => day && setMonth(day.format('YYYY-MM'))}
          />
        </Form.Item>
      }
      extraValue={month}
      upload={(file, dryRun, value) => importProjects({ file, dryRun, month: value })}
      queryKey={['projects']}
      summary={(r) => t('projects.import.summary', { created: r.created, updated: r.updated, unchanged: r.unchanged })}
    />
  );
}
