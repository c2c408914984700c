import { Card, Col, Row, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';

/** The page's shape while the first figures load. */
export function CockpitSkeleton() {
  const { t } = useTranslation();
  return (
    <div aria-busy="true" aria-label={t('app.loading')} data-testid="cockpit-loading">
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {[0, 1, 2, 3].map((i) => (
          <Col key={i} xs={24} sm={12} lg={8} xl={6}>
            <Card>
              <Skeleton active paragraph={{ rows: 2 }} />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]}>
        {[0, 1].map((i) => (
          <Col key={i} xs={24} xl={12}>
            <Card>
              <Skeleton active paragraph={{ rows: 8 }} />
            </Card>
          </Col>
        ))}
      </Row>
    </div>
  );
}
