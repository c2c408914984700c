import { App, Button, Card, Flex, Input, InputNumber, Table, Typography } from 'antd';
import { usePersonName } from '../../users';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-message';
import { useTargets } from '../api/get-targets';
import { useSaveTargets } from '../api/save-targets';
import { METRICS, type Metric, type UnitTargets } from '../api/types';
import { formatMoney } from '../../../lib/format';
import { cellOfViolation, gridInput, metricTitle, type TargetEdits } from '../lib/ranking-format';

export interface TargetGridProps {
  year: number;
  canEdit: boolean;
}

const cellKey = (unitId: number, metric: Metric) => `${unitId}:${metric}`;

/** The admin's grid, units × metrics, saved whole with the grid's version; the server's field errors land on cells. */
export function TargetGrid({ year, canEdit }: TargetGridProps) {
  const { t, i18n } = useTranslation();
  const nameOf = usePersonName();
  const { message } = App.useApp();
  const grid = useTargets(year);
  const save = useSaveTargets();
  const [edits, setEdits] = useState<TargetEdits>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [filter, setFilter] = useState('');

  // A new year, or the saved grid, starts without edits (adjusted while rendering, not in an effect).
  const shown = `${year}:${grid.data?.version}`;
  const [editing, setEditing] = useState(shown);
  if (editing !== shown) {
    setEditing(shown);
    setEdits({});
    setErrors({});
  }

  const valueOf = (unit: UnitTargets, metric: Metric) => {
    const edited = edits[unit.unitId];
    return edited && metric in edited ? edited[metric] : unit.targets[metric];
  };

  const edit = (unitId: number, metric: Metric, value: number | null) => {
    setEdits((current) => ({ ...current, [unitId]: { ...current[unitId], [metric]: value } }));
    setErrors(({ [cellKey(unitId, metric)]: _, ...rest }) => rest);
  };

  const submit = async () => {
    if (!grid.data) return;
    const input = gridInput(grid.data.units, edits);
    try {
      await save.mutateAsync({ year, input, version: grid.data.version });
      void message.success(t('ranking.targets.saved'));
    } catch (error) {
      if (error instanceof ApiError && error.violations.length > 0) {
        const found: Record<string, string> = {};
        for (const v of error.violations) {
          const cell = cellOfViolation(v.field, input);
          if (cell) found[cellKey(cell.unitId, cell.metric)] = v.message;
          else void message.error(v.message);
        }
        setErrors(found);
        void message.error(t('ranking.targets.invalid', { count: error.violations.length }));
        return;
      }
      void message.error(errorMessage(t, error));
      if (error instanceof ApiError && error.code === 'version.stale') void grid.refetch();
    }
  };

  const units = (grid.data?.units ?? []).filter(
    (u) => !filter || u.unitName.includes(filter) || u.unitCode.includes(filter),
  );
  const saved = grid.data?.updatedAt
    ? t('ranking.targets.lastSaved', {
        at: dayjs(grid.data.updatedAt).format('YYYY-MM-DD HH:mm'),
        by: nameOf(grid.data.updatedBy),
      })
    : t('ranking.targets.neverSaved');

  return (
    <Card
      title={t('ranking.targets.title')}
      extra={
        canEdit && (
          <Button type="primary" onClick={() => void submit()} loading={save.isPending} disabled={!grid.data}>
            {t('ranking.targets.save')}
          </Button>
        )
      }
    >
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{saved}</Typography.Text>
        <Input.Search
          allowClear
          placeholder={t('ranking.targets.filter')}
          style={{ maxWidth: 240 }}
          onChange={(e) => setFilter(e.target.value)}
        />
      </Flex>
      <Table<UnitTargets>
        rowKey="unitId"
        size="small"
        loading={grid.isPending}
        pagination={false}
        scroll={{ x: 820 }}
        dataSource={units}
        columns={[
          { title: t('ranking.targets.unit'), key: 'unit', fixed: 'left', width: 180, render: (_, u) => u.unitName },
          ...METRICS.map((m) => ({
            title: metricTitle(t, m),
            key: m,
            width: 160,
            render: (_: unknown, u: UnitTargets) => {
              const problem = errors[cellKey(u.unitId, m)];
              return (
                <Flex vertical gap={0}>
                  <InputNumber<number>
                    aria-label={`${u.unitName} ${t(`ranking.metric.${m}`)}`}
                    value={valueOf(u, m)}
                    min={0}
                    precision={m === 'SIGNED' || m === 'LANDED' ? 0 : undefined}
                    status={problem ? 'error' : undefined}
                    disabled={!canEdit}
                    style={{ width: '100%' }}
                    onChange={(value) => edit(u.unitId, m, value ?? null)}
                  />
                  {problem && <Typography.Text type="danger">{problem}</Typography.Text>}
                </Flex>
              );
            },
          })),
        ]}
        summary={() =>
          grid.data && (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>{t('ranking.targets.total')}</Table.Summary.Cell>
              {METRICS.map((m, i) => (
                <Table.Summary.Cell key={m} index={i + 1}>
                  {formatMoney(grid.data.totals[m], i18n.language)}
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          )
        }
      />
      {!canEdit && <Typography.Paragraph type="secondary">{t('ranking.targets.readOnly')}</Typography.Paragraph>}
    </Card>
  );
}
