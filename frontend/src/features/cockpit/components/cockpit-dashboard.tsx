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
  // Each a half on a wide screen, in reading order.
  const halves = [
    <FunnelChart key="funnel" stages={data.funnel.stages} />,
    <MonthlyChart key="monthly-projects" data={data} kind="projects" />,
    <MonthlyChart key="monthly-funds" data={data} kind="funds" />,
    <UnitRanking key="unit-ranking" data={data} onSelectUnit={onSelectUnit} />,
    <BreakdownChart key="by-industry" data={data} by="industry" />,
    <BreakdownChart key="by-zone" data={data} by="zone" />,
    <StalledTable key="stalled" items={data.stalled} unitId={data.unitId} />,
    <KeyProjectsTable key="key-projects" items={data.keyProjects} unitId={data.unitId} />,
    <RankingCard key="ranking" asOf={data.asOf} unitId={data.unitId} />,
  ];
  return (
    <>
      <KpiCards data={data} />
      <Row gutter={[16, 16]}>
        {halves.map((half) => (
          <Col key={half.key} {...HALF}>
            {half}
          </Col>
        ))}
      </Row>
    </>
  );
}
