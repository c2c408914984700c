import { InfoCircleOutlined } from '@ant-design/icons';
import { Flex, Popover, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFigures, type Figure } from '../api/get-figures';

export interface FigureInfoProps {
  /** The figure's id in the catalogue (docs/figures.md), or the ids of the figures a card shows. */
  id: string | readonly string[];
}

const named = (figure: Figure, english: boolean) => ({
  name: english ? figure.nameEn : figure.name,
  definition: english ? figure.definitionEn : figure.definition,
});

/** ⓘ beside a figure's title: its name and definition in the current language, on hover or keyboard focus. */
export function FigureInfo({ id }: FigureInfoProps) {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const figures = useFigures();
  const english = i18n.language === 'en';
  const ids = typeof id === 'string' ? [id] : id;
  const found = ids.flatMap((one) => {
    const figure = figures.data?.find((f) => f.id === one);
    return figure ? [{ id: one, ...named(figure, english) }] : [];
  });
  const label = found.length
    ? t('figures.about', { name: found.map((f) => f.name).join(t('figures.separator')) })
    : t('figures.aboutUnnamed');
  const content = figures.isPending ? (
    t('app.loading')
  ) : found.length === 0 ? (
    t('figures.unavailable')
  ) : (
    <Flex vertical gap={8} style={{ maxWidth: 360 }}>
      {found.map((f) => (
        <div key={f.id} data-testid={`figure-${f.id}`}>
          <Typography.Text strong>{f.name}</Typography.Text>
          <div>{f.definition}</div>
        </div>
      ))}
    </Flex>
  );
  return (
    <Popover content={content} trigger={['hover', 'focus']} placement="top">
      <span
        role="button"
        tabIndex={0}
        aria-label={label}
        data-testid="figure-info"
        style={{ color: token.colorTextDescription, cursor: 'help', marginInlineStart: 6, fontSize: '0.85em' }}
      >
        <InfoCircleOutlined />
      </span>
    </Popover>
  );
}
