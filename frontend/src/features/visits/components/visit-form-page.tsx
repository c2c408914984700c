import { PlaceholderPage } from '../../placeholder/components/placeholder-page';

/** Stub until the visits page is built. */
export function VisitFormPage() {
  return <PlaceholderPage section="visits" />;
}
