import { ArrowLeftOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, List, Popconfirm, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../../lib/error-message';
import { useMe } from '../../auth';
import { useDuplicates, useMergeEnterprise, type DuplicateGroup } from '../api/duplicates';
import type { EnterpriseListItem } from '../api/types';

function Group({ group, myUnitId }: { group: DuplicateGroup; myUnitId?: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const merge = useMergeEnterprise();
  const mine = (firm: EnterpriseListItem) => firm.ownerUnitId === myUnitId;

  const mergeInto = async (survivor: EnterpriseListItem) => {
    try {
      for (const other of group.firms.filter((f) => f.id !== survivor.id && mine(f))) {
        await merge.mutateAsync({ survivor, otherId: other.id });
        survivor = { ...survivor, version: survivor.version + 1 };
      }
      void message.success(t('enterprises.merged'));
    } catch (error) {
      void message.error(errorMessage(t, error));
    }
  };

  return (
    <Card size="small">
      <List<EnterpriseListItem>
        dataSource={group.firms}
        renderItem={(firm) => (
          <List.Item
            actions={
              mine(firm) && group.firms.filter(mine).length > 1
                ? [
                    <Popconfirm
                      key="merge"
                      title={t('enterprises.mergeConfirm', { name: firm.name })}
                      onConfirm={() => void mergeInto(firm)}
                    >
                      <Button size="small" loading={merge.isPending}>
                        {t('enterprises.keepThis')}
                      </Button>
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={<Link to={`/enterprises/${firm.id}`}>{firm.name}</Link>}
              description={`${firm.ownerUnitName} · ${firm.creditCode ?? t('enterprises.noCreditCode')}`}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}

export function DuplicatesPage() {
  const { t } = useTranslation();
  const duplicates = useDuplicates();
  const me = useMe();
  return (
    <Flex vertical gap={12}>
      <Link to="/enterprises">
        <ArrowLeftOutlined /> {t('enterprises.backToList')}
      </Link>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('enterprises.duplicates')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('enterprises.duplicatesHelp')}</Typography.Text>
      {duplicates.isPending && <Skeleton active />}
      {duplicates.data?.length === 0 && <Empty description={t('enterprises.noDuplicates')} />}
      {duplicates.data?.map((group) => (
        <Group key={group.key} group={group} myUnitId={me.data?.unit?.id} />
      ))}
    </Flex>
  );
}
