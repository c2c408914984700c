import { AutoComplete, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLeaders } from '../../users';
import type { Project } from '../api/types';
import type { ProjectFormValues } from './project-form-values';

/**
 * The sponsor leader: picked among the users with the leader role (the project is then theirs in "my sponsored projects"), or
 * typed as a name for someone who is no user; a typed name that is one user's display name is linked by the server.
 */
export function SponsorLeaderField({ project }: { project?: Project }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<ProjectFormValues>();
  const leaders = useLeaders().data ?? [];

  /** The user the name stands for: a leader of that name, else the project's own sponsor while the name is kept. */
  const follow = (name: string | undefined) => {
    const picked = leaders.find((l) => l.displayName === name?.trim());
    const kept = project?.sponsorUsername && name === project.sponsorLeader ? project.sponsorUsername : undefined;
    form.setFieldValue('sponsorUsername', picked?.username ?? kept);
  };

  return (
    <>
      <Form.Item name="sponsorUsername" hidden>
        <Input />
      </Form.Item>
      <Form.Item
        name="sponsorLeader"
        label={t('projects.fields.sponsorLeader')}
        tooltip={t('projects.sponsorHint')}
        rules={[{ max: 100 }]}
      >
        <AutoComplete
          allowClear
          maxLength={100}
          onChange={follow}
          filterOption={(input, option) => String(option?.value ?? '').includes(input.trim())}
          options={leaders.map((l) => ({ value: l.displayName, label: l.displayName }))}
        />
      </Form.Item>
    </>
  );
}
