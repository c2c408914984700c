import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { blankToNull } from '../../../lib/format';
import { ActionFormModal } from '../../../components/action-form-modal';
import { useSaveChain } from '../api/save-chain';
import type { ChainInput } from '../api/types';
import { ChainFormFields } from './chain-form-fields';

export interface ChainFormValues {
  name: string;
  industryId: number;
  description?: string | null;
  sortOrder?: number | null;
}

export const toChainInput = (v: ChainFormValues): ChainInput => ({
  industryId: v.industryId,
  name: v.name.trim(),
  description: blankToNull(v.description),
  sortOrder: v.sortOrder ?? null,
});

export interface ChainFormModalProps {
  onClose: () => void;
}

/** Creates a chain (admin), then opens its graph editor to add the nodes. */
export function ChainFormModal({ onClose }: ChainFormModalProps) {
  const { t } = useTranslation();
  const save = useSaveChain();
  const navigate = useNavigate();
  return (
    <ActionFormModal<ChainFormValues>
      width={640}
      title={t('chains.add')}
      okText={t('common.save')}
      successText={t('chains.created')}
      pending={save.isPending}
      onClose={onClose}
      onSubmit={async (values) => {
        const chain = await save.mutateAsync({ input: toChainInput(values) });
        if (chain && typeof chain.id === 'number') navigate(`/chains/${chain.id}/edit`);
      }}
    >
      <ChainFormFields />
    </ActionFormModal>
  );
}
