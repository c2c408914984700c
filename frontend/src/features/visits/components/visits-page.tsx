import { PlaceholderPage } from '../../placeholder/components/placeholder-page';

/** Stub until the visits page is built. */
export function VisitsPage() {
  return <PlaceholderPage section="visits" />;
}
