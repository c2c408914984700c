import { Button, Card, Space, Typography } from 'antd';
import { AttachmentsPanel } from '../../attachments';
import { PersonName } from '../../users';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { formatMoney, orDash } from '../../../lib/format';
import { useLead } from '../api/get-lead';
import type { ClockKind, Lead } from '../api/types';
import { DetailCard, DetailDescriptions, LongText } from '../../../components/detail-card';
import { DetailFrame } from '../../../components/detail-frame';
import { ConvertModal, DropModal, StepModal } from './lead-action-modals';
import { LeadClocks, nextStep } from './lead-clocks';
import { LeadStatusTag, OverdueFlags } from './lead-flags';
import { LeadFormModal } from './lead-form-modal';
import { LeadHistory } from './lead-history';

type Dialog = { step: ClockKind } | 'convert' | 'drop' | 'edit';

function LeadDescriptions({ lead }: { lead: Lead }) {
  const { t } = useTranslation();
  const item = (key: string, children: ReactNode, span?: number | 'filled') => ({
    key,
    label: t(`leads.fields.${key}`),
    children: orDash(children),
    span,
  });
  const link = (to: string, id: number | null, text: string | null) =>
    id ? <Link to={`${to}/${id}`}>{text ?? `#${id}`}</Link> : null;
  return (
    <DetailDescriptions
      items={[
        item('enterprise', link('/enterprises', lead.enterpriseId, lead.enterpriseName)),
        item('source', t(`leads.sources.${lead.source}`)),
        item('sourceDetail', lead.sourceDetail),
        item('receivedOn', lead.receivedOn),
        item('receivedBy', <PersonName login={lead.receivedBy} />),
        item('unit', lead.unitName),
        item('industry', lead.industryName),
        item(
          'estimatedInvestment',
          lead.estimatedInvestment == null ? null : `${formatMoney(lead.estimatedInvestment)} ${t('leads.wan')}`,
        ),
        item('trip', link('/trips', lead.tripId, lead.tripTitle)),
        item('event', link('/events', lead.eventId, lead.eventName)),
        item('project', link('/projects', lead.projectId, lead.projectName)),
        item('assessmentResult', lead.assessmentResult && t(`leads.assessmentResults.${lead.assessmentResult}`)),
        item('assessment', lead.assessment, 'filled'),
        item('outcomeNote', lead.outcomeNote, 'filled'),
        item('description', lead.description && <LongText>{lead.description}</LongText>, 'filled'),
      ]}
    />
  );
}

export function LeadDetailPage() {
  const { t } = useTranslation();
  const lead = useLead(Number(useParams().id));
  return (
    <DetailFrame backTo="/leads" backLabel={t('leads.backToList')} query={lead}>
      {(l) => <LeadView lead={l} />}
    </DetailFrame>
  );
}

function LeadView({ lead: l }: { lead: Lead }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>();
  const close = () => setDialog(undefined);
  const next = nextStep(l);
  const open = l.canEdit && l.status === 'OPEN';

  return (
    <>
      <DetailCard
        title={l.title}
        meta={
          <>
            <LeadStatusTag status={l.status} />
            <OverdueFlags lead={l} />
          </>
        }
        actions={
          l.canEdit ? (
            <Space wrap>
              {open && next && (
                <Button type="primary" onClick={() => setDialog({ step: next })}>
                  {t('leads.steps.record', { step: t(`leads.clocks.${next}`) })}
                </Button>
              )}
              {open && <Button onClick={() => setDialog('convert')}>{t('leads.convert.button')}</Button>}
              {open && (
                <Button danger onClick={() => setDialog('drop')}>
                  {t('leads.drop.button')}
                </Button>
              )}
              <Button onClick={() => setDialog('edit')}>{t('common.edit')}</Button>
            </Space>
          ) : (
            <Typography.Text type="secondary">{t('leads.readOnly', { unit: l.unitName })}</Typography.Text>
          )
        }
      >
        <LeadDescriptions lead={l} />
      </DetailCard>
      <Card title={t('leads.steps.title')}>
        <LeadClocks lead={l} />
      </Card>
      <AttachmentsPanel ownerType="LEAD" ownerId={l.id} canWrite={l.canEdit} />
      <Card title={t('leads.history.title')}>
        <LeadHistory history={l.history} />
      </Card>
      {typeof dialog === 'object' && <StepModal lead={l} kind={dialog.step} onClose={close} />}
      {dialog === 'convert' && <ConvertModal lead={l} onClose={close} />}
      {dialog === 'drop' && <DropModal lead={l} onClose={close} />}
      {dialog === 'edit' && <LeadFormModal lead={l} onClose={close} />}
    </>
  );
}
