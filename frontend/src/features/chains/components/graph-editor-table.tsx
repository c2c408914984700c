import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Select, Table, Typography } from 'antd';
import type { FormListFieldData, FormListOperation } from 'antd';
import { useTranslation } from 'react-i18next';
import { SEGMENTS } from '../api/types';
import { MAX_NODES, NAME_MAX, newNodeRow, type GraphFormValues, type NodeRow } from '../lib/graph-form';
import { codeOptions } from '../../../lib/select-options';

interface RowsProps {
  fields: FormListFieldData[];
  add: FormListOperation['add'];
  remove: FormListOperation['remove'];
}

/** The node rows: name, segment, order, description and the nodes each flows to. */
function Rows({ fields, add, remove }: RowsProps) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<GraphFormValues>();
  const rows: NodeRow[] = Form.useWatch('nodes', form) ?? [];
  const others = (index: number) =>
    rows
      .filter((row, i) => i !== index && row?.key)
      .map((row) => ({ value: row.key, label: row.name?.trim() || `(${t('chains.editor.nodeName')})` }));
  const uniqueName = (index: number) => ({
    validator: async (_: unknown, value?: string) => {
      const name = value?.trim();
      if (name && rows.some((row, i) => i !== index && row?.name?.trim() === name))
        throw new Error(t('chains.editor.validation.nameTaken'));
    },
  });
  const rowName = (index: number) => rows[index]?.name?.trim() || String(index + 1);

  return (
    <>
      <Table<FormListFieldData>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={fields}
        scroll={{ x: 960 }}
        aria-label={t('chains.editor.nodes', { count: fields.length })}
        columns={[
          {
            title: t('chains.editor.nodeName'),
            key: 'name',
            width: 200,
            render: (_, field) => (
              <Form.Item
                name={[field.name, 'name']}
                style={{ margin: 0 }}
                rules={[
                  { required: true, whitespace: true, max: NAME_MAX, message: t('chains.editor.validation.name') },
                  uniqueName(field.name),
                ]}
              >
                <Input maxLength={NAME_MAX} aria-label={`${t('chains.editor.nodeName')} ${field.name + 1}`} />
              </Form.Item>
            ),
          },
          {
            title: t('chains.editor.segment'),
            key: 'segment',
            width: 110,
            render: (_, field) => (
              <Form.Item
                name={[field.name, 'segment']}
                style={{ margin: 0 }}
                rules={[{ required: true, message: t('chains.editor.validation.segment') }]}
              >
                <Select
                  aria-label={`${t('chains.editor.segment')} ${rowName(field.name)}`}
                  options={codeOptions(t, SEGMENTS, 'chains.segments')}
                />
              </Form.Item>
            ),
          },
          {
            title: t('chains.editor.order'),
            key: 'sortOrder',
            width: 90,
            render: (_, field) => (
              <Form.Item name={[field.name, 'sortOrder']} style={{ margin: 0 }}>
                <InputNumber
                  min={0}
                  max={9999}
                  precision={0}
                  style={{ width: '100%' }}
                  aria-label={`${t('chains.editor.order')} ${rowName(field.name)}`}
                />
              </Form.Item>
            ),
          },
          {
            title: t('chains.editor.description'),
            key: 'description',
            render: (_, field) => (
              <Form.Item name={[field.name, 'description']} style={{ margin: 0 }} rules={[{ max: 500 }]}>
                <Input maxLength={500} aria-label={`${t('chains.editor.description')} ${rowName(field.name)}`} />
              </Form.Item>
            ),
          },
          {
            title: t('chains.editor.flowsTo'),
            key: 'flowsTo',
            width: 260,
            render: (_, field) => (
              <Form.Item name={[field.name, 'flowsTo']} style={{ margin: 0 }}>
                <Select
                  mode="multiple"
                  allowClear
                  optionFilterProp="label"
                  placeholder={t('chains.editor.flowsToPlaceholder')}
                  aria-label={`${t('chains.editor.flowsTo')} ${rowName(field.name)}`}
                  options={others(field.name)}
                />
              </Form.Item>
            ),
          },
          {
            title: '',
            key: 'remove',
            width: 56,
            render: (_, field) => (
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={`${t('chains.editor.removeNode')} ${rowName(field.name)}`}
                onClick={() => remove(field.name)}
              />
            ),
          },
        ]}
      />
      <Button
        type="dashed"
        icon={<PlusOutlined />}
        disabled={fields.length >= MAX_NODES}
        onClick={() => add(newNodeRow(rows, rows[rows.length - 1]?.segment))}
        style={{ marginTop: 12 }}
        block
      >
        {t('chains.editor.addNode')}
      </Button>
      {fields.length >= MAX_NODES && (
        <Typography.Text type="warning">{t('chains.editor.tooMany', { max: MAX_NODES })}</Typography.Text>
      )}
    </>
  );
}

/** The graph editor's node table, inside the editor's form. */
export function GraphEditorTable() {
  return (
    <Form.List name="nodes">
      {(fields, { add, remove }) => <Rows fields={fields} add={add} remove={remove} />}
    </Form.List>
  );
}
