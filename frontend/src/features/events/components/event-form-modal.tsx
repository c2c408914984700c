import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, blankToNull, toDateString } from '../../../lib/format';
import { ActionFormModal } from '../../../components/action-form-modal';
import { useSaveEvent } from '../api/save-event';
import {
  EVENT_KINDS,
  EVENT_ROLES,
  type EventInput,
  type EventKind,
  type EventListItem,
  type EventRole,
} from '../api/types';
import { codeOptions } from '../../../lib/select-options';

interface EventFormValues {
  name: string;
  kind: EventKind;
  role: EventRole;
  heldOn: Dayjs;
  place?: string;
  organiser?: string;
  participants?: string;
  summary?: string;
}

export interface EventFormModalProps {
  /** The event to edit (with its summary when known); absent to create one. Mount the modal to open it. */
  event?: EventListItem & { summary?: string | null };
  onClose: () => void;
}

const toInput = (v: EventFormValues): EventInput => ({
  name: v.name.trim(),
  kind: v.kind,
  role: v.role,
  heldOn: toDateString(v.heldOn),
  place: blankToNull(v.place),
  organiser: blankToNull(v.organiser),
  participants: blankToNull(v.participants),
  summary: blankToNull(v.summary),
});

/** Records an investment event: a promotion, a signing ceremony, a forum or an expo the district hosted or attended. */
export function EventFormModal({ event, onClose }: EventFormModalProps) {
  const { t } = useTranslation();
  const save = useSaveEvent();
  const half = { xs: 24, md: 12 };
  const text = (name: 'place' | 'organiser', max: number) => (
    <Form.Item name={name} label={t(`events.fields.${name}`)} rules={[{ max }]}>
      <Input maxLength={max} />
    </Form.Item>
  );

  return (
    <ActionFormModal<EventFormValues>
      width={720}
      title={t(event ? 'events.edit' : 'events.add')}
      okText={t('common.save')}
      successText={t('events.saved')}
      initialValues={
        event
          ? {
              name: event.name,
              kind: event.kind,
              role: event.role,
              heldOn: dayjs(event.heldOn),
              place: event.place ?? undefined,
              organiser: event.organiser ?? undefined,
              participants: event.participants ?? undefined,
              summary: event.summary ?? undefined,
            }
          : { kind: 'PROMOTION', role: 'HOSTED' }
      }
      pending={save.isPending}
      onClose={onClose}
      onSubmit={(v) => save.mutateAsync({ input: toInput(v), existing: event })}
    >
      <Row gutter={12}>
        <Col span={24}>
          <Form.Item
            name="name"
            label={t('events.fields.name')}
            rules={[{ required: true, whitespace: true, message: t('events.validation.name') }, { max: 200 }]}
          >
            <Input autoFocus maxLength={200} placeholder={t('events.form.namePlaceholder')} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="kind" label={t('events.fields.kind')} rules={[{ required: true }]}>
            <Select options={codeOptions(t, EVENT_KINDS, 'events.kinds')} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="role" label={t('events.fields.role')} rules={[{ required: true }]}>
            <Select options={codeOptions(t, EVENT_ROLES, 'events.roles')} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item
            name="heldOn"
            label={t('events.fields.heldOn')}
            rules={[{ required: true, message: t('events.validation.heldOn') }]}
          >
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col {...half}>{text('place', 200)}</Col>
        <Col span={24}>{text('organiser', 200)}</Col>
        <Col span={24}>
          <Form.Item
            name="participants"
            label={t('events.fields.participants')}
            extra={t('events.form.participantsHelp')}
            rules={[{ max: 2000 }]}
          >
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="summary" label={t('events.fields.summary')} rules={[{ max: 4000 }]}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
        </Col>
      </Row>
    </ActionFormModal>
  );
}
