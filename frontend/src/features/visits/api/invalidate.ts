import type { QueryClient } from '@tanstack/react-query';

/** A visit shows in the visit lists, my week, the reminders and its enterprise's timeline: refresh them all. */
export function invalidateVisitViews(queryClient: QueryClient) {
  return Promise.all(
    ['visits', 'my-week', 'reminders', 'enterprise-timeline'].map((key) =>
      queryClient.invalidateQueries({ queryKey: [key] }),
    ),
  );
}
