import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Webhook, WebhookInput } from './types';
import { useRefreshingMutation } from '../../../lib/mutations';

export const useWebhooks = () =>
  useQuery({ queryKey: ['reminder-webhooks'], queryFn: () => api<Webhook[]>('/api/reminders/webhooks') });

export interface SaveWebhookArgs {
  unit: Webhook;
  input: WebhookInput;
}

/** Sets a unit's robot; If-Match when the unit has one already. */
export const saveWebhook = ({ unit, input }: SaveWebhookArgs) =>
  api<Webhook>(`/api/reminders/webhooks/${unit.unitId}`, {
    method: 'PUT',
    body: input,
    version: unit.version ?? undefined,
  });

export const removeWebhook = (unit: Webhook) =>
  api<void>(`/api/reminders/webhooks/${unit.unitId}`, { method: 'DELETE', version: unit.version ?? undefined });

export const useSaveWebhook = () => useRefreshingMutation(saveWebhook, ['reminder-webhooks']);

export const useRemoveWebhook = () => useRefreshingMutation(removeWebhook, ['reminder-webhooks']);
