import { Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatInstant } from '../../projects/components/format';
import type { Change, ReturnedChange } from '../api/types';
import { ChangeSummary } from './change-summary';

/** A change waiting for review, as a line of a short list. */
export function PendingChangeItem({ change }: { change: Change }) {
  const { t, i18n } = useTranslation();
  return (
    <List.Item>
      <List.Item.Meta
        title={<Link to={`/projects/${change.projectId}`}>{change.projectName}</Link>}
        description={
          <Flex vertical gap={4}>
            <ChangeSummary change={change} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('confirmations.recorded', { by: change.recordedBy, at: formatInstant(change.recordedAt, i18n.language) })}
            </Typography.Text>
          </Flex>
        }
      />
    </List.Item>
  );
}

/** A change sent back: what it was, why, and the project where it is recorded again. */
export function ReturnedChangeItem({ change }: { change: ReturnedChange }) {
  const { t, i18n } = useTranslation();
  return (
    <List.Item style={{ borderInlineStart: '3px solid #ff4d4f', paddingInlineStart: 8 }}>
      <List.Item.Meta
        title={<Link to={`/projects/${change.projectId}`}>{change.projectName}</Link>}
        description={
          <Flex vertical gap={4}>
            <Typography.Text type="danger">{t('confirmations.reason', { reason: change.reason })}</Typography.Text>
            <ChangeSummary change={change} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('confirmations.returnedBy', { by: change.returnedBy, at: formatInstant(change.returnedAt, i18n.language) })}
            </Typography.Text>
          </Flex>
        }
      />
    </List.Item>
  );
}
