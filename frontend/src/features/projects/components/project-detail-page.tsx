import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Skeleton, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { errorMessage } from '../../../lib/error-message';
import { AttachmentsPanel } from '../../attachments';
import { useProject } from '../api/get-project';
import { FundsTab } from './funds-tab';
import { KeyStar } from './key-star';
import { ProjectDescriptions } from './project-descriptions';
import { ProjectFormModal } from './project-form-modal';
import { ProjectMarkers } from './project-markers';
import { ProjectVisits } from './project-visits';
import { StageTag } from './stage-tag';
import { TransitionTimeline } from './transition-timeline';
import { TransitionModal } from './transition-modal';
import { WorklogTab } from './worklog-tab';
import { PendingConfirmationBar } from './pending-confirmation-bar';

export function ProjectDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const project = useProject(id);
  const [editing, setEditing] = useState(false);
  const [moving, setMoving] = useState(false);
  const back = (
    <Link to="/projects">
      <ArrowLeftOutlined /> {t('projects.backToList')}
    </Link>
  );

  if (project.isPending) return <Skeleton active />;
  if (project.isError) {
    return (
      <Flex vertical gap={16}>
        {back}
        <Alert type="error" showIcon message={errorMessage(t, project.error)} />
      </Flex>
    );
  }
  const p = project.data;

  return (
    <Flex vertical gap={16}>
      {back}
      <PendingConfirmationBar project={p} />
      <Card>
        <Flex justify="space-between" align="start" wrap gap={8}>
          <div>
            <Typography.Text type="secondary" copyable>
              {p.code}
            </Typography.Text>
            <Typography.Title level={3} style={{ margin: '4px 0 8px' }}>
              <KeyStar keyProject={p.keyProject} />
              {p.name}
            </Typography.Title>
            <Space size={4} wrap>
              <StageTag stage={p.stage} />
              <ProjectMarkers stalled={p.stalled} />
            </Space>
            {p.stalled && (
              <Typography.Paragraph type="danger" style={{ margin: '8px 0 0' }}>
                {p.stalled.message}
              </Typography.Paragraph>
            )}
          </div>
          {p.canEdit ? (
            <Space wrap>
              <Button type="primary" onClick={() => setMoving(true)}>
                {t('projects.transition.change')}
              </Button>
              <Button onClick={() => setEditing(true)}>{t('common.edit')}</Button>
            </Space>
          ) : (
            <Typography.Text type="secondary">{t('projects.ownedBy', { unit: p.unitName })}</Typography.Text>
          )}
        </Flex>
        <ProjectDescriptions project={p} />
      </Card>
      <Card>
        <Tabs
          items={[
            { key: 'history', label: t('projects.tabs.history'), children: <TransitionTimeline project={p} /> },
            { key: 'funds', label: t('projects.tabs.funds'), children: <FundsTab project={p} /> },
            { key: 'worklog', label: t('projects.tabs.worklog'), children: <WorklogTab project={p} /> },
            { key: 'visits', label: t('trips.visits.title'), children: <ProjectVisits projectId={p.id} /> },
            {
              key: 'attachments',
              label: t('attachments.title'),
              children: <AttachmentsPanel ownerType="PROJECT" ownerId={p.id} canWrite={p.canEdit} bare />,
            },
          ]}
        />
      </Card>
      <TransitionModal open={moving} project={p} onClose={() => setMoving(false)} />
      {editing && <ProjectFormModal project={p} onClose={() => setEditing(false)} />}
    </Flex>
  );
}
