import { PlaceholderPage } from '../../placeholder/components/placeholder-page';

/** Stub until the events page is built. */
export function EventDetailPage() {
  return <PlaceholderPage section="events" />;
}
