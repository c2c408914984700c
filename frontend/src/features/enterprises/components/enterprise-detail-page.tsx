import { ArrowLeftOutlined } from '@ant-design/icons';
import { IndustryCodeName } from '../../industries';
import { Alert, Button, Card, Descriptions, Empty, Flex, Skeleton, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { errorMessage } from '../../../lib/error-message';
import { EnterpriseChainCard } from '../../chains';
import { EnterpriseTimeline } from '../../visits';
import { AttachmentsPanel } from '../../attachments';
import { useEnterprise } from '../api/get-enterprise';
import type { Contact } from '../api/types';
import { EnterpriseFormModal } from './enterprise-form-modal';
import { TagList } from './tag-list';
import { RegionName } from '../../regions';
import { orDash } from '../../../lib/format';

export function EnterpriseDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const firm = useEnterprise(id);
  const [editing, setEditing] = useState(false);

  if (firm.isPending) return <Skeleton active />;
  if (firm.isError) {
    return (
      <Alert
        type="error"
        showIcon
        message={errorMessage(t, firm.error)}
        action={
          <Link to="/enterprises">
            <Button>{t('enterprises.backToList')}</Button>
          </Link>
        }
      />
    );
  }
  const e = firm.data;

  return (
    <Flex vertical gap={16}>
      <Link to="/enterprises">
        <ArrowLeftOutlined /> {t('enterprises.backToList')}
      </Link>
      <Card>
        <Flex justify="space-between" align="start" wrap gap={8}>
          <div>
            <Typography.Title level={3} style={{ marginTop: 0 }}>
              {e.name}
            </Typography.Title>
            <TagList tags={e.tags} />
          </div>
          {e.canEdit ? (
            <Button type="primary" onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          ) : (
            <Typography.Text type="secondary">{t('enterprises.ownedBy', { unit: e.ownerUnitName })}</Typography.Text>
          )}
        </Flex>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} style={{ marginTop: 16 }} size="small">
          <Descriptions.Item label={t('enterprises.creditCode')}>{orDash(e.creditCode)}</Descriptions.Item>
          <Descriptions.Item label={t('enterprises.status')}>{t(`enterprises.statuses.${e.status}`)}</Descriptions.Item>
          <Descriptions.Item label={t('enterprises.owner')}>{e.ownerUnitName}</Descriptions.Item>
          <Descriptions.Item label={t('enterprises.industry')}>{orDash(e.industryName)}</Descriptions.Item>
          <Descriptions.Item label={t('enterprises.industryCode')}>
            {e.industryCode ? <IndustryCodeName code={e.industryCode} /> : orDash(null)}
          </Descriptions.Item>
          <Descriptions.Item label={t('enterprises.region')}>
            {e.regionCode ? <RegionName code={e.regionCode} /> : orDash(e.countryCode)}
          </Descriptions.Item>
          <Descriptions.Item label={t('enterprises.nature')}>
            {e.nature ? t(`enterprises.natures.${e.nature}`) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('enterprises.capital')}>
            {e.registeredCapital == null
              ? '—'
              : `${Number(e.registeredCapital).toLocaleString()} ${t('enterprises.tenThousandYuan')}`}
          </Descriptions.Item>
          <Descriptions.Item label={t('enterprises.employees')}>{orDash(e.employees)}</Descriptions.Item>
          <Descriptions.Item label={t('enterprises.formerNames')}>{e.formerNames.join('、') || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('enterprises.method')}>{orDash(e.attractionMethod)}</Descriptions.Item>
          <Descriptions.Item label={t('enterprises.source')}>{orDash(e.source)}</Descriptions.Item>
        </Descriptions>
        {e.description && <Typography.Paragraph style={{ marginTop: 8 }}>{e.description}</Typography.Paragraph>}
      </Card>
      <Card
        title={t('enterprises.contacts')}
        extra={!e.canEdit && <Typography.Text type="secondary">{t('enterprises.phonesMasked')}</Typography.Text>}
      >
        <Table<Contact>
          rowKey={(c) => c.id ?? c.name}
          size="small"
          pagination={false}
          dataSource={e.contacts}
          locale={{ emptyText: <Empty description={t('enterprises.noContacts')} /> }}
          columns={[
            { title: t('enterprises.contactName'), dataIndex: 'name' },
            { title: t('enterprises.contactTitle'), dataIndex: 'title' },
            { title: t('enterprises.contactPhone'), dataIndex: 'phone' },
          ]}
        />
      </Card>
      <EnterpriseChainCard enterpriseId={e.id} />
      <EnterpriseTimeline enterpriseId={e.id} />
      <AttachmentsPanel ownerType="ENTERPRISE" ownerId={e.id} canWrite={e.canEdit} />
      <EnterpriseFormModal open={editing} enterprise={e} onClose={() => setEditing(false)} />
    </Flex>
  );
}
