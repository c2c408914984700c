import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TagView } from '../api/types';

const COLORS: Partial<Record<string, string>> = {
  CHAIN_LEADER: 'red',
  BACKBONE: 'volcano',
  GAZELLE: 'gold',
  UNICORN: 'purple',
  LITTLE_GIANT: 'cyan',
  SRDI: 'blue',
  FORTUNE_500: 'magenta',
};

export interface TagListProps {
  tags: TagView[];
}

export function TagList({ tags }: TagListProps) {
  const { t } = useTranslation();
  return (
    <>
      {tags.map((tag) => (
        <Tag key={tag.tag} color={COLORS[tag.tag]} style={{ marginBottom: 2 }}>
          {t(`enterprises.tags.${tag.tag}`)}
          {tag.listYear ? ` ${tag.listYear}` : ''}
        </Tag>
      ))}
    </>
  );
}
