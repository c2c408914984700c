import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FigureTitle } from '../../figures';
import type { PendingChanges } from '../api/types';

export interface PendingNoteProps {
  pending: PendingChanges | undefined;
  /** A unit head can confirm them; others are told who must. */
  canConfirm: boolean;
}

/** The note on pending changes: changes recorded but not yet confirmed, said apart because no figure counts them. */
export function PendingNote({ pending, canConfirm }: PendingNoteProps) {
  const { t } = useTranslation();
  const total = (pending?.stageChanges ?? 0) + (pending?.funds ?? 0);
  if (!pending || total === 0) return null;
  return (
    <Alert
      data-testid="cockpit-pending"
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      message={
        <FigureTitle
          title={t('cockpitPending.message', { total, stages: pending.stageChanges, funds: pending.funds })}
          figure="pending_changes"
        />
      }
      action={canConfirm ? <Link to="/confirmations">{t('cockpitPending.review')}</Link> : undefined}
      description={canConfirm ? undefined : t('cockpitPending.whoConfirms')}
    />
  );
}
