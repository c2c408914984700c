import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUpload } from '../../../lib/api-client';
import { randomUuid } from '../../../lib/random-uuid';
import type { Attachment, AttachmentOwnerType } from './types';

const key = (ownerType: AttachmentOwnerType, ownerId: number) => ['attachments', ownerType, ownerId];

export const useAttachments = (ownerType: AttachmentOwnerType, ownerId: number) =>
  useQuery({
    queryKey: key(ownerType, ownerId),
    queryFn: () => api<Attachment[]>(`/api/attachments?ownerType=${ownerType}&ownerId=${ownerId}`),
  });

export interface UploadInput {
  file: File;
  keepLocation: boolean;
}

/** One upload per file; the retry key makes a resent upload one attachment. */
export function useUploadAttachment(ownerType: AttachmentOwnerType, ownerId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, keepLocation }: UploadInput) =>
      apiUpload<Attachment>(
        '/api/attachments',
        file,
        { ownerType, ownerId: String(ownerId), keepLocation: keepLocation ? 'true' : undefined },
        randomUuid(),
      ),
    onSuccess: () => invalidate(client, ownerType, ownerId),
  });
}

export function useDeleteAttachment(ownerType: AttachmentOwnerType, ownerId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api<void>(`/api/attachments/${id}`, { method: 'DELETE' }),
    onSuccess: () => invalidate(client, ownerType, ownerId),
  });
}

function invalidate(client: ReturnType<typeof useQueryClient>, ownerType: AttachmentOwnerType, ownerId: number) {
  void client.invalidateQueries({ queryKey: key(ownerType, ownerId) });
  if (ownerType === 'VISIT') void client.invalidateQueries({ queryKey: ['enterprise-timeline'] });
}
