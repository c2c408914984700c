import { CloudUploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { formatInstant } from '../../../lib/date-time';
import { useOnline } from '../components/use-online';
import { draftStorageKey, readDraft, writeDraft } from '../components/visit-draft';
import type { QueuedVisit } from './queued-visit';
import { removeQueuedVisit, syncVisitQueue, useVisitQueue, useVisitQueueSyncState } from './use-visit-queue';

export interface VisitQueuePanelProps {
  owner: string;
}

/** Waiting to sync: the visits saved on this device that the server does not have yet, each deletable; none, nothing shown. */
export function VisitQueuePanel({ owner }: VisitQueuePanelProps) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const online = useOnline();
  const queue = useVisitQueue(owner);
  const syncState = useVisitQueueSyncState(owner);
  const items = queue.data ?? [];
  if (items.length === 0) return null;

  // Back into the form as the new-visit draft, with the same key: the refused POST stored nothing under it.
  const fix = (item: QueuedVisit) => {
    const open = async () => {
      writeDraft(draftStorageKey(owner), { key: item.key, savedAt: item.savedAt, values: item.values });
      await removeQueuedVisit(queryClient, owner, item.key);
      navigate('/visits/new');
    };
    if (!readDraft(draftStorageKey(owner))) return void open();
    modal.confirm({
      title: t('visits.queue.replaceDraft'),
      content: t('visits.queue.replaceDraftHelp'),
      onOk: open,
    });
  };

  return (
    <Card
      size="small"
      id="visit-queue"
      title={
        <Space>
          <CloudUploadOutlined />
          {t('visits.queue.title', { count: items.length })}
        </Space>
      }
      extra={
        online && (
          <Button size="small" onClick={() => void syncVisitQueue(queryClient, owner, t)}>
            {t('visits.queue.syncNow')}
          </Button>
        )
      }
    >
      <Flex vertical gap={8}>
        {syncState.data?.signedOut && (
          <Alert
            type="warning"
            showIcon
            message={t('visits.queue.signedOut')}
            action={
              <Button size="small" onClick={() => window.location.assign('/login')}>
                {t('visits.queue.logIn')}
              </Button>
            }
          />
        )}
        <Typography.Text type="secondary">
          {t(online ? 'visits.queue.helpOnline' : 'visits.queue.helpOffline')}
        </Typography.Text>
        <List<QueuedVisit>
          aria-label={t('visits.queue.list')}
          size="small"
          dataSource={items}
          rowKey="key"
          renderItem={(item) => (
            <List.Item
              actions={[
                ...(item.state === 'NEEDS_FIX'
                  ? [
                      <Button key="fix" size="small" type="primary" onClick={() => fix(item)}>
                        {t('visits.queue.fix')}
                      </Button>,
                    ]
                  : []),
                <Popconfirm
                  key="delete"
                  title={t('visits.queue.deleteTitle')}
                  description={t('visits.queue.deleteHelp')}
                  okText={t('visits.delete')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => removeQueuedVisit(queryClient, owner, item.key)}
                >
                  <Button size="small" danger>
                    {t('visits.delete')}
                  </Button>
                </Popconfirm>,
              ]}
            >
              <List.Item.Meta
                title={
                  <Space wrap size={4}>
                    {item.firmName}
                    {item.state === 'NEEDS_FIX' && <Tag color="error">{t('visits.queue.needsFix')}</Tag>}
                  </Space>
                }
                description={
                  <>
                    <div>
                      {t('visits.queue.when', { date: item.input.visitedOn, time: formatInstant(item.savedAt) })}
                    </div>
                    {item.problem && <Typography.Text type="danger">{item.problem.message}</Typography.Text>}
                  </>
                }
              />
            </List.Item>
          )}
        />
      </Flex>
    </Card>
  );
}
