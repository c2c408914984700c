import { App, Button, Form, Modal } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-message';
import { useIndustries } from '../../industries';
import { useParks, useZones } from '../../space';
import { projectQueryOptions } from '../api/get-project';
import { useSaveProject } from '../api/save-project';
import type { Project } from '../api/types';
import { conflictRows, withProjectNames, type Names } from './conflict-rows';
import { EditConflict } from './edit-conflict';
import { ProjectFormFields } from './project-form-fields';
import { toFormValues, toInput, type ProjectFormValues } from './project-form-values';

export interface ProjectFormModalProps {
  /** The project to edit; absent to create one. Mount the modal to open it. */
  project?: Project;
  onClose: () => void;
}

/** Creates or edits a project; on a stale version it shows what changed meanwhile and lets the person choose. */
export function ProjectFormModal({ project, onClose }: ProjectFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProjectFormValues>();
  const save = useSaveProject();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const industries = useIndustries();
  const zones = useZones();
  const parks = useParks();
  // The version the form was opened on: the page behind may refresh while the form is open.
  const [opened] = useState(project);
  const [conflict, setConflict] = useState<{ current: Project; values: ProjectFormValues }>();
  const [investorNames, setInvestorNames] = useState(
    () => new Map((project?.investors ?? []).map((i) => [i.id, i.name] as [number, string])),
  );
  const onInvestorNames = useCallback(
    (found: [number, string][]) => setInvestorNames((known) => new Map([...known, ...found])),
    [],
  );
  const initialValues = useMemo<Partial<ProjectFormValues>>(
    () =>
      opened
        ? toFormValues(opened)
        : {
            pool: 'PLANNING',
            keyProject: false,
            investorEnterpriseIds: [],
            investmentKind: 'NEW',
            stage: 'LEAD',
            effectiveDate: dayjs(),
          },
    [opened],
  );

  const names: Names = withProjectNames(
    {
      industry: new Map((industries.data?.items ?? []).map((i) => [i.id, i.name])),
      zone: new Map((zones.data?.items ?? []).map((z) => [z.id, z.name])),
      park: new Map((parks.data?.items ?? []).map((p) => [p.id, p.name])),
      investor: investorNames,
    },
    ...[opened, conflict?.current].filter((p): p is Project => !!p),
  );

  const attempt = async (values: ProjectFormValues, base?: Project) => {
    try {
      const saved = await save.mutateAsync({ input: toInput(values, base), existing: base });
      void message.success(t('projects.saved'));
      onClose();
      if (!base) navigate(`/projects/${saved.id}`);
    } catch (error) {
      if (base && error instanceof ApiError && error.code === 'version.stale') {
        const current = await queryClient
          .fetchQuery({ ...projectQueryOptions(base.id), staleTime: 0 })
          .catch(() => null);
        if (current) return setConflict({ current, values });
      }
      if (error instanceof ApiError && error.violations.length > 0) {
        setConflict(undefined);
        form.setFields(
          error.violations.map((v) => ({ name: v.field.replace(/\[\d+\].*$/, '') as never, errors: [v.message] })),
        );
      } else {
        void message.error(errorMessage(t, error));
      }
    }
  };

  const run = async (base?: Project) => {
    const values = await form.validateFields().catch(() => null);
    if (values !== null) await attempt(values, base);
  };
  const discard = () => {
    void queryClient.invalidateQueries({ queryKey: ['projects'] });
    void message.info(t('projects.conflict.discarded'));
    onClose();
  };

  const footer = conflict
    ? [
        <Button key="discard" onClick={discard}>
          {t('projects.conflict.discard')}
        </Button>,
        <Button
          key="overwrite"
          type="primary"
          danger
          loading={save.isPending}
          onClick={() => void run(conflict.current)}
        >
          {t('projects.conflict.overwrite')}
        </Button>,
      ]
    : undefined;

  return (
    <Modal
      open
      width={760}
      title={t(opened ? 'projects.edit' : 'projects.add')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => void run(opened)}
      onCancel={onClose}
      footer={footer}
      destroyOnHidden
    >
      {conflict && opened && <EditConflict rows={conflictRows(opened, conflict.current, conflict.values, names, t)} />}
      <Form form={form} layout="vertical" initialValues={initialValues}>
        <ProjectFormFields
          creating={!opened}
          investorNames={investorNames}
          onInvestorNames={onInvestorNames}
          project={opened}
        />
      </Form>
    </Modal>
  );
}
