import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import {
  useConfirmations,
  useReturnedChanges,
  changeKey,
  PendingChangeItem,
  ReturnedChangeItem,
} from '../../confirmations';
import { Section } from './week-section';

const FIRST_FEW = 5;

/** Confirmation on the home page: a unit head's queue (the first few), an officer's changes sent back (when there are any). */
export function useReviewSections(roles: readonly string[]) {
  const { t } = useTranslation();
  const unitHead = roles.includes('unit_head');
  const officer = roles.includes('officer');
  const pending = useConfirmations(unitHead).data;
  const returned = useReturnedChanges(officer).data;
  const sections = [];
  if (unitHead && pending) {
    sections.push(
      <Section
        key="pending"
        title={t('confirmations.week.pending')}
        items={pending.items.slice(0, FIRST_FEW)}
        count={pending.count}
        empty={t('confirmations.empty')}
        alert
        rowKey={changeKey}
        extra={
          pending.count > 0 && <Link to="/confirmations">{t('confirmations.week.all', { n: pending.count })}</Link>
        }
        render={(change) => <PendingChangeItem change={change} />}
      />,
    );
  }
  if (officer && returned && returned.items.length > 0) {
    sections.push(
      <Section
        key="returned"
        title={t('confirmations.week.returned')}
        items={returned.items}
        empty=""
        alert
        rowKey={changeKey}
        render={(change) => <ReturnedChangeItem change={change} />}
      />,
    );
  }
  return sections;
}
