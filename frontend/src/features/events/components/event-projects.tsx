import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { getProjects } from '../../projects';
import { formatMoney } from '../../../lib/format';
import { errorText } from '../../../lib/error-text';
import { RemoteSelect } from '../../../components/remote-select';
import { LinkedProjects } from '../../trips';
import { useAddEventProject } from '../api/add-event-project';
import { useRemoveEventProject } from '../api/remove-event-project';
import type { EventProject, InvestmentEvent } from '../api/types';

const searchProjects = async (q: string) =>
  (await getProjects({ q: q || undefined, stages: [], page: 0, size: 20, sort: '-updatedAt' })).items.map((p) => ({
    value: p.id,
    label: `${p.name} (${p.code})`,
  }));

/** Whether the event counts the project, or which earlier event it is credited to. */
function Credit({ project }: { project: EventProject }) {
  const { t } = useTranslation();
  if (project.credited) return <Tag color="green">{t('events.credit.here')}</Tag>;
  return (
    <Typography.Text type="secondary" data-testid={`credited-elsewhere-${project.id}`}>
      {t('events.credit.elsewhere', { event: project.creditedEventName ?? '' })}
      {project.creditedEventId && (
        <>
          {' '}
          <Link to={`/events/${project.creditedEventId}`}>{t('events.credit.open')}</Link>
        </>
      )}
    </Typography.Text>
  );
}

/** The projects signed at the event, the credit rule made visible, and adding or removing one. */
export function EventProjects({ event }: { event: InvestmentEvent }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const add = useAddEventProject();
  const remove = useRemoveEventProject();
  const [picked, setPicked] = useState<number>();
  const credited = event.projects.filter((p) => p.credited);

  const addPicked = async () => {
    if (!picked) return;
    try {
      await add.mutateAsync({ eventId: event.id, projectId: picked });
      setPicked(undefined);
      void message.success(t('events.projects.added'));
    } catch (error) {
      void message.error(errorText(t, error));
    }
  };
  const removeOne = async (projectId: number) => {
    try {
      await remove.mutateAsync({ eventId: event.id, projectId });
      void message.success(t('events.projects.removed'));
    } catch (error) {
      void message.error(errorText(t, error));
    }
  };
  const removeButton = (p: EventProject) =>
    event.canEdit && (
      <Popconfirm
        title={t('events.projects.removeConfirm', { name: p.name })}
        okText={t('common.remove')}
        cancelText={t('common.cancel')}
        onConfirm={() => void removeOne(p.id)}
      >
        <Button size="small" danger icon={<DeleteOutlined />} aria-label={`${t('common.remove')} ${p.name}`} />
      </Popconfirm>
    );

  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph style={{ margin: 0 }} data-testid="event-credit-summary">
        {t('events.projects.summary', {
          all: event.projects.length,
          credited: credited.length,
          total: formatMoney(event.totalInvestmentCredited),
        })}
      </Typography.Paragraph>
      <Typography.Text type="secondary">{t('events.credit.rule')}</Typography.Text>
      {event.canEdit && (
        <Flex gap={8} wrap align="center">
          <Form.Item
            label={t('events.projects.pick')}
            htmlFor="event-project-pick"
            style={{ margin: 0, minWidth: 280, flex: 1 }}
          >
            <RemoteSelect
              id="event-project-pick"
              queryKey={['projects', 'event-picker']}
              search={searchProjects}
              value={picked}
              onChange={setPicked}
              placeholder={t('events.projects.pickPlaceholder')}
            />
          </Form.Item>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            disabled={!picked}
            loading={add.isPending}
            onClick={() => void addPicked()}
          >
            {t('events.projects.add')}
          </Button>
        </Flex>
      )}
      <LinkedProjects<EventProject>
        projects={event.projects}
        empty={t('events.projects.empty')}
        extraColumns={[
          { title: t('events.credit.title'), key: 'credit', width: 240, render: (_, p) => <Credit project={p} /> },
          ...(event.canEdit
            ? [{ title: '', key: 'remove', width: 60, render: (_: unknown, p: EventProject) => removeButton(p) }]
            : []),
        ]}
        extraCard={(p) => (
          <Flex justify="space-between" align="center">
            <Credit project={p} />
            {removeButton(p)}
          </Flex>
        )}
      />
    </Flex>
  );
}
