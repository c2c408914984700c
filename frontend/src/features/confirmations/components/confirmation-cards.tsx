import { Card, Checkbox, Empty, Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../lib/format';
import { changeKey, type Change } from '../api/types';
import { ChangeActions } from './change-actions';
import type { ChangeListProps } from './change-list-props';
import { ChangeSummary } from './change-summary';
import { ProjectCell } from './project-cell';

/** The phone's list: one card a change, its checkbox beside the project. */
export function ConfirmationCards({ items, loading, actionable, selected, onSelect, actions }: ChangeListProps) {
  const { t, i18n } = useTranslation();
  const toggle = (key: string, on: boolean) => onSelect(on ? [...selected, key] : selected.filter((k) => k !== key));
  return (
    <List<Change>
      loading={loading}
      dataSource={items}
      rowKey={changeKey}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('confirmations.empty')} /> }}
      renderItem={(change) => {
        const key = changeKey(change);
        return (
          <List.Item style={{ padding: '6px 0', borderBlockEnd: 'none' }}>
            <Card size="small" style={{ width: '100%' }}>
              <Flex vertical gap={8}>
                <Flex gap={8} align="start">
                  {actionable && (
                    <Checkbox
                      checked={selected.includes(key)}
                      onChange={(e) => toggle(key, e.target.checked)}
                      aria-label={t('confirmations.select', { name: change.projectName })}
                    />
                  )}
                  <ProjectCell change={change} />
                  <Typography.Text type="secondary" style={{ marginInlineStart: 'auto' }}>
                    {change.unitName}
                  </Typography.Text>
                </Flex>
                <ChangeSummary change={change} />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('confirmations.recorded', {
                    by: change.recordedByName ?? change.recordedBy,
                    at: formatInstant(change.recordedAt, i18n.language),
                  })}
                </Typography.Text>
                {actionable && <ChangeActions change={change} {...actions} />}
              </Flex>
            </Card>
          </List.Item>
        );
      }}
    />
  );
}
