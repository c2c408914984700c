import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Result, Space, Steps, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { useImportEnterprises, type ImportReport } from '../api/import-enterprises';

export interface ImportModalProps {
  open: boolean;
  onClose: () => void;
}

/** Choose a sheet → check every row (nothing written) → import all of it at once. */
export function ImportModal({ open, onClose }: ImportModalProps) {
  const { t } = useTranslation();
  const run = useImportEnterprises();
  const [file, setFile] = useState<File>();
  const [report, setReport] = useState<ImportReport>();

  const reset = () => {
    setFile(undefined);
    setReport(undefined);
    run.reset();
  };
  const close = () => {
    reset();
    onClose();
  };
  const step = report?.applied ? 2 : report ? 1 : 0;
  const check = async (chosen: File) => {
    setFile(chosen);
    setReport(await run.mutateAsync({ file: chosen, dryRun: true }).catch(() => undefined));
  };
  const apply = async () => {
    if (file) setReport(await run.mutateAsync({ file, dryRun: false }).catch(() => undefined));
  };

  return (
    <Modal open={open} width={760} title={t('enterprises.import.title')} onCancel={close} footer={null} destroyOnHidden>
      <Steps
        size="small"
        current={step}
        style={{ marginBottom: 16 }}
        items={[{ title: t('enterprises.import.choose') }, { title: t('enterprises.import.check') }, { title: t('enterprises.import.done') }]}
      />
      {run.isError && <Alert type="error" showIcon message={errorMessage(t, run.error)} style={{ marginBottom: 12 }} />}
      {step === 0 && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph>
            {t('enterprises.import.intro')} <a href="/api/enterprises/import/template">{t('enterprises.import.template')}</a>
          </Typography.Paragraph>
          <Upload.Dragger
            accept=".xlsx,.csv"
            maxCount={1}
            showUploadList={false}
            disabled={run.isPending}
            beforeUpload={(chosen) => {
              void check(chosen);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p>{run.isPending ? t('enterprises.import.checking') : t('enterprises.import.drop')}</p>
          </Upload.Dragger>
        </Space>
      )}
      {step === 1 && report && report.status === 'REJECTED' && (
        <>
          <Alert type="warning" showIcon message={t('enterprises.import.rejected', { rows: report.rows, errors: report.errors.length })} style={{ marginBottom: 12 }} />
          <Table
            size="small"
            rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
            dataSource={report.errors}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            columns={[
              { title: t('enterprises.import.row'), dataIndex: 'row', width: 80 },
              { title: t('enterprises.import.column'), dataIndex: 'column', width: 180 },
              { title: t('enterprises.import.problem'), dataIndex: 'message' },
            ]}
          />
          <Button onClick={reset}>{t('enterprises.import.again')}</Button>
        </>
      )}
      {step === 1 && report && report.status === 'VALID' && (
        <Result
          status="info"
          title={t('enterprises.import.valid', { rows: report.rows })}
          subTitle={t('enterprises.import.summary', { created: report.created, updated: report.updated, unchanged: report.unchanged })}
          extra={[
            <Button key="back" onClick={reset}>
              {t('enterprises.import.other')}
            </Button>,
            <Button key="apply" type="primary" loading={run.isPending} onClick={() => void apply()}>
              {t('enterprises.import.apply')}
            </Button>,
          ]}
        />
      )}
      {step === 2 && report && (
        <Result
          status="success"
          title={t('enterprises.import.applied')}
          subTitle={t('enterprises.import.summary', { created: report.created, updated: report.updated, unchanged: report.unchanged })}
          extra={<Button type="primary" onClick={close}>{t('enterprises.import.close')}</Button>}
        />
      )}
    </Modal>
  );
}
