import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from './error-text';

/**
 * Opens a list row's edit form with the whole record: a PUT replaces every field, and a list row lacks some
 * (a trip's outcome, an event's summary).
 */
export function useEditRecord<T>(load: (id: number) => Promise<T>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [record, setRecord] = useState<T>();
  const [loadingId, setLoadingId] = useState<number>();
  const open = async (id: number) => {
    setLoadingId(id);
    try {
      setRecord(await load(id));
    } catch (error) {
      void message.error(errorText(t, error));
    } finally {
      setLoadingId(undefined);
    }
  };
  return { record, loadingId, open, close: () => setRecord(undefined) };
}
