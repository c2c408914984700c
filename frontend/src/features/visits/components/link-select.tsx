import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { RemoteSelect } from '../../../components/remote-select';
import { searchLinks, type LinkKind, type LinkOption } from '../api/search-links';

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
  /** Answers a search when the server cannot be reached (offline: the firms chosen before on this device). */
  offline?: (term: string) => LinkOption[];
}

/** Picks what a visit is linked to (enterprise, trip, event, project), keeping its name with its id. */
export function LinkSelect({ kind, id, value, onChange, placeholder, hint, none, offline }: LinkSelectProps) {
  const { t } = useTranslation();
  const search = (term: string) =>
    searchLinks(kind, term).catch((error: unknown) => {
      if (offline && error instanceof ApiError && error.status === 0) return offline(term);
      throw error;
    });
  return (
    <RemoteSelect
      id={id}
      value={value?.value ?? null}
      initialLabel={value?.label}
      onChange={(_, option) => onChange?.(option ? { value: option.value, label: option.label } : null)}
      queryKey={[kind === 'enterprise' ? 'enterprises' : `${kind}s`, 'link-search']}
      search={search}
      needsTerm
      placeholder={placeholder ?? t('visits.form.linkPlaceholder')}
      typeToSearch={hint ?? t('visits.form.linkPlaceholder')}
      none={none ?? t('visits.form.linkNone')}
    />
  );
}
