import { PlaceholderPage } from '../../placeholder/components/placeholder-page';

/** Stub until the my-week page is built. */
export function MyWeekPage() {
  return <PlaceholderPage section="my-week" />;
}
