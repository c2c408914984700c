import type { Schemas } from '../../../types/api';

/** A unit and its group robot (WeCom or DingTalk), if any; the signing secret is never sent back. */
export type Webhook = Schemas['WebhookView'];
export type WebhookInput = Schemas['WebhookRequest'];
export type WebhookKind = Schemas['WebhookKind'];
export const WEBHOOK_KINDS = ['WECOM', 'DINGTALK'] as const satisfies readonly WebhookKind[];

export type Delivery = Schemas['DeliveryView'];
export type DigestRun = Schemas['DeliveryRun'];
