import { App, Button, Card, Empty, Grid, List, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { useDeleteHoliday } from '../api/delete-holiday';
import { useHolidays } from '../api/get-holidays';
import type { Holiday } from '../api/types';
import type { ReactNode } from 'react';
import { HolidayFormModal } from './holiday-form-modal';
import { PageHeader } from '../../../components/list-parts';
import { QueryError } from '../../../components/query-error';

/** The first year the calendar ships (V27); the list offers it up to next year. */
const FIRST_YEAR = 2023;

export function yearsToOffer(thisYear: number): number[] {
  const last = Math.max(thisYear + 1, 2027);
  return Array.from({ length: last - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
}

/**
 * Public holidays: the days off and the weekend days worked in exchange (tiaoxiu) of a year, which the lead clocks count working days with.
 * The admin adds, changes and removes days as the State Council announces each year.
 */
export function HolidaysPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [year, setYear] = useState(() => dayjs().year());
  const holidays = useHolidays(year);
  const remove = useDeleteHoliday();
  const [editing, setEditing] = useState<{ open: boolean; holiday?: Holiday }>({ open: false });
  // A phone reads the days as a list; a table of four columns would scroll sideways.
  const phone = Grid.useBreakpoint().md === false;

  const removeDay = async (holiday: Holiday) => {
    try {
      await remove.mutateAsync(holiday);
      void message.success(t('holidays.removed'));
    } catch (error) {
      void message.error(errorMessage(t, error));
    }
  };

  const dayText = (day: string) => `${day} ${t(`holidays.weekdays.${dayjs(day).day()}`)}`;
  const kindTag = (holiday: Holiday) => (
    <Tag color={holiday.kind === 'OFF' ? 'red' : 'blue'}>{t(`holidays.kinds.${holiday.kind}`)}</Tag>
  );
  const actions = (holiday: Holiday): ReactNode[] => [
    <Button key="edit" type="link" onClick={() => setEditing({ open: true, holiday })}>
      {t('common.edit')}
    </Button>,
    <Popconfirm
      key="remove"
      title={t('holidays.removeConfirm', { day: holiday.day })}
      okText={t('holidays.remove')}
      cancelText={t('common.cancel')}
      onConfirm={() => removeDay(holiday)}
    >
      <Button type="link" danger>
        {t('holidays.remove')}
      </Button>
    </Popconfirm>,
  ];
  const empty = <Empty description={t('holidays.empty', { year })} />;

  return (
    <Card>
      <PageHeader title={t('holidays.title')} marginBottom={8}>
        <Space wrap>
          <Select
            aria-label={t('holidays.year')}
            value={year}
            onChange={setYear}
            options={yearsToOffer(dayjs().year()).map((y) => ({
              value: y,
              label: t('holidays.yearOption', { year: y }),
            }))}
            style={{ width: 110 }}
          />
          <Button type="primary" onClick={() => setEditing({ open: true })}>
            {t('holidays.add')}
          </Button>
        </Space>
      </PageHeader>
      <Typography.Paragraph type="secondary">{t('holidays.intro')}</Typography.Paragraph>
      {holidays.isError && (
        <QueryError error={holidays.error} onRetry={() => void holidays.refetch()} marginBottom={16} />
      )}
      {phone ? (
        <List<Holiday>
          loading={holidays.isLoading}
          dataSource={holidays.data?.items ?? []}
          locale={{ emptyText: empty }}
          renderItem={(holiday) => (
            <List.Item actions={actions(holiday)}>
              <List.Item.Meta
                title={
                  <Space wrap size={4}>
                    {dayText(holiday.day)}
                    {kindTag(holiday)}
                  </Space>
                }
                description={holiday.name}
              />
            </List.Item>
          )}
        />
      ) : (
        <Table<Holiday>
          rowKey="id"
          size="small"
          loading={holidays.isLoading}
          dataSource={holidays.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: empty }}
          columns={[
            { title: t('holidays.day'), dataIndex: 'day', render: dayText },
            { title: t('holidays.kind'), dataIndex: 'kind', render: (_, holiday) => kindTag(holiday) },
            { title: t('holidays.name'), dataIndex: 'name' },
            {
              title: t('holidays.actions'),
              key: 'actions',
              render: (_, holiday) => <Space size={0}>{actions(holiday)}</Space>,
            },
          ]}
        />
      )}
      <HolidayFormModal
        open={editing.open}
        holiday={editing.holiday}
        year={year}
        onClose={() => setEditing({ open: false })}
      />
    </Card>
  );
}
