import { DatePicker, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useMe } from '../../auth';
import { RankingRuleForm } from './ranking-rule-form';
import { TargetGrid } from './target-grid';

/** Targets (admin): the year's targets per unit and its ranking rule; the year is in the URL (?year=). */
export function TargetsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const fromUrl = Number(params.get('year'));
  const year = Number.isInteger(fromUrl) && fromUrl >= 2000 && fromUrl <= 2100 ? fromUrl : dayjs().year();
  const canEdit = !!useMe().data?.roles.includes('admin');

  return (
    <Flex vertical gap={16} data-testid="targets">
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('ranking.targets.title')}
        </Typography.Title>
        <DatePicker
          picker="year"
          allowClear={false}
          aria-label={t('ranking.year')}
          value={dayjs(`${year}-01-01`)}
          onChange={(day) => day && setParams({ year: String(day.year()) }, { replace: true })}
        />
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('ranking.targets.intro')}
      </Typography.Paragraph>
      <TargetGrid year={year} canEdit={canEdit} />
      <RankingRuleForm year={year} canEdit={canEdit} />
    </Flex>
  );
}
