import { Flex, List, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatInstant } from '../../../lib/format';
import type { Change, ReturnedChange } from '../api/types';
import { ChangeSummary } from './change-summary';

interface ChangeItemProps {
  change: Change;
  /** Above the change: why it is listed. */
  lead?: ReactNode;
  footer: string;
  late?: boolean;
}

function ChangeItem({ change, lead, footer, late }: ChangeItemProps) {
  return (
    <List.Item style={late ? { borderInlineStart: '3px solid #ff4d4f', paddingInlineStart: 8 } : undefined}>
      <List.Item.Meta
        title={<Link to={`/projects/${change.projectId}`}>{change.projectName}</Link>}
        description={
          <Flex vertical gap={4}>
            {lead}
            <ChangeSummary change={change} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {footer}
            </Typography.Text>
          </Flex>
        }
      />
    </List.Item>
  );
}

/** A change waiting for review, as a line of a short list. */
export function PendingChangeItem({ change }: { change: Change }) {
  const { t, i18n } = useTranslation();
  const at = formatInstant(change.recordedAt, i18n.language);
  return (
    <ChangeItem
      change={change}
      footer={t('confirmations.recorded', { by: change.recordedByName ?? change.recordedBy, at })}
    />
  );
}

/** A change sent back: why, what it was, and the project where it is recorded again. */
export function ReturnedChangeItem({ change }: { change: ReturnedChange }) {
  const { t, i18n } = useTranslation();
  const at = formatInstant(change.returnedAt, i18n.language);
  return (
    <ChangeItem
      change={change}
      late
      lead={<Typography.Text type="danger">{t('confirmations.reason', { reason: change.reason })}</Typography.Text>}
      footer={t('confirmations.returnedBy', { by: change.returnedByName ?? change.returnedBy, at })}
    />
  );
}
