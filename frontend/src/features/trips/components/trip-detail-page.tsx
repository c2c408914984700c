import { PlaceholderPage } from '../../placeholder/components/placeholder-page';

/** Stub until the trips page is built. */
export function TripDetailPage() {
  return <PlaceholderPage section="trips" />;
}
