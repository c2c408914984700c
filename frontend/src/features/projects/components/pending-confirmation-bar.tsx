import { ArrowRightOutlined } from '@ant-design/icons';
import { Alert, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTransitions } from '../api/get-transitions';
import type { Project } from '../api/types';
import { ConfirmTransitionButton } from './confirm-transition-button';
import { StageTag } from './stage-tag';

/**
 * The unit head's stage changes waiting for review, at the top of the project where a phone shows them first; the
 * latest can be confirmed here, the rest in the history below.
 */
export function PendingConfirmationBar({ project }: { project: Project }) {
  const { t } = useTranslation();
  const transitions = useTransitions(project.id);
  if (!project.canConfirm || !transitions.data) return null;
  const waiting = transitions.data.filter((tr) => !tr.confirmedAt && !tr.reverted);
  const latest = waiting.at(-1);
  if (!latest) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="pending-confirmation"
      message={t('projects.confirmBar.title', { count: waiting.length })}
      description={
        <Flex align="center" gap={6} wrap>
          {latest.fromStage && <StageTag stage={latest.fromStage} />}
          <ArrowRightOutlined aria-label={t('projects.history.to')} />
          <StageTag stage={latest.toStage} />
          <strong>{latest.effectiveDate}</strong>
        </Flex>
      }
      action={<ConfirmTransitionButton project={project} transition={latest} size="middle" />}
    />
  );
}
