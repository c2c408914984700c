import { PlaceholderPage } from '../../placeholder/components/placeholder-page';

/** Stub until the leads page is built. */
export function LeadsPage() {
  return <PlaceholderPage section="leads" />;
}
