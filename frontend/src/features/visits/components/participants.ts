import type { TFunction } from 'i18next';
import type { Visit } from '../api/types';

/** "Wang Wei, Li Na" — ours, then theirs with their titles. */
export function participantNames(t: TFunction, visit: Pick<Visit, 'ourParticipants' | 'theirParticipants'>) {
  const sep = t('visits.separator');
  return {
    ours: visit.ourParticipants.map((p) => p.name).join(sep),
    theirs: visit.theirParticipants
      .map((p) => (p.title ? t('visits.withTitle', { name: p.name, title: p.title }) : p.name))
      .join(sep),
  };
}
