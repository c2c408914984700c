import { Col, Row } from 'antd';
import { RankingCard } from '../../ranking';
import type { Cockpit } from '../api/types';
import { BreakdownChart } from './breakdown-chart';
import { FunnelChart } from './funnel-chart';
import { KeyProjectsTable } from './key-projects-table';
import { KpiCards } from './kpi-cards';
import { MonthlyChart } from './monthly-chart';
import { StalledTable } from './stalled-table';
import { UnitRanking } from './unit-ranking';

export interface CockpitDashboardProps {
  data: Cockpit;
  onSelectUnit: (unitId: number) => void;
}

const HALF = { xs: 24, xl: 12 };

/** Figures, charts and lists: two columns on a wide screen, one on a phone. */
export function CockpitDashboard({ data, onSelectUnit }: CockpitDashboardProps) {
  return (
    <>
      <KpiCards data={data} />
      <Row gutter={[16, 16]}>
        <Col {...HALF}>
          <FunnelChart stages={data.funnel.stages} />
        </Col>
        <Col {...HALF}>
          <MonthlyChart data={data} kind="projects" />
        </Col>
        <Col {...HALF}>
          <MonthlyChart data={data} kind="funds" />
        </Col>
        <Col {...HALF}>
          <UnitRanking data={data} onSelectUnit={onSelectUnit} />
        </Col>
        <Col {...HALF}>
          <BreakdownChart data={data} by="industry" />
        </Col>
        <Col {...HALF}>
          <BreakdownChart data={data} by="zone" />
        </Col>
        <Col {...HALF}>
          <StalledTable items={data.stalled} unitId={data.unitId} />
        </Col>
        <Col {...HALF}>
          <KeyProjectsTable items={data.keyProjects} unitId={data.unitId} />
        </Col>
        <Col {...HALF}>
          <RankingCard asOf={data.asOf} unitId={data.unitId} />
        </Col>
      </Row>
    </>
  );
}
