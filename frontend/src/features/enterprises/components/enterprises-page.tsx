import { Button, Card, Empty, Flex, Input, Select, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ExcelExportButton } from '../../../components/excel-export-button';
import { useMe } from '../../auth';
import { useIndustries } from '../../industries';
import { RegionCascader } from '../../regions';
import { useUnits } from '../../units';
import { filterFromParams, paramsFromFilter } from '../api/filter-params';
import { enterprisesUrl, useEnterprises } from '../api/get-enterprises';
import {
  STATUSES,
  TAG_CODES,
  type EnterpriseFilter,
  type EnterpriseListItem,
  type EnterpriseStatus,
  type TagCode,
} from '../api/types';
import { EnterpriseFormModal } from './enterprise-form-modal';
import { ImportModal } from './import-modal';
import { TagList } from './tag-list';
import { FilterSelect, PageHeader } from '../../../components/list-parts';
import { cappedPagination, sortParam } from '../../../lib/table-query';
import { QueryError } from '../../../components/query-error';
import { codeOptions, recordOptions } from '../../../lib/select-options';

/** The filter lives in the URL, so a view can be bookmarked and shared; so does a running import (`job`). */
function useFilter(): [EnterpriseFilter, (patch: Partial<EnterpriseFilter>) => void] {
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const update = (patch: Partial<EnterpriseFilter>) =>
    setParams(
      (current) => {
        const next = paramsFromFilter({ ...filterFromParams(current), page: 0, ...patch });
        const job = current.get('job');
        if (job) next.set('job', job);
        return next;
      },
      { replace: true },
    );
  return [filter, update];
}

/** The import job followed, kept in the URL: leaving the page and coming back finds it again. */
function useJobParam(): [string | undefined, (job: string | undefined) => void] {
  const [params, setParams] = useSearchParams();
  const update = (job: string | undefined) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (job) next.set('job', job);
        else next.delete('job');
        return next;
      },
      { replace: true },
    );
  return [params.get('job') ?? undefined, update];
}

export function EnterprisesPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useFilter();
  const enterprises = useEnterprises(filter);
  const industries = useIndustries();
  const units = useUnits();
  const [jobId, setJobId] = useJobParam();
  const me = useMe();
  const canCreate = (me.data?.roles ?? []).some((role) => role === 'officer' || role === 'unit_head');
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);

  const toggleTag = (tag: TagCode, checked: boolean) =>
    setFilter({ tags: checked ? [...filter.tags, tag] : filter.tags.filter((x) => x !== tag) });

  return (
    <Card>
      <PageHeader title={t('enterprises.title')}>
        <Flex wrap gap={8}>
          <Link to="/enterprises/duplicates">
            <Button>{t('enterprises.duplicates')}</Button>
          </Link>
          <ExcelExportButton listUrl={enterprisesUrl(filter)} />
          {canCreate && <Button onClick={() => setImporting(true)}>{t('enterprises.importButton')}</Button>}
          {canCreate && (
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('enterprises.add')}
            </Button>
          )}
        </Flex>
      </PageHeader>
      <Flex wrap gap={8} style={{ marginBottom: 8 }}>
        <Input.Search
          allowClear
          defaultValue={filter.q}
          placeholder={t('enterprises.searchPlaceholder')}
          aria-label={t('enterprises.search')}
          style={{ maxWidth: 420 }}
          onSearch={(q) => setFilter({ q: q.trim() || undefined })}
          enterButton
        />
        <Select
          allowClear
          placeholder={t('enterprises.industry')}
          style={{ minWidth: 150 }}
          value={filter.industryId}
          onChange={(industryId?: number) => setFilter({ industryId })}
          options={recordOptions(industries.data?.items)}
        />
        <Select
          allowClear
          placeholder={t('enterprises.status')}
          style={{ minWidth: 120 }}
          value={filter.status}
          onChange={(status?: EnterpriseStatus) => setFilter({ status })}
          options={codeOptions(t, STATUSES, 'enterprises.statuses')}
        />
        <RegionCascader
          value={filter.regionCode}
          onChange={(regionCode) => setFilter({ regionCode })}
          placeholder={t('enterprises.regionFilter')}
          style={{ minWidth: 220 }}
        />
        <FilterSelect
          label={t('enterprises.ownerFilter')}
          showSearch
          optionFilterProp="label"
          minWidth={180}
          value={filter.ownerUnitId}
          onChange={(ownerUnitId?: number) => setFilter({ ownerUnitId })}
          options={recordOptions(units.data?.items)}
        />
      </Flex>
      <Flex wrap gap={4} style={{ marginBottom: 12 }} role="group" aria-label={t('enterprises.tagFilter')}>
        {TAG_CODES.map((tag) => {
          const checked = filter.tags.includes(tag);
          return (
            <Button
              key={tag}
              size="small"
              shape="round"
              type={checked ? 'primary' : 'default'}
              aria-pressed={checked}
              onClick={() => toggleTag(tag, !checked)}
            >
              {t(`enterprises.tags.${tag}`)}
            </Button>
          );
        })}
      </Flex>
      {enterprises.isError && <QueryError error={enterprises.error} />}
      <Table<EnterpriseListItem>
        rowKey="id"
        loading={enterprises.isFetching}
        dataSource={enterprises.data?.items ?? []}
        scroll={{ x: 900 }}
        locale={{ emptyText: <Empty description={t('enterprises.empty')} /> }}
        pagination={cappedPagination({ t, texts: 'enterprises', filter, data: enterprises.data, onChange: setFilter })}
        onChange={(_, __, sorter) => setFilter({ sort: sortParam(sorter) ?? '-createdAt' })}
        columns={[
          {
            title: t('enterprises.name'),
            key: 'name',
            sorter: true,
            render: (_, firm) => <Link to={`/enterprises/${firm.id}`}>{firm.name}</Link>,
          },
          { title: t('enterprises.tagsLabel'), key: 'tags', render: (_, firm) => <TagList tags={firm.tags} /> },
          { title: t('enterprises.industry'), dataIndex: 'industryName' },
          {
            title: t('enterprises.capital'),
            key: 'registeredCapital',
            sorter: true,
            align: 'right',
            render: (_, firm) =>
              firm.registeredCapital == null ? '—' : Number(firm.registeredCapital).toLocaleString(),
          },
          { title: t('enterprises.owner'), dataIndex: 'ownerUnitName' },
          {
            title: t('enterprises.status'),
            dataIndex: 'status',
            render: (s: string) => t(`enterprises.statuses.${s}`),
          },
        ]}
      />
      <EnterpriseFormModal open={creating} onClose={() => setCreating(false)} />
      <ImportModal
        open={importing || Boolean(jobId)}
        onClose={() => {
          setImporting(false);
          setJobId(undefined);
        }}
        jobId={jobId}
        onJobChange={setJobId}
      />
    </Card>
  );
}
