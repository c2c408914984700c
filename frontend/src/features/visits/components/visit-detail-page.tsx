import { CheckOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { AttachmentsPanel } from '../../attachments';
import { usePersonName } from '../../users';
import { App, Button, Card, Descriptions, Flex, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../../lib/api-client';
import { formatInstant } from '../../../lib/format';
import { useDeleteVisit } from '../api/delete-visit';
import { useFollowUpDone } from '../api/follow-up-done';
import { useVisit } from '../api/get-visit';
import type { Visit } from '../api/types';
import { participantNames } from './participants';
import { BackLink } from '../../../components/back-link';
import { DetailCard, LongText } from '../../../components/detail-card';
import { QueryError } from '../../../components/query-error';
import { visitErrorMessage } from './visit-error';
import { FollowUpTag, IntentTag, KindTag } from './visit-tags';

/** The records a visit points to, as links. */
function VisitLinks({ visit }: { visit: Visit }) {
  const { t } = useTranslation();
  const links = [
    visit.tripId && { key: 'trip', to: `/trips/${visit.tripId}`, label: visit.tripTitle },
    visit.eventId && { key: 'event', to: `/events/${visit.eventId}`, label: visit.eventName },
    visit.projectId && { key: 'project', to: `/projects/${visit.projectId}`, label: visit.projectName },
    visit.leadId && { key: 'lead', to: `/leads/${visit.leadId}`, label: visit.leadTitle },
  ].filter((link): link is { key: string; to: string; label: string | null } => !!link);
  if (links.length === 0) return <Typography.Text type="secondary">{t('visits.detail.noLinks')}</Typography.Text>;
  return (
    <Descriptions column={1} size="small">
      {links.map((link) => (
        <Descriptions.Item key={link.key} label={t(`visits.fields.${link.key}`)}>
          <Link to={link.to}>{link.label ?? link.to}</Link>
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}

export function VisitDetailPage() {
  const { t, i18n } = useTranslation();
  const nameOf = usePersonName();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const visit = useVisit(id);
  const remove = useDeleteVisit();
  const followUpDone = useFollowUpDone();
  const back = { to: '/visits', label: t('visits.backToList') };

  if (visit.isPending) return <Skeleton active />;
  if (visit.isError) return <QueryError error={visit.error} onRetry={() => void visit.refetch()} back={back} />;
  const v = visit.data;
  const { ours, theirs } = participantNames(t, v);

  const confirmDelete = () =>
    modal.confirm({
      title: t('visits.deleteTitle'),
      content: t('visits.deleteContent'),
      okText: t('visits.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await remove.mutateAsync(v);
          void message.success(t('visits.deleted'));
          navigate('/visits', { replace: true });
        } catch (error) {
          void message.error(visitErrorMessage(t, error));
          if (error instanceof ApiError && error.code === 'version.stale') void visit.refetch();
        }
      },
    });

  const markDone = async () => {
    try {
      await followUpDone.mutateAsync(v.id);
      void message.success(t('visits.followUp.markedDone'));
    } catch (error) {
      void message.error(visitErrorMessage(t, error));
    }
  };

  return (
    <Flex vertical gap={16}>
      <BackLink {...back} />
      <DetailCard
        title={t('visits.detail.heading', { enterprise: v.enterpriseName })}
        meta={
          <>
            <Typography.Text>{v.visitedOn}</Typography.Text>
            <KindTag kind={v.kind} />
            <IntentTag intent={v.intent} />
            <FollowUpTag visit={v} />
          </>
        }
        actions={
          v.canEdit ? (
            <Space wrap>
              {v.followUpOn && !v.followUpDone && (
                <Button
                  type="primary"
                  icon={<CheckOutlined />}
                  loading={followUpDone.isPending}
                  onClick={() => void markDone()}
                >
                  {t('visits.followUp.markDone')}
                </Button>
              )}
              <Button icon={<EditOutlined />} onClick={() => navigate(`/visits/${v.id}/edit`)}>
                {t('common.edit')}
              </Button>
              <Button danger icon={<DeleteOutlined />} onClick={confirmDelete}>
                {t('visits.delete')}
              </Button>
            </Space>
          ) : (
            <Typography.Text type="secondary">{t('visits.readOnly', { unit: v.unitName })}</Typography.Text>
          )
        }
      >
        <Descriptions column={{ xs: 1, md: 2 }} size="small" style={{ marginTop: 16 }}>
          <Descriptions.Item label={t('visits.fields.enterprise')}>
            <Link to={`/enterprises/${v.enterpriseId}`}>{v.enterpriseName}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('visits.fields.visitedOn')}>{v.visitedOn}</Descriptions.Item>
          <Descriptions.Item label={t('visits.fields.ourParticipants')}>{ours || t('visits.none')}</Descriptions.Item>
          <Descriptions.Item label={t('visits.fields.theirParticipants')}>
            {theirs || t('visits.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('visits.fields.followUpOn')}>
            {v.followUpOn ?? t('visits.followUp.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('visits.fields.unit')}>{v.unitName}</Descriptions.Item>
        </Descriptions>
      </DetailCard>
      <Card title={t('visits.fields.summary')}>
        <LongText>{v.summary}</LongText>
        {v.nextStep && (
          <>
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              {t('visits.fields.nextStep')}
            </Typography.Title>
            <LongText>{v.nextStep}</LongText>
          </>
        )}
      </Card>
      <AttachmentsPanel ownerType="VISIT" ownerId={v.id} canWrite={v.canEdit} title={t('attachments.photos')} photos />
      <Card title={t('visits.detail.links')}>
        <VisitLinks visit={v} />
      </Card>
      <Typography.Text type="secondary" title={v.recordedBy}>
        {t('visits.detail.recorded', { by: nameOf(v.recordedBy), at: formatInstant(v.recordedAt, i18n.language) })}
      </Typography.Text>
    </Flex>
  );
}
