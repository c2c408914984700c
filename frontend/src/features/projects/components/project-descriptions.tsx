import { Space, Tag, Typography, type DescriptionsProps } from 'antd';
import { PersonName } from '../../users';
import { IndustryCodeName } from '../../industries';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DetailDescriptions, LongText } from '../../../components/detail-card';
import type { Project } from '../api/types';
import { formatInstant, formatMoney, orDash } from '../../../lib/format';

export interface ProjectDescriptionsProps {
  project: Project;
}

/** The events where the project was signed; it counts for the first only. */
function ProjectEvents({ events }: { events: Project['events'] }) {
  const { t } = useTranslation();
  if (events.length === 0) return null;
  return (
    <Space direction="vertical" size={2} data-testid="project-events">
      {events.map((e) => (
        <span key={e.id}>
          <Link to={`/events/${e.id}`}>{e.name}</Link> <Typography.Text type="secondary">{e.heldOn}</Typography.Text>{' '}
          {e.credited ? (
            <Tag color="green">{t('events.projectLink.credited')}</Tag>
          ) : (
            <Typography.Text type="secondary">{t('events.projectLink.notCredited')}</Typography.Text>
          )}
        </span>
      ))}
    </Space>
  );
}

const MILESTONES = ['negotiatingOn', 'signedOn', 'registeredOn', 'constructionOn', 'operatingOn'] as const;

type DescriptionSpan = NonNullable<DescriptionsProps['items']>[number]['span'];

/** Every field of a project, one column on a phone, three on a wide screen. */
export function ProjectDescriptions({ project: p }: ProjectDescriptionsProps) {
  const { t, i18n } = useTranslation();
  const money = (value: number | null, unitKey: string) =>
    value == null ? '—' : `${formatMoney(value)} ${t(unitKey)}`;
  const tier = p.originTier
    ? `${t(`projects.originTiers.${p.originTier}`)}${p.originTierComputed ? ` ${t('projects.form.originTierComputed')}` : ''}`
    : '—';
  const item = (key: string, label: string, children: ReactNode, span?: DescriptionSpan) => ({
    key,
    label,
    children: orDash(children),
    span,
  });

  return (
    <DetailDescriptions
      items={[
        item('code', t('projects.fields.code'), p.code),
        item('stageSince', t('projects.fields.stageSince'), p.stageSince),
        item('pool', t('projects.fields.pool'), t(`projects.pools.${p.pool}`)),
        item(
          'investors',
          t('projects.fields.investors'),
          p.investors.length === 0
            ? null
            : p.investors.map((inv, i) => (
                <span key={inv.id}>
                  {i > 0 && t('projects.separator')}
                  <Link to={`/enterprises/${inv.id}`}>{inv.name}</Link>
                </span>
              )),
          // one column on a phone: a span of 2 there makes antd warn that the row does not add up
          { xs: 1, sm: 2 },
        ),
        item('originTier', t('projects.fields.originTier'), tier),
        item(
          'industry',
          t('projects.fields.industry'),
          (p.industryName || p.industryCode) && (
            <span>
              {p.industryName}
              {p.industryCode && (
                <>
                  {p.industryName && ' · '}
                  <IndustryCodeName code={p.industryCode} />
                </>
              )}
            </span>
          ),
        ),
        item('zone', t('projects.fields.zone'), p.zoneName),
        item('park', t('projects.fields.park'), p.parkName),
        item('site', t('projects.fields.site'), p.siteName),
        item('street', t('projects.fields.street'), p.street),
        item(
          'method',
          t('projects.fields.attractionMethod'),
          p.attractionMethod && t(`projects.methods.${p.attractionMethod}`, { defaultValue: p.attractionMethod }),
        ),
        item('source', t('projects.fields.source'), p.source),
        item('total', t('projects.fields.totalInvestment'), money(p.totalInvestment, 'projects.wan')),
        item('fixed', t('projects.fields.fixedAssetInvestment'), money(p.fixedAssetInvestment, 'projects.wan')),
        item('foreign', t('projects.fields.contractForeignUsd'), money(p.contractForeignUsd, 'projects.wanUsd')),
        ...(p.investmentKind && p.investmentKind !== 'NEW'
          ? [
              item('kind', t('projectCounting.kind'), t(`projectCounting.kinds.${p.investmentKind}`)),
              item('counted', t('projectCounting.counted'), money(p.countedInvestment, 'projects.wan')),
              item(
                'base',
                t('projectCounting.base'),
                p.baseProjectId && (
                  <Link to={`/projects/${p.baseProjectId}`}>{p.baseProjectName ?? `#${p.baseProjectId}`}</Link>
                ),
              ),
            ]
          : []),
        item('unit', t('projects.fields.unit'), p.unitName),
        item('owner', t('projects.fields.ownerUsername'), p.ownerUsername && <PersonName login={p.ownerUsername} />),
        item('sponsor', t('projects.fields.sponsorLeader'), p.sponsorLeader),
        item(
          'agreement',
          t('projects.fields.agreementType'),
          p.agreementType && t(`projects.agreementTypes.${p.agreementType}`),
        ),
        ...MILESTONES.map((m) => item(m, t(`projects.milestones.${m}`), p.milestones[m])),
        item('createdAt', t('projects.fields.createdAt'), formatInstant(p.createdAt, i18n.language)),
        item('updatedAt', t('projects.fields.updatedAt'), formatInstant(p.updatedAt, i18n.language)),
        item(
          'lead',
          t('leads.projectLink.field'),
          p.leadId && <Link to={`/leads/${p.leadId}`}>{p.leadTitle ?? `#${p.leadId}`}</Link>,
        ),
        item(
          'trip',
          t('trips.projectLink.field'),
          p.tripId && <Link to={`/trips/${p.tripId}`}>{p.tripTitle ?? `#${p.tripId}`}</Link>,
        ),
        item('events', t('events.projectLink.title'), <ProjectEvents events={p.events ?? []} />),
        item('construction', t('projects.fields.constructionContent'), p.constructionContent, 'filled'),
        item('plan', t('projects.fields.plan'), p.plan && <LongText>{p.plan}</LongText>, 'filled'),
      ]}
    />
  );
}
