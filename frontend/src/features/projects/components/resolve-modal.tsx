import { Typography } from 'antd';
import { ResolveCoordinationModal } from '../../../components/resolve-coordination-modal';
import { useResolveWorklogEntry } from '../api/resolve-worklog-entry';
import type { WorklogEntry } from '../api/types';

export interface ResolveModalProps {
  projectId: number;
  entry?: WorklogEntry;
  onClose: () => void;
}

/** Closes a coordination request of the project's work log with what was done about it. */
export function ResolveModal({ projectId, entry, onClose }: ResolveModalProps) {
  const resolve = useResolveWorklogEntry();
  return (
    <ResolveCoordinationModal
      open={!!entry}
      subject={
        entry && (
          <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
            {entry.content}
          </Typography.Paragraph>
        )
      }
      pending={resolve.isPending}
      onSubmit={(resolution) => resolve.mutateAsync({ projectId, entryId: entry?.id ?? 0, resolution })}
      onClose={onClose}
    />
  );
}
