import { StarFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

export interface KeyStarProps {
  keyProject: boolean;
}

/** The gold star of a key project. */
export function KeyStar({ keyProject }: KeyStarProps) {
  const { t } = useTranslation();
  if (!keyProject) return null;
  return (
    <StarFilled
      role="img"
      aria-label={t('projects.keyProject')}
      title={t('projects.keyProject')}
      style={{ color: '#faad14', marginInlineEnd: 4 }}
    />
  );
}
