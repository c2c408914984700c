import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSponsored } from '../../projects';

/** Where each figure leads: the project list with "my sponsored projects" and the same toggle on. */
export const SPONSORED_LINKS = {
  projects: '/projects?sponsoredByMe=true',
  stalled: '/projects?sponsoredByMe=true&stalled=true',
  pendingConfirmation: '/projects?sponsoredByMe=true&pendingConfirmation=true',
} as const;

/** A leader's sponsored projects: how many projects they sponsor, how many of them are stalled and how many wait for review. */
export function SponsoredCard() {
  const { t } = useTranslation();
  const sponsored = useSponsored();
  const figure = (key: keyof typeof SPONSORED_LINKS) => (
    <Col xs={8} key={key}>
      <Statistic
        title={t(`cockpitSponsored.${key}`)}
        value={sponsored.data?.[key] ?? '-'}
        formatter={(value) => (
          <Link to={SPONSORED_LINKS[key]} data-testid={`sponsored-${key}`}>
            {value}
          </Link>
        )}
      />
    </Col>
  );
  return (
    <Card
      title={t('cockpitSponsored.title')}
      size="small"
      loading={sponsored.isPending}
      style={{ marginBottom: 16 }}
      data-testid="cockpit-sponsored"
    >
      <Row gutter={16}>{(['projects', 'stalled', 'pendingConfirmation'] as const).map(figure)}</Row>
    </Card>
  );
}
