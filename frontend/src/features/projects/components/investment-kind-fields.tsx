import { Col, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { RemoteSelect } from '../../../components/remote-select';
import { searchProjects } from '../api/get-projects';
import { INVESTMENT_KINDS, type Project } from '../api/types';
import type { ProjectFormValues } from './project-form-values';
import { MoneyField } from '../../../components/money-field';
import { codeOptions } from '../../../lib/select-options';

/**
 * The counting rule: whether the project is new, an upgrade or a capital increase; the latter two name the increment that is
 * counted (required, not above the total) and, if it is recorded here, the project they build on.
 */
export function InvestmentKindFields({ project }: { project?: Project }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<ProjectFormValues>();
  const kind = Form.useWatch('investmentKind', form) ?? 'NEW';
  const half = { xs: 24, md: 12 };
  return (
    <>
      <Col {...half}>
        <Form.Item name="investmentKind" label={t('projectCounting.kind')} extra={t(`projectCounting.help.${kind}`)}>
          <Select options={codeOptions(t, INVESTMENT_KINDS, 'projectCounting.kinds')} />
        </Form.Item>
      </Col>
      {kind !== 'NEW' && (
        <>
          <Col {...half}>
            <MoneyField
              name="incrementInvestment"
              label={t('projectCounting.increment')}
              unit={t('projects.wan')}
              requiredMessage={t('projectCounting.incrementRequired')}
              invalid={t('projects.validation.decimal')}
              dependencies={['totalInvestment']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, value?: string) => {
                    const total = getFieldValue('totalInvestment') as string | undefined;
                    return value && total && Number(value) > Number(total)
                      ? Promise.reject(new Error(t('projectCounting.incrementExceedsTotal')))
                      : Promise.resolve();
                  },
                }),
              ]}
            />
          </Col>
          <Col span={24}>
            <Form.Item name="baseProjectId" label={t('projectCounting.base')} extra={t('projectCounting.baseHelp')}>
              <RemoteSelect
                queryKey={['projects', 'base-picker']}
                search={searchProjects}
                initialLabel={project?.baseProjectName ?? undefined}
                placeholder={t('projectCounting.basePlaceholder')}
              />
            </Form.Item>
          </Col>
        </>
      )}
    </>
  );
}
