import { Card, Empty, Flex, Input, Table, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ExcelExportButton } from '../../../components/excel-export-button';
import { AUDIT_ACTIONS, PAGE_SIZE, auditUrl, useAudit, type AuditEvent } from '../api/get-audit';
import { useAuditTypes } from '../api/get-audit-types';
import { beijingMinute, changeLines, filterFromParams, paramsFromFilter } from './audit-filter';
import { DateRange } from '../../../components/date-range';
import { FilterSelect } from '../../../components/list-parts';
import { codeOptions } from '../../../lib/select-options';

const ACTION_COLOURS: Record<string, string> = {
  CREATE: 'green',
  UPDATE: 'blue',
  DELETE: 'red',
  LOGIN: 'default',
  LOGOUT: 'default',
  REFUSED: 'orange',
  EXPORT: 'gold',
  PURGE: 'purple',
  DOWNLOAD: 'geekblue',
};

/**
 * The audit trail page: who (by name) changed what (by its business key), when (Beijing time) and from where, each
 * change in words; logins and refused requests. Admins and statistics.
 */
export function AuditPage() {
  const { t } = useTranslation();
  const types = useAuditTypes();
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const audit = useAudit(filter);
  const { page: _page, ...exportFilter } = filter;
  // Each change is a history entry: Back returns to the previous filter. The text boxes are keyed by the URL's
  // value, so they show it again whenever the URL changes under them (Back, Forward, a link).
  const set = (patch: Partial<typeof filter>) => setParams(paramsFromFilter({ ...filter, page: 0, ...patch }));
  const lines = (e: AuditEvent) => changeLines(e.action, e.readable ?? [], t('audit.emptyValue'));

  return (
    <Card>
      <Flex wrap gap={8} justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('audit.title')}
        </Typography.Title>
        <ExcelExportButton listUrl={auditUrl(exportFilter)} />
      </Flex>
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <FilterSelect
          label={t('audit.entity')}
          showSearch
          style={{ width: 160 }}
          value={filter.entity}
          loading={types.isLoading}
          optionFilterProp="label"
          onChange={(entity?: string) => set({ entity, id: undefined })}
          options={(types.data ?? []).map((type) => ({ value: type.type, label: type.label }))}
        />
        <Input.Search
          key={`record:${filter.record ?? ''}`}
          allowClear
          aria-label={t('audit.record')}
          placeholder={t('audit.recordHint')}
          defaultValue={filter.record}
          style={{ width: 220 }}
          onSearch={(v) => set({ record: v || undefined, id: undefined })}
        />
        <Input.Search
          key={`actor:${filter.actor ?? ''}`}
          allowClear
          aria-label={t('audit.actor')}
          placeholder={t('audit.actorHint')}
          defaultValue={filter.actor}
          style={{ width: 160 }}
          onSearch={(v) => set({ actor: v || undefined })}
        />
        <FilterSelect
          label={t('audit.action')}
          style={{ width: 120 }}
          value={filter.action}
          onChange={(action) => set({ action })}
          options={codeOptions(t, AUDIT_ACTIONS, 'audit.actions')}
        />
        <DateRange
          aria-label={t('audit.period')}
          value={filter.from && filter.to ? [dayjs(filter.from), dayjs(filter.to)] : null}
          onChange={(range) => set({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
        />
        {filter.id && (
          <Tag closable onClose={() => set({ id: undefined })} style={{ alignSelf: 'center' }}>
            {t('audit.recordId', { id: filter.id })}
          </Tag>
        )}
      </Flex>
      <Table<AuditEvent>
        rowKey="id"
        size="small"
        loading={audit.isLoading}
        dataSource={audit.data?.items ?? []}
        scroll={{ x: 820 }}
        locale={{ emptyText: <Empty description={t('audit.empty')} /> }}
        pagination={{
          current: filter.page + 1,
          pageSize: PAGE_SIZE,
          total: audit.data?.total ?? 0,
          showSizeChanger: false,
          onChange: (page) => setParams(paramsFromFilter({ ...filter, page: page - 1 }), { replace: true }),
        }}
        expandable={{
          rowExpandable: (e) => lines(e).length > 0,
          expandedRowRender: (e) => (
            <ul style={{ margin: 0, paddingLeft: 20, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
              {lines(e).map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          ),
        }}
        columns={[
          { title: t('audit.time'), dataIndex: 'occurredAt', width: 150, render: (v: string) => beijingMinute(v) },
          {
            title: t('audit.actor'),
            dataIndex: 'actorName',
            width: 120,
            render: (name: string, e) =>
              e.system || name === e.actor ? (
                name
              ) : (
                <Tooltip title={t('audit.login', { login: e.actor })}>
                  <span>{name}</span>
                </Tooltip>
              ),
          },
          {
            title: t('audit.action'),
            dataIndex: 'action',
            width: 90,
            render: (a: string) => <Tag color={ACTION_COLOURS[a]}>{t(`audit.actions.${a}`, { defaultValue: a })}</Tag>,
          },
          { title: t('audit.entity'), dataIndex: 'entityLabel', width: 130 },
          { title: t('audit.record'), dataIndex: 'record', ellipsis: true },
          { title: t('audit.address'), dataIndex: 'remoteAddress', width: 130, responsive: ['md'] },
        ]}
      />
    </Card>
  );
}
