import { useQuery } from '@tanstack/react-query';
import { Form, type FormInstance } from 'antd';
import { useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { getEnterprise } from '../../enterprises';
import type { Visit } from '../api/types';
import type { VisitFormStart } from './use-visit-draft';
import type { VisitFormValues } from './visit-form-values';

/**
 * The firm the visit is with and its contacts, who can attend. Opened from an enterprise ("log a visit" on its
 * page), the form chooses it, unless a draft already holds one.
 */
export function useVisitFirm(form: FormInstance<VisitFormValues>, start: VisitFormStart, visit: Visit | undefined) {
  const [query] = useSearchParams();
  const prefillId = Number(query.get('enterpriseId')) || undefined;
  // Undefined until the form has mounted; null once the person clears the field.
  const watched = Form.useWatch('enterprise', form);
  const chosen = watched === undefined ? start.values.enterprise : watched;
  const enterpriseId = chosen?.value ?? (watched === undefined ? prefillId : undefined);
  // The chosen firm, for its contacts (same cache entry as the enterprise page).
  const firm = useQuery({
    queryKey: ['enterprises', enterpriseId],
    queryFn: () => getEnterprise(enterpriseId as number),
    enabled: !!enterpriseId,
  });
  useEffect(() => {
    if (!visit && !start.draft && prefillId && firm.data?.id === prefillId && !form.getFieldValue('enterprise')) {
      form.setFieldValue('enterprise', { value: firm.data.id, label: firm.data.name });
    }
  }, [visit, start.draft, prefillId, firm.data, form]);

  const contacts = useMemo(
    () =>
      new Map(
        (enterpriseId && firm.data?.id === enterpriseId ? firm.data.contacts : [])
          .filter((c) => c.id)
          .map((c) => [c.id as number, c]),
      ),
    [enterpriseId, firm.data],
  );
  return { enterpriseId, contacts };
}
