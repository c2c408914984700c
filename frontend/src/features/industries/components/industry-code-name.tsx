import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { industryCodeName, useGbt4754 } from '../api/get-gbt4754';

/** A GB/T 4754 code with its name: C27 and the division's name (the code alone while the list loads or lacks it). */
export function IndustryCodeName({ code }: { code: string }) {
  const { t } = useTranslation();
  const codes = useGbt4754();
  const found = industryCodeName(codes.data?.items, code);
  return (
    <span>
      <Typography.Text type="secondary">{code}</Typography.Text>
      {found &&
        (found.division
          ? ` ${t('industries.codeInDivision', { division: found.division, name: found.name })}`
          : ` ${found.name}`)}
    </span>
  );
}
