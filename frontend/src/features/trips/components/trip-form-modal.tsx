import { Col, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, blankToNull, toDateString } from '../../../lib/format';
import { ActionFormModal } from '../../../components/action-form-modal';
import { useSaveTrip } from '../api/save-trip';
import type { TripInput, TripListItem } from '../api/types';
import { DateRange } from '../../../components/date-range';

interface TripFormValues {
  title: string;
  leaderName?: string;
  delegation: string[];
  cities: string[];
  dates: [Dayjs, Dayjs];
  purpose?: string;
  outcome?: string;
}

export interface TripFormModalProps {
  /** The trip to edit (with its outcome when known); absent to create one. Mount the modal to open it. */
  trip?: TripListItem & { outcome?: string | null };
  onClose: () => void;
}

const toValues = (trip: NonNullable<TripFormModalProps['trip']>): TripFormValues => ({
  title: trip.title,
  leaderName: trip.leaderName ?? undefined,
  delegation: trip.delegation,
  cities: trip.cities,
  dates: [dayjs(trip.startDate), dayjs(trip.endDate)],
  purpose: trip.purpose ?? undefined,
  outcome: trip.outcome ?? undefined,
});

const toInput = (v: TripFormValues): TripInput => ({
  title: v.title.trim(),
  leaderName: blankToNull(v.leaderName),
  delegation: (v.delegation ?? []).map((s) => s.trim()).filter(Boolean),
  cities: (v.cities ?? []).map((s) => s.trim()).filter(Boolean),
  startDate: toDateString(v.dates[0]),
  endDate: toDateString(v.dates[1]),
  purpose: blankToNull(v.purpose),
  outcome: blankToNull(v.outcome),
});

const fieldOf = (field: string) =>
  field === 'startDate' || field === 'endDate' ? 'dates' : field.replace(/\[\d+\].*$/, '');

/** Records an outreach trip: who led it, who went, where, when, why and what came of it. */
export function TripFormModal({ trip, onClose }: TripFormModalProps) {
  const { t } = useTranslation();
  const save = useSaveTrip();
  const half = { xs: 24, md: 12 };
  const tags = (name: 'delegation' | 'cities', required: boolean) => (
    <Form.Item
      name={name}
      label={t(`trips.fields.${name}`)}
      extra={t(`trips.form.${name}Help`)}
      rules={required ? [{ required: true, type: 'array', min: 1, message: t('trips.validation.cities') }] : []}
    >
      <Select mode="tags" tokenSeparators={[',', ' ', '\u3001', '\uFF0C']} open={false} suffixIcon={null} />
    </Form.Item>
  );

  return (
    <ActionFormModal<TripFormValues>
      width={720}
      title={t(trip ? 'trips.edit' : 'trips.add')}
      okText={t('common.save')}
      successText={t('trips.saved')}
      initialValues={trip ? toValues(trip) : { delegation: [], cities: [] }}
      pending={save.isPending}
      onClose={onClose}
      fieldOf={fieldOf}
      onSubmit={(v) => save.mutateAsync({ input: toInput(v), existing: trip })}
    >
      <Row gutter={12}>
        <Col span={24}>
          <Form.Item
            name="title"
            label={t('trips.fields.title')}
            rules={[{ required: true, whitespace: true, message: t('trips.validation.title') }, { max: 200 }]}
          >
            <Input autoFocus maxLength={200} placeholder={t('trips.form.titlePlaceholder')} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item
            name="leaderName"
            label={t('trips.fields.leaderName')}
            extra={t('trips.form.leaderHelp')}
            rules={[{ max: 50 }]}
          >
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item
            name="dates"
            label={t('trips.fields.dates')}
            rules={[{ required: true, message: t('trips.validation.dates') }]}
          >
            <DateRange format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={24}>{tags('cities', true)}</Col>
        <Col span={24}>{tags('delegation', false)}</Col>
        <Col span={24}>
          <Form.Item name="purpose" label={t('trips.fields.purpose')} rules={[{ max: 2000 }]}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="outcome" label={t('trips.fields.outcome')} rules={[{ max: 4000 }]}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
        </Col>
      </Row>
    </ActionFormModal>
  );
}
