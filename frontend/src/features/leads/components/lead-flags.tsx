import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LeadListItem, LeadStatus } from '../api/types';

const STATUS_COLORS: Record<LeadStatus, string> = { OPEN: 'processing', CONVERTED: 'success', DROPPED: 'default' };

export function LeadStatusTag({ status }: { status: LeadStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`leads.statuses.${status}`)}</Tag>;
}

/** Each late clock in red with how many days it is late, e.g. "ASSESS overdue 3 days". */
export function OverdueFlags({ lead }: { lead: Pick<LeadListItem, 'overdue' | 'clocks'> }) {
  const { t } = useTranslation();
  if (!lead.overdue) return null;
  const late = lead.clocks.filter((c) => c.overdue);
  return (
    <Space size={[4, 4]} wrap data-testid="overdue-flags">
      {(late.length > 0 ? late : [undefined]).map((clock) => (
        <Tag key={clock?.kind ?? 'any'} color="error" style={{ marginInlineEnd: 0 }}>
          {clock
            ? t('leads.overdue.clock', { clock: t(`leads.clocks.${clock.kind}`), count: clock.daysOverdue })
            : t('leads.overdue.tag')}
        </Tag>
      ))}
    </Space>
  );
}

/** The next clock to meet and its date; red when that date has passed. */
export function NextDue({ lead }: { lead: Pick<LeadListItem, 'nextDue' | 'clocks'> }) {
  const { t } = useTranslation();
  if (!lead.nextDue) return <Typography.Text type="secondary">—</Typography.Text>;
  const late = lead.clocks.some((c) => c.kind === lead.nextDue?.kind && c.overdue);
  return (
    <Typography.Text type={late ? 'danger' : undefined}>
      {lead.nextDue.dueOn} <Typography.Text type="secondary">{t(`leads.clocks.${lead.nextDue.kind}`)}</Typography.Text>
    </Typography.Text>
  );
}
