import { App, Card, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { useUnits } from '../../units';
import { useAssignUser } from '../api/assign-user';
import { useUsers, type AppUser } from '../api/get-users';
import { formatInstant } from '../../../lib/date-time';
import { QueryError } from '../../../components/query-error';
import { recordOptions } from '../../../lib/select-options';
import { PageTitle } from '../../../components/list-parts';

export function UsersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const users = useUsers();
  const units = useUnits();
  const assign = useAssignUser();
  const unitOptions = recordOptions(units.data?.items);

  const onAssign = async (user: AppUser, unitId: number | null) => {
    try {
      await assign.mutateAsync({ username: user.username, displayName: user.displayName, unitId });
      void message.success(t('users.assigned'));
    } catch (error) {
      void message.error(errorMessage(t, error));
    }
  };

  return (
    <Card>
      <PageTitle title={t('users.title')} />
      {users.isError && <QueryError error={users.error} marginBottom={16} />}
      <Table<AppUser>
        rowKey="username"
        loading={users.isLoading}
        dataSource={users.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 760 }}
        locale={{ emptyText: <Empty description={t('users.empty')} /> }}
        columns={[
          { title: t('users.username'), dataIndex: 'username' },
          { title: t('users.displayName'), dataIndex: 'displayName' },
          {
            title: t('users.unit'),
            key: 'unit',
            render: (_, user) => (
              <Select
                style={{ minWidth: 180 }}
                allowClear
                placeholder={t('users.none')}
                value={user.unit?.id}
                options={unitOptions}
                aria-label={`${t('users.unit')} ${user.username}`}
                onChange={(value?: number) => void onAssign(user, value ?? null)}
              />
            ),
          },
          {
            title: t('users.email'),
            key: 'email',
            render: (_, user) =>
              user.email ? (
                <Space wrap size={4}>
                  {user.email}
                  {!user.emailDigest && <Tag>{t('users.digestOff')}</Tag>}
                </Space>
              ) : (
                <Typography.Text type="secondary">{t('users.noEmail')}</Typography.Text>
              ),
          },
          {
            title: t('users.lastSeen'),
            dataIndex: 'lastSeenAt',
            render: (value: string | null) => formatInstant(value),
          },
        ]}
      />
    </Card>
  );
}
