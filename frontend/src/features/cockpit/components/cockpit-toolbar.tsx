import { ReloadOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useUnits } from '../../units';
import type { CockpitQuery } from '../api/types';
import { BriefingButton } from './briefing-button';
import './cockpit-print.css';
import { yearToDate } from './drill-down';
import { periodEnds } from './format';
import { PeriodSwitch } from './period-switch';
import { recordOptions } from '../../../lib/select-options';

/** "All units" in the select: the URL then holds no unitId. */
const DISTRICT = 0;

export interface CockpitToolbarProps {
  /** The day shown: the URL's, else the server's answer, else today. */
  asOf: string;
  unitId?: number;
  /** A unit head sees their own unit only. */
  unitLocked: boolean;
  refreshing: boolean;
  onChange: (patch: Partial<CockpitQuery>) => void;
  onRefresh: () => void;
}

const isFuture = (day: Dayjs) => day.isAfter(dayjs(), 'day');

/** Title, period caption, as-of date, unit, refresh and the briefing; on paper only the title and caption. */
export function CockpitToolbar({ asOf, unitId, unitLocked, refreshing, onChange, onRefresh }: CockpitToolbarProps) {
  const { t, i18n } = useTranslation();
  const units = useUnits();
  const period = yearToDate(asOf);

  return (
    <Flex className="cockpit-toolbar" justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
      <Flex vertical gap={2}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('cockpit.title')}
        </Typography.Title>
        <Typography.Text type="secondary" data-testid="cockpit-period" style={{ fontSize: 16 }}>
          {t('cockpit.period', periodEnds(period.from, period.to, i18n.language))}
        </Typography.Text>
      </Flex>
      <Flex className="cockpit-toolbar-controls" wrap gap={8} align="center">
        <PeriodSwitch asOf={asOf} onChange={(day) => onChange({ asOf: day })} />
        <DatePicker
          allowClear={false}
          aria-label={t('cockpit.asOf')}
          prefix={t('cockpit.asOfPrefix')}
          value={dayjs(asOf)}
          disabledDate={isFuture}
          onChange={(day) => day && onChange({ asOf: day.format('YYYY-MM-DD') })}
        />
        <Select<number>
          aria-label={t('cockpit.unit')}
          showSearch
          optionFilterProp="label"
          disabled={unitLocked}
          style={{ minWidth: 180 }}
          value={unitId ?? DISTRICT}
          loading={units.isLoading}
          onChange={(value) => onChange({ unitId: value || undefined })}
          options={[{ value: DISTRICT, label: t('cockpit.allUnits') }, ...recordOptions(units.data?.items)]}
        />
        <Button icon={<ReloadOutlined />} loading={refreshing} onClick={onRefresh}>
          {t('cockpit.refresh')}
        </Button>
        <BriefingButton asOf={asOf} unitId={unitId} />
      </Flex>
    </Flex>
  );
}
