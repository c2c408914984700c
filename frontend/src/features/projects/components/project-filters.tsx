import { Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../auth';
import { useIndustries } from '../../industries';
import { useZones } from '../../space';
import { useUnits } from '../../units';
import { POOLS, STAGES, type Pool, type ProjectFilter, type Stage } from '../api/types';
import { FilterSelect, FilterSwitch } from '../../../components/list-parts';
import { codeOptions, recordOptions } from '../../../lib/select-options';

/** The yes/no filters, each a switch. */
const TOGGLES: { key: 'keyProject' | 'stalled' | 'pendingConfirmation' | 'sponsoredByMe'; labelKey: string }[] = [
  { key: 'keyProject', labelKey: 'projects.keyOnly' },
  { key: 'stalled', labelKey: 'projects.stalledOnly' },
  { key: 'pendingConfirmation', labelKey: 'projects.pendingOnly' },
];

/** My sponsored projects: offered to leaders, who are the sponsors. */
const SPONSOR_TOGGLE = { key: 'sponsoredByMe', labelKey: 'projects.sponsoredByMe' } as const;

export interface ProjectFiltersProps {
  filter: ProjectFilter;
  onChange: (patch: Partial<ProjectFilter>) => void;
}

/** The filter bar shared by the list and the board. */
export function ProjectFilters({ filter, onChange }: ProjectFiltersProps) {
  const { t } = useTranslation();
  const units = useUnits();
  const industries = useIndustries();
  const zones = useZones();
  const me = useMe();
  const toggles = me.data?.roles.includes('leader') || filter.sponsoredByMe ? [SPONSOR_TOGGLE, ...TOGGLES] : TOGGLES;

  return (
    <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
      <Input.Search
        allowClear
        defaultValue={filter.q}
        placeholder={t('projects.searchPlaceholder')}
        aria-label={t('projects.search')}
        style={{ maxWidth: 360 }}
        onSearch={(q) => onChange({ q: q.trim() || undefined })}
        enterButton
      />
      <Select<Stage[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={t('projects.fields.stage')}
        aria-label={t('projects.fields.stage')}
        style={{ minWidth: 180, maxWidth: 320 }}
        value={filter.stages}
        onChange={(stages) => onChange({ stages })}
        options={codeOptions(t, STAGES, 'projects.stages')}
      />
      <FilterSelect<Pool>
        label={t('projects.fields.pool')}
        minWidth={120}
        value={filter.pool}
        onChange={(pool?: Pool) => onChange({ pool })}
        options={codeOptions(t, POOLS, 'projects.pools')}
      />
      <FilterSelect<number>
        label={t('projects.fields.unit')}
        showSearch
        optionFilterProp="label"
        minWidth={150}
        value={filter.unitId}
        onChange={(unitId?: number) => onChange({ unitId })}
        options={recordOptions(units.data?.items)}
      />
      <FilterSelect<number>
        label={t('projects.fields.industry')}
        minWidth={150}
        value={filter.industryId}
        onChange={(industryId?: number) => onChange({ industryId })}
        options={recordOptions(industries.data?.items)}
      />
      <FilterSelect<number>
        label={t('projects.fields.zone')}
        minWidth={130}
        value={filter.zoneId}
        onChange={(zoneId?: number) => onChange({ zoneId })}
        options={recordOptions(zones.data?.items)}
      />
      {toggles.map(({ key, labelKey }) => (
        <FilterSwitch
          key={key}
          id={`projects-filter-${key}`}
          label={t(labelKey)}
          checked={!!filter[key]}
          onChange={(on) => onChange({ [key]: on || undefined })}
        />
      ))}
    </Flex>
  );
}
