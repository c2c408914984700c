import { PlaceholderPage } from '../../placeholder/components/placeholder-page';

/** Stub until the events page is built. */
export function EventsPage() {
  return <PlaceholderPage section="events" />;
}
