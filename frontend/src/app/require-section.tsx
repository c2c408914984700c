import type { ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { StatusPage } from '../components/status-page';
import { canSee, sectionOf } from './navigation';

export interface RequireSectionProps {
  roles: string[];
  children: ReactNode;
}

/** A page of a section the user's roles may not see answers with a 403 page and a way back. */
export function RequireSection({ roles, children }: RequireSectionProps) {
  const { pathname } = useLocation();
  const section = sectionOf(pathname);
  if (section && !canSee(section, roles)) return <StatusPage status="403" titleKey="app.forbidden" />;
  return <>{children}</>;
}
