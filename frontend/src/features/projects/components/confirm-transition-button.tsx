import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { useConfirmTransition } from '../api/confirm-transition';
import type { Project, Transition } from '../api/types';

export interface ConfirmTransitionButtonProps {
  project: Project;
  transition: Transition;
  size?: 'small' | 'middle';
}

/** The unit head's review (confirmation) of one stage change, asked once more before it counts. */
export function ConfirmTransitionButton({ project, transition, size = 'small' }: ConfirmTransitionButtonProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const confirm = useConfirmTransition();

  const onConfirm = async () => {
    try {
      await confirm.mutateAsync({ projectId: project.id, transitionId: transition.id });
      void message.success(t('projects.history.confirmed'));
    } catch (error) {
      void message.error(errorMessage(t, error));
    }
  };

  return (
    <Popconfirm
      title={t('projects.history.confirmQuestion')}
      okText={t('projects.history.confirm')}
      cancelText={t('common.cancel')}
      onConfirm={onConfirm}
    >
      <Button size={size} type="primary" ghost={size === 'small'} loading={confirm.isPending}>
        {t('projects.history.confirm')}
      </Button>
    </Popconfirm>
  );
}
