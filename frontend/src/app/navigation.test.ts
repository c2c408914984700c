import { describe, expect, it } from 'vitest';
import { homePath, sectionOf, sectionsFor } from './navigation';

describe('navigation by role', () => {
  it('gives an officer the field sections and no administration or cockpit', () => {
    const keys = sectionsFor(['officer']).map((s) => s.key);
    expect(keys).toEqual([
      'my-week',
      'enterprises',
      'chains',
      'visits',
      'leads',
      'trips',
      'events',
      'projects',
      'ranking',
    ]);
  });

  it('gives a leader the cockpit first', () => {
    expect(sectionsFor(['leader'])[0].key).toBe('cockpit');
    expect(homePath(['leader'])).toBe('/cockpit');
  });

  it('lands an admin on the unit page of administration when it is first they may see', () => {
    expect(sectionsFor(['admin']).map((s) => s.key)).toContain('admin');
    expect(homePath(['officer'])).toBe('/my-week');
  });

  it('shows the league table to every role and its targets to admins only', () => {
    for (const role of ['officer', 'unit_head', 'leader', 'stats', 'admin']) {
      expect(sectionsFor([role]).map((s) => s.key)).toContain('ranking');
    }
    const admin = sectionsFor(['admin']).find((s) => s.key === 'admin');
    expect(admin?.children?.map((c) => c.path)).toContain('/admin/targets');
    expect(sectionOf('/admin/targets')?.key).toBe('admin');
  });

  it('lists 待审核 for unit heads and readers of figures, not for officers, and keeps their homes', () => {
    for (const role of ['unit_head', 'leader', 'stats', 'admin']) {
      expect(sectionsFor([role]).map((s) => s.key)).toContain('confirmations');
    }
    expect(sectionsFor(['officer']).map((s) => s.key)).not.toContain('confirmations');
    expect(homePath(['unit_head'])).toBe('/my-week');
    expect(homePath(['stats'])).toBe('/cockpit');
    const admin = sectionsFor(['admin']).find((s) => s.key === 'admin');
    expect(admin?.children?.map((c) => c.path)).toContain('/admin/confirmation');
  });

  it('has no home for someone without a role', () => {
    expect(homePath([])).toBeNull();
  });

  it('finds the section of a nested path', () => {
    expect(sectionOf('/admin/users')?.key).toBe('admin');
    expect(sectionOf('/projects/42')?.key).toBe('projects');
  });
});
