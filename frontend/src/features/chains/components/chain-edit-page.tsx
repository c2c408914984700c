import { Alert, App, Button, Card, Flex, Form, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { StatusPage } from '../../../components/status-page';
import { ApiError } from '../../../lib/api-client';
import { useMe } from '../../auth';
import { DeleteButton } from '../../../components/delete-button';
import { DetailFrame } from '../../../components/detail-frame';
import { useDeleteChain } from '../api/delete-chain';
import { useChain } from '../api/get-chain';
import { useSaveChain } from '../api/save-chain';
import { useSaveChainGraph } from '../api/save-chain-graph';
import type { Chain } from '../api/types';
import { errorText } from '../../../lib/error-text';
import { graphFieldPath, toGraphRequest, toNodeRows, type NodeRow } from '../lib/graph-form';
import { ChainFormFields } from './chain-form-fields';
import { toChainInput, type ChainFormValues } from './chain-form-modal';
import { GraphEditorTable } from './graph-editor-table';

type EditorValues = ChainFormValues & { nodes: NodeRow[] };

interface Failure {
  message: string;
  details: string[];
}

const CHAIN_FIELDS = ['name', 'industryId', 'description', 'sortOrder'];

function ChainEditor({ chain }: { chain: Chain }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<EditorValues>();
  const saveChain = useSaveChain();
  const saveGraph = useSaveChainGraph();
  const remove = useDeleteChain();
  const [failure, setFailure] = useState<Failure>();
  const [version, setVersion] = useState(chain.version);

  const initial: EditorValues = {
    name: chain.name,
    industryId: chain.industry.id,
    description: chain.description ?? '',
    sortOrder: chain.sortOrder ?? null,
    nodes: toNodeRows(chain),
  };

  const showFailure = (error: unknown, fieldPath: (field: string) => (string | number)[] | null) => {
    if (error instanceof ApiError && error.code === 'chain.node_in_use') {
      setFailure({ message: t('chains.editor.nodeInUseAny'), details: error.detail ? [error.detail] : [] });
      return;
    }
    if (error instanceof ApiError && error.violations.length > 0) {
      const general: string[] = [];
      const fields = error.violations.flatMap((v) => {
        const path = fieldPath(v.field);
        if (path === null) {
          general.push(v.message);
          return [];
        }
        return [{ name: path as never, errors: [v.message] }];
      });
      form.setFields(fields);
      setFailure({
        message: t('chains.editor.problems'),
        details: general.length > 0 ? general : error.violations.map((v) => v.message),
      });
      return;
    }
    setFailure({ message: errorText(t, error), details: [] });
  };

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (values === null) return;
    setFailure(undefined);
    let current = version;
    const input = toChainInput(values);
    const chainChanged =
      input.name !== chain.name ||
      input.industryId !== chain.industry.id ||
      (input.description ?? null) !== (chain.description ?? null) ||
      (input.sortOrder ?? null) !== (chain.sortOrder ?? null);
    if (chainChanged) {
      try {
        const saved = await saveChain.mutateAsync({ input, existing: { id: chain.id, version: current } });
        if (saved && typeof saved.version === 'number') current = saved.version;
        else current += 1;
        setVersion(current);
      } catch (error) {
        showFailure(error, (field) => (CHAIN_FIELDS.includes(field) ? [field] : null));
        return;
      }
    }
    const { graph, edgeRows } = toGraphRequest(values.nodes ?? []);
    try {
      await saveGraph.mutateAsync({ chainId: chain.id, version: current, graph });
      void message.success(t('chains.editor.saved'));
      navigate(`/chains/${chain.id}`);
    } catch (error) {
      showFailure(error, (field) => graphFieldPath(field, edgeRows));
    }
  };

  const doDelete = async () => {
    setFailure(undefined);
    try {
      await remove.mutateAsync({ id: chain.id, version });
      void message.success(t('chains.editor.deleted'));
      navigate('/chains');
    } catch (error) {
      setFailure({
        message: errorText(t, error),
        details: error instanceof ApiError && error.detail ? [error.detail] : [],
      });
    }
  };

  return (
    <Form<EditorValues> form={form} layout="vertical" initialValues={initial} onFinish={() => void submit()}>
      <Flex vertical gap={16}>
        <Card>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {t('chains.editor.title', { name: chain.name })}
          </Typography.Title>
          <ChainFormFields />
        </Card>
        <Card title={t('chains.editor.nodes', { count: chain.nodes.length })}>
          <Typography.Paragraph type="secondary">{t('chains.editor.help')}</Typography.Paragraph>
          <GraphEditorTable />
        </Card>
        {failure && (
          <Alert
            type="error"
            showIcon
            role="alert"
            message={failure.message}
            description={
              failure.details.length > 0 && (
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {failure.details.map((d, i) => (
                    <li key={i}>{d}</li>
                  ))}
                </ul>
              )
            }
          />
        )}
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={saveChain.isPending || saveGraph.isPending}>
            {t('chains.editor.save')}
          </Button>
          <Button onClick={() => navigate(`/chains/${chain.id}`)}>{t('common.cancel')}</Button>
          <DeleteButton
            label={t('chains.editor.delete')}
            confirm={t('chains.editor.deleteConfirm', { name: chain.name })}
            pending={remove.isPending}
            onConfirm={() => void doDelete()}
          />
        </Space>
      </Flex>
    </Form>
  );
}

/** /chains/:id/edit (admin): the chain's name and industry, and its graph saved in one request. */
export function ChainEditPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const me = useMe();
  const chain = useChain(id);
  if (me.isPending) return <Skeleton active />;
  if (!me.data?.roles.includes('admin')) return <StatusPage status="403" titleKey="chains.editor.adminOnly" />;
  return (
    <DetailFrame backTo={`/chains/${id}`} backLabel={t('chains.editor.backToMap')} query={chain}>
      {(data) => <ChainEditor key={data.id} chain={data} />}
    </DetailFrame>
  );
}
