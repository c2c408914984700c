import { CheckOutlined } from '@ant-design/icons';
import { App, Button, Card, Grid, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { useMe } from '../../auth';
import { QueryError } from '../../../components/query-error';
import { MAX_BATCH, useConfirmChanges } from '../api/confirm-changes';
import { useConfirmations } from '../api/get-confirmations';
import { changeKey, type Change } from '../api/types';
import { ConfirmationCards } from './confirmation-cards';
import { ConfirmationsTable } from './confirmations-table';
import { ReturnModal } from './return-modal';
import { PageHeader } from '../../../components/list-parts';

/** Pending confirmations: a unit head confirms or sends back what the unit's officers recorded; leaders, stats and admins read. */
export function ConfirmationsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const phone = Grid.useBreakpoint().sm === false;
  const me = useMe();
  const actionable = (me.data?.roles ?? []).includes('unit_head');
  const pending = useConfirmations();
  const confirm = useConfirmChanges();
  const [selected, setSelected] = useState<string[]>([]);
  const [returning, setReturning] = useState<Change | null>(null);
  const items = pending.data?.items ?? [];
  const chosen = items.filter((change) => selected.includes(changeKey(change)));

  const confirmItems = async (changes: Change[]) => {
    try {
      const { confirmed } = await confirm.mutateAsync(changes);
      void message.success(t('confirmations.confirmed', { n: confirmed }));
      setSelected((keys) => keys.filter((key) => !changes.some((c) => changeKey(c) === key)));
    } catch (error) {
      void message.error(errorMessage(t, error));
    }
  };
  const single = confirm.isPending && confirm.variables?.length === 1 ? changeKey(confirm.variables[0]) : undefined;
  const List = phone ? ConfirmationCards : ConfirmationsTable;

  return (
    <Card>
      <PageHeader
        title={
          <>
            {t('confirmations.title')}
            {pending.data && (
              <Typography.Text type="secondary" style={{ fontSize: 14, fontWeight: 'normal', marginInlineStart: 12 }}>
                {t('confirmations.total', { n: pending.data.count })}
              </Typography.Text>
            )}
          </>
        }
        marginBottom={8}
      >
        {actionable && (
          <Button
            type="primary"
            icon={<CheckOutlined />}
            title={chosen.length > MAX_BATCH ? t('confirmations.tooMany', { max: MAX_BATCH }) : undefined}
            disabled={chosen.length === 0 || chosen.length > MAX_BATCH}
            loading={confirm.isPending && !single}
            onClick={() => void confirmItems(chosen)}
            block={phone}
          >
            {t('confirmations.confirmSelected', { n: chosen.length })}
          </Button>
        )}
      </PageHeader>
      <Typography.Paragraph type="secondary">
        {t(actionable ? 'confirmations.intro' : 'confirmations.readOnly')}
      </Typography.Paragraph>
      {pending.isError && (
        <div style={{ marginBottom: 12 }}>
          <QueryError error={pending.error} onRetry={() => void pending.refetch()} />
        </div>
      )}
      <List
        items={items}
        loading={pending.isFetching}
        actionable={actionable}
        selected={selected}
        onSelect={setSelected}
        actions={{ confirmingKey: single, onConfirm: (change) => void confirmItems([change]), onReturn: setReturning }}
      />
      <ReturnModal change={returning} onClose={() => setReturning(null)} />
    </Card>
  );
}
