import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RemoteSelect } from '../../../components/remote-select';
import { searchInvestors } from '../../projects';
import { useLinkNodeEnterprise } from '../api/link-node-enterprise';
import { LINK_ROLES, type LinkRole } from '../api/types';
import { errorText } from '../../../lib/error-text';
import { codeOptions } from '../../../lib/select-options';

const searchFirms = async (q: string) =>
  (await searchInvestors(q)).items.map((firm) => ({
    value: firm.id,
    label: firm.creditCode ? `${firm.name} (${firm.creditCode})` : firm.name,
  }));

export interface LinkFirmFormProps {
  chainId: number;
  nodeId: number;
}

/** Links a firm of the library to the node as local or target; linking it again changes its role. */
export function LinkFirmForm({ chainId, nodeId }: LinkFirmFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const link = useLinkNodeEnterprise();
  const [enterpriseId, setEnterpriseId] = useState<number>();
  const [role, setRole] = useState<LinkRole>('TARGET');
  const [note, setNote] = useState('');

  const submit = async () => {
    if (!enterpriseId) return;
    try {
      await link.mutateAsync({ chainId, nodeId, enterpriseId, role, note: note.trim() || null });
      setEnterpriseId(undefined);
      setNote('');
      void message.success(t('chains.link.linked'));
    } catch (error) {
      void message.error(errorText(t, error));
    }
  };

  return (
    <Form layout="vertical" component="div">
      <Form.Item label={t('chains.link.firm')} htmlFor="chain-link-firm" style={{ marginBottom: 8 }}>
        <RemoteSelect
          id="chain-link-firm"
          queryKey={['enterprises', 'chain-picker']}
          search={searchFirms}
          needsTerm
          value={enterpriseId}
          onChange={setEnterpriseId}
          placeholder={t('chains.link.pickPlaceholder')}
        />
      </Form.Item>
      <Flex gap={8} wrap align="end">
        <Form.Item label={t('chains.link.role')} style={{ marginBottom: 0 }}>
          <Radio.Group
            optionType="button"
            value={role}
            onChange={(e) => setRole(e.target.value as LinkRole)}
            options={codeOptions(t, LINK_ROLES, 'chains.link.roles')}
          />
        </Form.Item>
        <Form.Item
          label={t('chains.link.note')}
          htmlFor="chain-link-note"
          style={{ marginBottom: 0, flex: 1, minWidth: 160 }}
        >
          <Input
            id="chain-link-note"
            value={note}
            maxLength={200}
            placeholder={t('chains.link.notePlaceholder')}
            onChange={(e) => setNote(e.target.value)}
          />
        </Form.Item>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          disabled={!enterpriseId}
          loading={link.isPending}
          onClick={() => void submit()}
        >
          {t('chains.link.button')}
        </Button>
      </Flex>
    </Form>
  );
}
