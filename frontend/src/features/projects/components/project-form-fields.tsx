import { Col, Form, Input, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useIndustries } from '../../industries';
import { searchLeads } from '../../leads';
import { RemoteSelect } from '../../../components/remote-select';
import { searchTrips } from '../../trips';
import { useParks, useZones } from '../../space';
import { ATTRACTION_METHODS, INITIAL_STAGES, ORIGIN_TIERS, POOLS, type Project } from '../api/types';
import { InvestmentKindFields } from './investment-kind-fields';
import { InvestorSelect } from './investor-select';
import type { ProjectFormValues } from './project-form-values';
import { MoneyField } from '../../../components/money-field';
import { SponsorLeaderField } from './sponsor-leader-field';
import { PastDateField } from '../../../components/past-date-picker';
import { codeOptions, recordOptions } from '../../../lib/select-options';

export interface ProjectFormFieldsProps {
  creating: boolean;
  investorNames: Map<number, string>;
  onInvestorNames: (found: [number, string][]) => void;
  /** The project being edited: names of its lead and trip. */
  project?: Project;
}

/** The fields of the project form; limits mirror the server's validation. */
export function ProjectFormFields({ creating, investorNames, onInvestorNames, project }: ProjectFormFieldsProps) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<ProjectFormValues>();
  const industries = useIndustries();
  const zones = useZones();
  const parks = useParks();
  const zoneId = Form.useWatch('zoneId', form);
  const half = { xs: 24, md: 12 };
  const third = { xs: 24, md: 8 };

  const money = (name: 'totalInvestment' | 'fixedAssetInvestment' | 'contractForeignUsd', unitKey: string) => (
    <MoneyField
      name={name}
      label={t(`projects.fields.${name}`)}
      unit={t(unitKey)}
      invalid={t('projects.validation.decimal')}
      dependencies={name === 'fixedAssetInvestment' ? ['totalInvestment'] : undefined}
      rules={[
        ({ getFieldValue }) => ({
          validator: (_, value?: string) => {
            const total = getFieldValue('totalInvestment') as string | undefined;
            const exceeds = name === 'fixedAssetInvestment' && !!value && !!total && Number(value) > Number(total);
            return exceeds ? Promise.reject(new Error(t('projects.validation.fixedExceedsTotal'))) : Promise.resolve();
          },
        }),
      ]}
    />
  );

  return (
    <Row gutter={12}>
      <Col span={24}>
        <Form.Item
          name="name"
          label={t('projects.fields.name')}
          rules={[{ required: true, whitespace: true, max: 200, message: t('projects.validation.name') }]}
        >
          <Input autoFocus maxLength={200} />
        </Form.Item>
      </Col>
      {creating && (
        <>
          <Col {...third}>
            <Form.Item
              name="code"
              label={t('projects.fields.code')}
              extra={t('projects.form.codeHelp')}
              rules={[{ pattern: /^[A-Za-z0-9-]{0,32}$/, message: t('projects.validation.code') }]}
            >
              <Input maxLength={32} placeholder="XM2026-00001" />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item name="stage" label={t('projects.form.initialStage')} rules={[{ required: true }]}>
              <Select options={codeOptions(t, INITIAL_STAGES, 'projects.stages')} />
            </Form.Item>
          </Col>
          <Col {...third}>
            <PastDateField
              name="effectiveDate"
              label={t('projects.transition.effectiveDate')}
              requiredMessage={t('projects.transition.validation.effectiveDate')}
            />
          </Col>
        </>
      )}
      <Col {...half}>
        <Form.Item
          name="pool"
          label={t('projects.fields.pool')}
          rules={[{ required: true, message: t('projects.validation.pool') }]}
        >
          <Select options={codeOptions(t, POOLS, 'projects.pools')} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="keyProject" label={t('projects.fields.keyProject')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item
          name="investorEnterpriseIds"
          label={t('projects.fields.investors')}
          extra={t('projects.form.investorsHelp')}
        >
          <InvestorSelect names={investorNames} onNames={onInvestorNames} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="originTier" label={t('projects.fields.originTier')}>
          <Select
            allowClear
            placeholder={t('projects.form.originTierAuto')}
            options={codeOptions(t, ORIGIN_TIERS, 'projects.originTiers')}
          />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="industryId" label={t('projects.fields.industry')}>
          <Select allowClear options={recordOptions(industries.data?.items)} />
        </Form.Item>
      </Col>
      <Col {...third}>
        <Form.Item name="zoneId" label={t('projects.fields.zone')}>
          <Select allowClear options={recordOptions(zones.data?.items)} />
        </Form.Item>
      </Col>
      <Col {...third}>
        <Form.Item name="parkId" label={t('projects.fields.park')}>
          <Select
            allowClear
            options={(parks.data?.items ?? [])
              .filter((p) => !zoneId || !p.zone || p.zone.id === zoneId)
              .map((p) => ({ value: p.id, label: p.name }))}
            onChange={(parkId?: number) => {
              const zone = parks.data?.items.find((p) => p.id === parkId)?.zone;
              if (zone) form.setFieldValue('zoneId', zone.id);
            }}
          />
        </Form.Item>
      </Col>
      <Col {...third}>
        <Form.Item name="street" label={t('projects.fields.street')} rules={[{ max: 50 }]}>
          <Input maxLength={50} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="attractionMethod" label={t('projects.fields.attractionMethod')}>
          <Select allowClear options={codeOptions(t, ATTRACTION_METHODS, 'projects.methods')} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <SponsorLeaderField project={project} />
      </Col>
      <Col {...half}>
        <Form.Item name="leadId" label={t('leads.projectLink.field')}>
          <RemoteSelect
            queryKey={['leads', 'project-picker']}
            search={searchLeads}
            initialLabel={project?.leadTitle}
            placeholder={t('leads.projectLink.placeholder')}
          />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="tripId" label={t('trips.projectLink.field')}>
          <RemoteSelect
            queryKey={['trips', 'project-picker']}
            search={searchTrips}
            initialLabel={project?.tripTitle}
            placeholder={t('trips.projectLink.placeholder')}
          />
        </Form.Item>
      </Col>
      <Col {...third}>{money('totalInvestment', 'projects.wan')}</Col>
      <Col {...third}>{money('fixedAssetInvestment', 'projects.wan')}</Col>
      <Col {...third}>{money('contractForeignUsd', 'projects.wanUsd')}</Col>
      <InvestmentKindFields project={project} />
      <Col {...half}>
        <Form.Item
          name="ownerUsername"
          label={t('projects.fields.ownerUsername')}
          extra={t('projects.form.ownerHelp')}
          rules={[{ max: 100 }]}
        >
          <Input maxLength={100} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="constructionContent" label={t('projects.fields.constructionContent')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item
          name="plan"
          label={t('projects.fields.plan')}
          extra={t('projects.form.planHelp')}
          rules={[{ max: 20000 }]}
        >
          <Input.TextArea rows={5} maxLength={20000} />
        </Form.Item>
      </Col>
    </Row>
  );
}
