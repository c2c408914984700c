import { Flex, Grid, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WizardStep } from './use-ledger-wizard';

const TITLES = ['upload', 'mapping', 'check', 'apply'] as const;

/** Where the user is (`done`: the import is written); on a phone the four steps go untitled, with the current one named under them. */
export function WizardSteps({ current, done }: { current: WizardStep; done: boolean }) {
  const { t } = useTranslation();
  const narrow = Grid.useBreakpoint().sm === false;
  const titles = TITLES.map((key) => t(`ledgerImport.steps.${key}`));
  return (
    <Flex vertical gap={4} style={{ marginBottom: 16 }}>
      <Steps
        size="small"
        responsive={false}
        current={current}
        status={done ? 'finish' : 'process'}
        items={titles.map((title) => ({ title: narrow ? undefined : title }))}
      />
      {narrow && (
        <Typography.Text strong>
          {t('ledgerImport.steps.caption', { step: current + 1, count: TITLES.length, title: titles[current] })}
        </Typography.Text>
      )}
    </Flex>
  );
}
