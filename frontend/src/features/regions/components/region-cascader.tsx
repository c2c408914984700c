import { Cascader } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { regionPath, useRegions, type Region } from '../api/get-regions';

export interface RegionCascaderProps {
  /** A 6-digit GB/T 2260 code: a province, a prefecture or a county. */
  value?: string;
  onChange: (code: string | undefined) => void;
  placeholder?: string;
  style?: React.CSSProperties;
}

/**
 * Province → prefecture → county from the server's GB/T 2260 list; any level may be chosen (a province stands for
 * every code below it).
 */
export function RegionCascader({ value, onChange, placeholder, style }: RegionCascaderProps) {
  const { t } = useTranslation();
  // The list is read when the picker is first opened, or at once when a region is already chosen (to name it).
  const [opened, setOpened] = useState(false);
  const regions = useRegions(opened || Boolean(value));
  return (
    <Cascader<Region>
      allowClear
      changeOnSelect
      showSearch={{ filter: (input, path) => path.some((region) => region.name.includes(input.trim())) }}
      placeholder={placeholder ?? t('regions.placeholder')}
      aria-label={placeholder ?? t('regions.placeholder')}
      loading={regions.isFetching}
      onOpenChange={(open) => open && setOpened(true)}
      style={style}
      options={regions.data?.items ?? []}
      fieldNames={{ label: 'name', value: 'code', children: 'children' }}
      value={regionPath(value)}
      onChange={(path) => onChange(path && path.length ? String(path[path.length - 1]) : undefined)}
    />
  );
}
