import { Menu } from 'antd';
import type { MenuProps } from 'antd';
import type { ComponentType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { ConfirmationsNavLabel } from '../../features/confirmations/components/confirmations-nav-label';
import { canSee, sectionsFor } from '../navigation';

export interface NavMenuProps {
  roles: string[];
  onNavigate?: () => void;
}

/** Entries that show a count beside their name. */
const COUNTED_LABELS: Record<string, ComponentType<{ roles: readonly string[] }>> = {
  confirmations: ConfirmationsNavLabel,
};

export function NavMenu({ roles, onNavigate }: NavMenuProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const labelOf = (key: string, labelKey: string): ReactNode => {
    const Counted = COUNTED_LABELS[key];
    return Counted ? <Counted roles={roles} /> : t(labelKey);
  };
  const items: MenuProps['items'] = sectionsFor(roles).map((section) =>
    section.children
      ? {
          key: section.path,
          label: t(section.labelKey),
          children: section.children
            .filter((child) => canSee(child, roles))
            .map((child) => ({ key: child.path, label: t(child.labelKey) })),
        }
      : { key: section.path, label: labelOf(section.key, section.labelKey) },
  );
  const selected = pathname.split('/').slice(0, 3).join('/');
  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={[selected, `/${pathname.split('/')[1]}`]}
      defaultOpenKeys={['/admin']}
      onClick={({ key }) => {
        navigate(key);
        onNavigate?.();
      }}
      style={{ borderInlineEnd: 'none' }}
      aria-label="main navigation"
    />
  );
}
