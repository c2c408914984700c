import { PlaceholderPage } from '../../placeholder/components/placeholder-page';

/** Stub until the leads page is built. */
export function LeadDetailPage() {
  return <PlaceholderPage section="leads" />;
}
