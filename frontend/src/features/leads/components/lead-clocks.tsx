import { Steps, Typography } from 'antd';
import type { StepProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { CLOCK_KINDS, type ClockKind, type Lead, type LeadClock } from '../api/types';

/** The step the lead waits for: the first of respond, assess, feedback not yet done; then progress reports. */
export function nextStep(lead: Pick<Lead, 'clocks' | 'status'>): ClockKind | null {
  if (lead.status !== 'OPEN') return null;
  const done = (kind: ClockKind) => lead.clocks.some((c) => c.kind === kind && c.doneOn);
  return (['RESPOND', 'ASSESS', 'FEEDBACK'] as const).find((kind) => !done(kind)) ?? 'PROGRESS';
}

/** The four clocks as steps: due date, done date, and how late. */
export function LeadClocks({ lead }: { lead: Lead }) {
  const { t } = useTranslation();
  const next = nextStep(lead);
  const reports = lead.history.filter((h) => h.kind === 'PROGRESS').length;

  const describe = (kind: ClockKind, clock?: LeadClock) => {
    const lines: string[] = [];
    if (clock?.doneOn) lines.push(t('leads.steps.doneOn', { date: clock.doneOn }));
    if (clock && !clock.doneOn)
      lines.push(t(kind === 'PROGRESS' ? 'leads.steps.nextReport' : 'leads.steps.dueOn', { date: clock.dueOn }));
    if (clock?.doneOn && clock.dueOn) lines.push(t('leads.steps.wasDue', { date: clock.dueOn }));
    if (kind === 'PROGRESS' && reports > 0) lines.push(t('leads.steps.reports', { count: reports }));
    if (!clock) lines.push(t(lead.status === 'OPEN' ? 'leads.steps.notYet' : 'leads.steps.stopped'));
    return (
      <>
        {lines.map((line) => (
          <div key={line}>{line}</div>
        ))}
        {clock?.overdue && (
          <Typography.Text type="danger" strong>
            {t('leads.overdue.clock', { clock: t(`leads.clocks.${kind}`), count: clock.daysOverdue })}
          </Typography.Text>
        )}
      </>
    );
  };

  const items: StepProps[] = CLOCK_KINDS.map((kind) => {
    const clock = lead.clocks.find((c) => c.kind === kind);
    const status: StepProps['status'] = clock?.overdue
      ? 'error'
      : clock?.doneOn
        ? 'finish'
        : kind === next
          ? 'process'
          : 'wait';
    return { title: t(`leads.clocks.${kind}`), status, description: describe(kind, clock) };
  });

  return <Steps size="small" items={items} aria-label={t('leads.steps.title')} responsive />;
}
