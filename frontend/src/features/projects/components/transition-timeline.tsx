import { ArrowRightOutlined } from '@ant-design/icons';
import { usePersonName } from '../../users';
import { Alert, Empty, Flex, Skeleton, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { useTransitions } from '../api/get-transitions';
import type { Project, Transition } from '../api/types';
import { formatInstant } from '../../../lib/format';
import { ConfirmTransitionButton } from './confirm-transition-button';
import { StageTag } from './stage-tag';

export interface TransitionTimelineProps {
  project: Project;
}

/** The stage history, oldest first: undone moves struck through, unreviewed ones awaiting the unit head. */
export function TransitionTimeline({ project }: TransitionTimelineProps) {
  const { t, i18n } = useTranslation();
  const nameOf = usePersonName();
  const transitions = useTransitions(project.id);

  if (transitions.isPending) return <Skeleton active />;
  if (transitions.isError) return <Alert type="error" showIcon message={errorMessage(t, transitions.error)} />;
  if (transitions.data.length === 0) return <Empty description={t('projects.history.empty')} />;

  const entry = (tr: Transition) => (
    <Flex vertical gap={2} style={{ opacity: tr.reverted ? 0.6 : 1 }}>
      <Typography.Text delete={tr.reverted}>
        <Flex align="center" gap={6} wrap component="span">
          {tr.fromStage ? (
            <StageTag stage={tr.fromStage} />
          ) : (
            <Typography.Text type="secondary">{t('projects.history.created')}</Typography.Text>
          )}
          <ArrowRightOutlined aria-label={t('projects.history.to')} />
          <StageTag stage={tr.toStage} />
          <strong>{tr.effectiveDate}</strong>
          {tr.agreementType && <Tag>{t(`projects.agreementTypes.${tr.agreementType}`)}</Tag>}
          {tr.correction && <Tag color="volcano">{t('projects.history.correction')}</Tag>}
          {tr.reverted && <Tag>{t('projects.history.reverted')}</Tag>}
        </Flex>
      </Typography.Text>
      {tr.note && <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{tr.note}</Typography.Text>}
      <Typography.Text type="secondary" style={{ fontSize: 12 }} title={tr.recordedBy}>
        {t('projects.history.recorded', { at: formatInstant(tr.recordedAt, i18n.language), by: nameOf(tr.recordedBy) })}
      </Typography.Text>
      {tr.confirmedAt ? (
        <Typography.Text type="success" style={{ fontSize: 12 }} title={tr.confirmedBy ?? undefined}>
          {t('projects.history.confirmedBy', {
            at: formatInstant(tr.confirmedAt, i18n.language),
            by: nameOf(tr.confirmedBy),
          })}
        </Typography.Text>
      ) : (
        <Flex align="center" gap={8} wrap>
          <Tag color="orange">{t('projects.pending')}</Tag>
          {project.canConfirm && !tr.reverted && <ConfirmTransitionButton project={project} transition={tr} />}
        </Flex>
      )}
    </Flex>
  );

  return (
    <Timeline
      style={{ marginTop: 8 }}
      items={transitions.data.map((tr) => ({
        key: tr.id,
        color: tr.reverted ? 'gray' : tr.confirmedAt ? 'green' : 'orange',
        children: entry(tr),
      }))}
    />
  );
}
