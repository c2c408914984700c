import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnresolvedName } from '../api/types';
import { nameKey, unchosen, type NameChoice, type NameChoices } from '../lib/resolutions';
import { NameChoiceSelect } from './name-choice-select';

/** Rows named in full up to this many; then "…". */
const ROWS_SHOWN = 10;

export interface UnresolvedNamesProps {
  unresolved: UnresolvedName[];
  choices: NameChoices;
  checking: boolean;
  onChoose: (name: UnresolvedName, choice: NameChoice) => void;
  onRecheck: () => void;
}

/** Names the sheet uses that the system does not have: one line each, with the user's choice; then check again. */
export function UnresolvedNames({ unresolved, choices, checking, onChoose, onRecheck }: UnresolvedNamesProps) {
  const { t } = useTranslation();
  const open = unchosen(unresolved, choices).length;
  const rows = (name: UnresolvedName) =>
    name.rows.slice(0, ROWS_SHOWN).join(t('ledgerImport.listSeparator')) +
    (name.rows.length > ROWS_SHOWN ? '\u2026' : '');

  return (
    <Card size="small" title={t('ledgerImport.unresolved.title', { count: unresolved.length })}>
      <Typography.Paragraph type="secondary">{t('ledgerImport.unresolved.intro')}</Typography.Paragraph>
      <Flex vertical gap={12} role="list" aria-label={t('ledgerImport.unresolved.label')}>
        {unresolved.map((name) => (
          <Flex key={nameKey(name.kind, name.name)} role="listitem" wrap gap={8} align="center" justify="space-between">
            <Flex vertical gap={0} style={{ minWidth: 0, flex: '1 1 220px' }}>
              <span>
                <Tag>{t(`ledgerImport.kinds.${name.kind}`)}</Tag>
                <Typography.Text strong>{name.name}</Typography.Text>
              </span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('ledgerImport.unresolved.rows', { rows: rows(name), count: name.count })}
              </Typography.Text>
            </Flex>
            <NameChoiceSelect
              name={name}
              choice={choices[nameKey(name.kind, name.name)]}
              onChoose={(choice) => onChoose(name, choice)}
            />
          </Flex>
        ))}
      </Flex>
      <Flex wrap gap={8} align="center" justify="flex-end" style={{ marginTop: 12 }}>
        {open > 0 && (
          <Typography.Text type="secondary">{t('ledgerImport.unresolved.open', { count: open })}</Typography.Text>
        )}
        <Button type="primary" disabled={open > 0} loading={checking} onClick={onRecheck}>
          {t('ledgerImport.unresolved.recheck')}
        </Button>
      </Flex>
    </Card>
  );
}
