import { Menu } from 'antd';
import type { MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { canSee, sectionsFor } from '../navigation';

export interface NavMenuProps {
  roles: string[];
  onNavigate?: () => void;
}

export function NavMenu({ roles, onNavigate }: NavMenuProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items: MenuProps['items'] = sectionsFor(roles).map((section) =>
    section.children
      ? {
          key: section.path,
          label: t(section.labelKey),
          children: section.children
            .filter((child) => canSee(child, roles))
            .map((child) => ({ key: child.path, label: t(child.labelKey) })),
        }
      : { key: section.path, label: t(section.labelKey) },
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
