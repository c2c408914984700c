import { PlaceholderPage } from '../../placeholder/components/placeholder-page';

/** Stub until the leads page is built. */
export function LeadClockRulesPage() {
  return <PlaceholderPage section="leads" />;
}
