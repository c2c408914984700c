import { useTranslation } from 'react-i18next';
import { RemoteSelect } from '../../../components/remote-select';
import { searchLinks, type LinkKind } from '../api/search-links';

/** A chosen record with its name, so a draft can show it again without asking the server. */
export interface Labeled {
  value: number;
  label: string;
}

export interface LinkSelectProps {
  kind: LinkKind;
  id?: string;
  value?: Labeled | null;
  onChange?: (value: Labeled | null) => void;
  placeholder?: string;
  /** Shown before anything is typed. */
  hint?: string;
  /** Shown when a search finds nothing. */
  none?: string;
}

/** Picks what a visit is linked to (enterprise, trip, event, project), keeping its name with its id. */
export function LinkSelect({ kind, id, value, onChange, placeholder, hint, none }: LinkSelectProps) {
  const { t } = useTranslation();
  return (
    <RemoteSelect
      id={id}
      value={value?.value ?? null}
      initialLabel={value?.label}
      onChange={(_, option) => onChange?.(option ? { value: option.value, label: option.label } : null)}
      queryKey={[kind === 'enterprise' ? 'enterprises' : `${kind}s`, 'link-search']}
      search={(term) => searchLinks(kind, term)}
      needsTerm
      placeholder={placeholder ?? t('visits.form.linkPlaceholder')}
      typeToSearch={hint ?? t('visits.form.linkPlaceholder')}
      none={none ?? t('visits.form.linkNone')}
    />
  );
}
