import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../lib/date-time';

export interface VisitFormNoticesProps {
  /** The visit changed meanwhile: the edit must start again from the latest version. */
  stale: boolean;
  onReload: () => void;
  /** When the draft the form was restored from was last saved; none when it started afresh. */
  draftSavedAt?: string;
  onDiscardDraft: () => void;
  offline: boolean;
  /** A new visit: saved offline, it waits in the device's queue (an edit cannot). */
  queued: boolean;
  /** The last save did not reach the server. */
  networkFailed: boolean;
}

/** What the person must know above the form: a stale version, a restored draft, no network. */
export function VisitFormNotices({
  stale,
  onReload,
  draftSavedAt,
  onDiscardDraft,
  offline,
  queued,
  networkFailed,
}: VisitFormNoticesProps) {
  const { t } = useTranslation();
  return (
    <>
      {stale && (
        <Alert
          type="warning"
          showIcon
          message={t('visits.form.stale')}
          description={t('visits.form.staleHelp')}
          action={<Button onClick={onReload}>{t('visits.form.reload')}</Button>}
        />
      )}
      {draftSavedAt && (
        <Alert
          type="info"
          showIcon
          message={t('visits.form.draftRestored')}
          description={t('visits.form.draftRestoredHelp', { time: formatInstant(draftSavedAt) })}
          action={
            <Button size="small" danger onClick={onDiscardDraft}>
              {t('visits.form.discardDraft')}
            </Button>
          }
        />
      )}
      {offline && queued && !networkFailed && (
        <Alert type="warning" showIcon message={t('visits.form.offlineQueued')} />
      )}
      {(offline || networkFailed) && !queued && (
        <Alert type="error" showIcon message={t(networkFailed ? 'visits.form.networkFailed' : 'visits.form.offline')} />
      )}
    </>
  );
}
