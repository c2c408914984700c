import { InboxOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { Alert, Button, Modal, Result, Space, Steps, Table, Typography, Upload } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/error-message';
import { isFinished, isJob, jobError, useJob, type Job } from '../lib/jobs';
import { JobProgress } from './job-progress';

export interface ImportIssue {
  row: number;
  column: string;
  message: string;
}

/** What the server answers to an import, checked (dryRun) or applied. */
export interface ImportReport {
  status: 'REJECTED' | 'VALID' | 'APPLIED';
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  applied: boolean;
  errors: ImportIssue[];
  /** Non-blocking remarks, e.g. columns the server does not know and ignores. */
  warnings?: ImportIssue[];
}

export interface ImportModalProps<E = undefined> {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  /** Shown above the file chooser, before the template link. */
  intro?: ReactNode;
  templateHref: string;
  /**
   * Sends the sheet; `extraValue` is the value of {@link extra} when the sheet was chosen. The server answers the
   * report at once, or a job (202) whose result is the report: the wizard then polls it and shows its progress.
   */
  upload: (file: File, dryRun: boolean, extraValue: E) => Promise<ImportReport | Job<ImportReport>>;
  /** The import job followed, when the caller keeps it (e.g. in the URL, to find it again); else kept inside. */
  jobId?: string;
  onJobChange?: (jobId: string | undefined) => void;
  /** An extra form control shown with the file chooser (e.g. a month picker), controlled by the caller. */
  extra?: ReactNode;
  extraValue?: E;
  /** Invalidated once an import has been applied. */
  queryKey?: QueryKey;
  /** The counts line; defaults to a generic one. */
  summary?: (report: ImportReport) => string;
}

function IssueTable({ issues, label }: { issues: ImportIssue[]; label: string }) {
  const { t } = useTranslation();
  return (
    <Table<ImportIssue>
      size="small"
      aria-label={label}
      rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
      dataSource={issues}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      style={{ marginBottom: 12 }}
      columns={[
        { title: t('importWizard.row'), dataIndex: 'row', width: 80 },
        { title: t('importWizard.column'), dataIndex: 'column', width: 180 },
        { title: t('importWizard.problem'), dataIndex: 'message' },
      ]}
    />
  );
}

/** Choose a sheet → check every row (nothing written) → import all of it at once. */
export function ImportModal<E = undefined>({
  open,
  onClose,
  title,
  intro,
  templateHref,
  upload,
  extra,
  extraValue,
  queryKey,
  summary,
  jobId: followedJob,
  onJobChange,
}: ImportModalProps<E>) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const run = useMutation({
    mutationFn: ({ file, dryRun, value }: { file: File; dryRun: boolean; value: E }) => upload(file, dryRun, value),
  });
  const [ownJob, setOwnJob] = useState<string>();
  const jobId = onJobChange ? followedJob : ownJob;
  const setJobId = onJobChange ?? setOwnJob;
  const job = useJob<ImportReport>(jobId);
  // The file and the extra value as checked: applying sends exactly what was checked.
  const [checked, setChecked] = useState<{ file: File; value: E }>();
  const [answered, setAnswered] = useState<ImportReport>();
  const report = answered ?? (job.data?.state === 'SUCCEEDED' ? job.data.result : undefined);
  const working = run.isPending || Boolean(jobId && !isFinished(job.data) && !job.isError);
  const failure = run.error ?? job.error ?? (job.data?.state === 'FAILED' ? jobError(job.data) : null);

  // Once per applied report (queryKey is a new array every render: depending on it would invalidate in a loop).
  useEffect(() => {
    if (report?.applied && queryKey) void queryClient.invalidateQueries({ queryKey });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- queryKey: see above
  }, [report, queryClient]);

  const send = async (file: File, dryRun: boolean, value: E) => {
    const answer = await run.mutateAsync({ file, dryRun, value }).catch(() => undefined);
    if (isJob(answer)) {
      queryClient.setQueryData(['jobs', answer.id], answer);
      setJobId(answer.id);
    } else {
      setAnswered(answer);
    }
  };
  const reset = () => {
    setChecked(undefined);
    setAnswered(undefined);
    setJobId(undefined);
    run.reset();
  };
  const close = () => {
    reset();
    onClose();
  };
  const step = report?.applied ? 2 : report || working ? 1 : 0;
  const counts = (r: ImportReport) =>
    summary
      ? summary(r)
      : t('importWizard.summary', { created: r.created, updated: r.updated, unchanged: r.unchanged });
  const check = async (file: File) => {
    const value = extraValue as E;
    setChecked({ file, value });
    await send(file, true, value);
  };
  const apply = async () => {
    if (checked) {
      setAnswered(undefined);
      setJobId(undefined);
      await send(checked.file, false, checked.value);
    }
  };
  const warnings = report?.warnings ?? [];

  return (
    <Modal open={open} width={760} title={title} onCancel={close} footer={null} destroyOnHidden>
      <Steps
        size="small"
        current={step}
        style={{ marginBottom: 16 }}
        items={[
          { title: t('importWizard.choose') },
          { title: t('importWizard.check') },
          { title: t('importWizard.done') },
        ]}
      />
      {failure && <Alert type="error" showIcon message={errorMessage(t, failure)} style={{ marginBottom: 12 }} />}
      {failure && jobId && <Button onClick={reset}>{t('importWizard.again')}</Button>}
      {jobId && !report && !failure && <JobProgress job={job.data} />}
      {step === 0 && !jobId && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph>
            {intro ?? t('importWizard.intro')} <a href={templateHref}>{t('importWizard.template')}</a>
          </Typography.Paragraph>
          {extra}
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
            <p>{run.isPending ? t('importWizard.checking') : t('importWizard.drop')}</p>
          </Upload.Dragger>
        </Space>
      )}
      {step === 1 && report && report.status === 'REJECTED' && (
        <>
          <Alert
            type="error"
            showIcon
            message={t('importWizard.rejected', { rows: report.rows, errors: report.errors.length })}
            style={{ marginBottom: 12 }}
          />
          <IssueTable issues={report.errors} label={t('importWizard.errorsLabel')} />
        </>
      )}
      {step >= 1 && report && warnings.length > 0 && (
        <>
          <Alert
            type="warning"
            showIcon
            message={t('importWizard.warnings', { count: warnings.length })}
            style={{ marginBottom: 12 }}
          />
          <IssueTable issues={warnings} label={t('importWizard.warningsLabel')} />
        </>
      )}
      {step === 1 && report && report.status === 'REJECTED' && (
        <Button onClick={reset}>{t('importWizard.again')}</Button>
      )}
      {step === 1 && report && report.status === 'VALID' && (
        <Result
          status="info"
          title={t('importWizard.valid', { rows: report.rows })}
          subTitle={checked ? counts(report) : `${counts(report)}。${t('importWizard.chooseAgain')}`}
          extra={[
            <Button key="back" onClick={reset}>
              {t('importWizard.other')}
            </Button>,
            // Found again from its job (the page was left): the file is not kept, so it is chosen once more.
            checked ? (
              <Button key="apply" type="primary" loading={run.isPending} onClick={() => void apply()}>
                {t('importWizard.apply')}
              </Button>
            ) : null,
          ]}
        />
      )}
      {step === 2 && report && (
        <Result
          status="success"
          title={t('importWizard.applied')}
          subTitle={counts(report)}
          extra={
            <Button type="primary" onClick={close}>
              {t('importWizard.close')}
            </Button>
          }
        />
      )}
    </Modal>
  );
}
