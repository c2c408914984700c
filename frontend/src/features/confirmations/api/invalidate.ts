import type { QueryClient } from '@tanstack/react-query';

/** A decision moves the lists, the bell, the figures and the projects' flags. */
export const invalidateAfterDecision = (queryClient: QueryClient) =>
  Promise.all(
    ['confirmations', 'reminders', 'cockpit', 'projects'].map((key) =>
      queryClient.invalidateQueries({ queryKey: [key] }),
    ),
  );
