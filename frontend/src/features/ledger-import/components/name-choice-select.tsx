import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNameChoices } from '../api/name-choices';
import type { UnresolvedName } from '../api/types';
import { choiceOf, choiceValue, type NameChoice } from '../lib/resolutions';

export interface NameChoiceSelectProps {
  name: UnresolvedName;
  choice?: NameChoice;
  onChoose: (choice: NameChoice) => void;
}

/** "Map to…": the near-miss suggestions first, then creating it (where allowed), then every record of the kind. */
export function NameChoiceSelect({ name, choice, onChoose }: NameChoiceSelectProps) {
  const { t } = useTranslation();
  // Every record of the kind is fetched only once the user opens the list.
  const [opened, setOpened] = useState(false);
  const all = useNameChoices(name.kind, opened);
  const suggested = new Set(name.suggestions.map((s) => s.id));
  const others = (all.data?.items ?? []).filter((record) => !suggested.has(record.id));
  const option = (record: { id: number; name: string }) => ({ value: `map:${record.id}`, label: record.name });
  const kind = t(`ledgerImport.kinds.${name.kind}`);

  return (
    <Select
      aria-label={t('ledgerImport.unresolved.choiceFor', { name: name.name, kind })}
      placeholder={t('ledgerImport.unresolved.placeholder')}
      style={{ width: '100%', maxWidth: 320, minWidth: 200 }}
      showSearch
      optionFilterProp="label"
      loading={all.isFetching}
      value={choiceValue(choice)}
      onOpenChange={(open) => open && setOpened(true)}
      onChange={(value: string) => onChoose(choiceOf(value))}
      options={[
        ...(name.suggestions.length > 0
          ? [{ label: t('ledgerImport.unresolved.suggested'), options: name.suggestions.map(option) }]
          : []),
        ...(name.canCreate
          ? [
              {
                label: t('ledgerImport.unresolved.createGroup'),
                options: [{ value: 'create', label: t('ledgerImport.unresolved.create', { name: name.name }) }],
              },
            ]
          : []),
        ...(others.length > 0
          ? [{ label: t('ledgerImport.unresolved.all', { kind }), options: others.map(option) }]
          : []),
      ]}
    />
  );
}
