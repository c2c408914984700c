import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { ExcelExportButton } from '../../../components/excel-export-button';
import { useMe } from '../../auth';
import { LedgerImportModal } from './ledger-import-modal';
import { ProjectFormModal } from './project-form-modal';

type View = 'list' | 'board';

const IMPORT_ROLES = ['officer', 'unit_head', 'stats', 'admin'];

export interface ProjectsHeaderProps {
  view: View;
  /** The API URL of the projects on screen, for the Excel export. */
  listUrl: string;
}

/** Title, the list/board switch (which keeps the filters in the URL), the export, the ledger import and "new project". */
export function ProjectsHeader({ view, listUrl }: ProjectsHeaderProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { search } = useLocation();
  const me = useMe();
  const canCreate = (me.data?.roles ?? []).some((role) => role === 'officer' || role === 'unit_head');
  const canImport = (me.data?.roles ?? []).some((role) => IMPORT_ROLES.includes(role));
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);

  const switchTo = (next: View) => {
    // Paging belongs to the list only; everything else carries over.
    const params = new URLSearchParams(search);
    params.delete('page');
    const query = params.toString();
    navigate({ pathname: next === 'board' ? '/projects/board' : '/projects', search: query ? `?${query}` : '' });
  };

  return (
    <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
      <Flex align="center" wrap gap={12}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('projects.title')}
        </Typography.Title>
        <Segmented<View>
          aria-label={t('projects.view.label')}
          value={view}
          onChange={switchTo}
          options={[
            { value: 'list', label: t('projects.view.list') },
            { value: 'board', label: t('projects.view.board') },
          ]}
        />
      </Flex>
      <Flex wrap gap={8}>
        <ExcelExportButton listUrl={listUrl} />
        {canImport && (
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
            {t('projects.import.button')}
          </Button>
        )}
        {canCreate && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('projects.add')}
          </Button>
        )}
      </Flex>
      {creating && <ProjectFormModal onClose={() => setCreating(false)} />}
      {importing && <LedgerImportModal open onClose={() => setImporting(false)} />}
    </Flex>
  );
}
