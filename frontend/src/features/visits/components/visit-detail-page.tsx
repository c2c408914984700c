import { PlaceholderPage } from '../../placeholder/components/placeholder-page';

/** Stub until the visits page is built. */
export function VisitDetailPage() {
  return <PlaceholderPage section="visits" />;
}
