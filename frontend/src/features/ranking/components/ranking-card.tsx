import { Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useRanking } from '../api/get-ranking';
import { formatPercent, formatScore } from '../lib/ranking-format';
import { FigureTitle } from '../../figures';

export interface RankingCardProps {
  /** The cockpit's day: the card ranks the year up to it. */
  asOf: string;
  /** The cockpit's unit, if it shows one: that unit's place is shown too. */
  unitId?: number | null;
}

const TOP = 5;

/** The top of the league table on the cockpit, linking to the whole table (/ranking). */
export function RankingCard({ asOf, unitId }: RankingCardProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const ranking = useRanking({ asOf });
  const data = ranking.data;
  const ranked = data?.units.filter((u) => u.rank !== null) ?? [];
  const own = unitId ? ranked.find((u) => u.unitId === unitId) : undefined;
  const shown = own && !ranked.slice(0, TOP).includes(own) ? [...ranked.slice(0, TOP), own] : ranked.slice(0, TOP);

  return (
    <Card
      title={<FigureTitle title={t('ranking.card.title')} figure={['ranking_score', 'time_progress']} />}
      loading={ranking.isPending}
      extra={<Link to={`/ranking?asOf=${asOf}`}>{t('ranking.card.viewAll')}</Link>}
      data-testid="ranking-card"
    >
      {data && (
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">
            {t('ranking.card.subtitle', { asOf: data.asOf, method: t(`ranking.method.${data.rule.method}`) })}
            {' · '}
            {t('ranking.timeProgress', { percent: formatPercent(data.timeProgressPercent, lang), month: data.month })}
          </Typography.Text>
          <List
            size="small"
            dataSource={shown}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ranking.card.empty')} /> }}
            renderItem={(u) => (
              <List.Item key={u.unitId} style={{ fontWeight: u.unitId === unitId ? 600 : undefined }}>
                <Flex gap={8} align="center">
                  <Tag color={u.rank !== null && u.rank <= 3 ? 'gold' : undefined}>{u.rank}</Tag>
                  <span>{u.unitName}</span>
                </Flex>
                <span>{formatScore(u.score, lang)}</span>
              </List.Item>
            )}
          />
        </Flex>
      )}
    </Card>
  );
}
