import { Typography } from 'antd';
import { regionName, useRegions } from '../api/get-regions';

/** A GB/T 2260 code with its name: 370100 and the city's full name (the code alone while the list loads or lacks it). */
export function RegionName({ code }: { code: string }) {
  const regions = useRegions();
  const name = regionName(regions.data?.items, code);
  return (
    <span>
      <Typography.Text type="secondary">{code}</Typography.Text>
      {name && ` ${name}`}
    </span>
  );
}
