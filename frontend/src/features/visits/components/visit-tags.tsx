import { Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Visit, VisitIntent, VisitKind } from '../api/types';

const INTENT_COLORS: Record<VisitIntent, string | undefined> = {
  NONE: undefined,
  WEAK: 'gold',
  CLEAR: 'green',
  PROJECT: 'blue',
};

export function KindTag({ kind }: { kind: VisitKind }) {
  const { t } = useTranslation();
  return <Tag>{t(`visits.kinds.${kind}`)}</Tag>;
}

export function IntentTag({ intent }: { intent: VisitIntent }) {
  const { t } = useTranslation();
  return (
    <Tag color={INTENT_COLORS[intent]}>
      {t('visits.fields.intent')}: {t(`visits.intents.${intent}`)}
    </Tag>
  );
}

/** A follow-up date before today that is not done. */
export const followUpOverdue = (visit: Pick<Visit, 'followUpOn' | 'followUpDone'>) =>
  !!visit.followUpOn && !visit.followUpDone && dayjs(visit.followUpOn).isBefore(dayjs(), 'day');

/** Whether and when the visit wants a follow-up: red once overdue. */
export function FollowUpTag({ visit }: { visit: Pick<Visit, 'followUpOn' | 'followUpDone'> }) {
  const { t } = useTranslation();
  if (!visit.followUpOn) return null;
  if (visit.followUpDone) return <Tag color="success">{t('visits.followUp.done')}</Tag>;
  const overdue = followUpOverdue(visit);
  return (
    <Tag color={overdue ? 'error' : 'processing'}>
      {t(overdue ? 'visits.followUp.overdue' : 'visits.followUp.open', { date: visit.followUpOn })}
    </Tag>
  );
}
