import { App, Button, Card, Empty, InputNumber, Switch, Table } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-message';
import { useStallRules } from '../api/get-stall-rules';
import { useSaveStallRule } from '../api/save-stall-rule';
import type { StallRule, StallRuleInput } from '../api/types';
import { QueryError } from '../../../components/query-error';
import { PageTitle } from '../../../components/list-parts';

const MIN_DAYS = 1;
const MAX_DAYS = 3650;

/** One rule's editable days and switch, saved on its own with the version it was read at. */
function useRowDrafts() {
  const [drafts, setDrafts] = useState<Record<number, StallRuleInput>>({});
  const draftOf = (rule: StallRule): StallRuleInput => drafts[rule.id] ?? { days: rule.days, enabled: rule.enabled };
  const change = (rule: StallRule, patch: Partial<StallRuleInput>) =>
    setDrafts((all) => ({ ...all, [rule.id]: { ...draftOf(rule), ...patch } }));
  const drop = (id: number) =>
    setDrafts((all) => {
      const { [id]: _dropped, ...rest } = all;
      return rest;
    });
  return { draftOf, change, drop };
}

export function StallRulesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rules = useStallRules();
  const save = useSaveStallRule();
  const { draftOf, change, drop } = useRowDrafts();
  const [savingId, setSavingId] = useState<number>();

  const describe = (rule: StallRule, days: number) =>
    t(`stallRules.describe.${rule.kind}`, { stage: t(`projects.stages.${rule.stage}`), days });

  const submit = async (rule: StallRule) => {
    const input = draftOf(rule);
    setSavingId(rule.id);
    try {
      await save.mutateAsync({ rule, input });
      drop(rule.id);
      void message.success(t('stallRules.saved'));
    } catch (error) {
      void message.error(errorMessage(t, error));
      if (error instanceof ApiError && error.code === 'version.stale') {
        drop(rule.id);
        void rules.refetch();
      }
    } finally {
      setSavingId(undefined);
    }
  };

  return (
    <Card>
      <PageTitle title={t('stallRules.title')} intro={t('stallRules.intro')} />
      {rules.isError && <QueryError error={rules.error} onRetry={() => void rules.refetch()} marginBottom={16} />}
      <Table<StallRule>
        rowKey="id"
        loading={rules.isLoading}
        dataSource={rules.data ?? []}
        pagination={false}
        scroll={{ x: 640 }}
        locale={{ emptyText: <Empty description={t('stallRules.empty')} /> }}
        onRow={(rule) => ({ 'data-testid': `stall-rule-${rule.id}` }) as HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('stallRules.rule'), key: 'rule', render: (_, rule) => describe(rule, draftOf(rule).days) },
          {
            title: t('stallRules.days'),
            key: 'days',
            width: 140,
            render: (_, rule) => (
              <InputNumber
                aria-label={`${t('stallRules.days')} ${describe(rule, rule.days)}`}
                min={MIN_DAYS}
                max={MAX_DAYS}
                precision={0}
                value={draftOf(rule).days}
                onChange={(days) => typeof days === 'number' && change(rule, { days })}
              />
            ),
          },
          {
            title: t('stallRules.enabled'),
            key: 'enabled',
            width: 100,
            render: (_, rule) => (
              <Switch
                aria-label={`${t('stallRules.enabled')} ${describe(rule, rule.days)}`}
                checked={draftOf(rule).enabled}
                onChange={(enabled) => change(rule, { enabled })}
              />
            ),
          },
          {
            title: t('stallRules.actions'),
            key: 'actions',
            width: 100,
            render: (_, rule) => {
              const draft = draftOf(rule);
              const dirty = draft.days !== rule.days || draft.enabled !== rule.enabled;
              return (
                <Button
                  type="primary"
                  size="small"
                  disabled={!dirty}
                  loading={savingId === rule.id}
                  onClick={() => void submit(rule)}
                >
                  {t('stallRules.save')}
                </Button>
              );
            },
          },
        ]}
      />
    </Card>
  );
}
