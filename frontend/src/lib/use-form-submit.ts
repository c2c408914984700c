import { App } from 'antd';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api-client';
import { errorMessage } from './error-message';

export interface FormSubmitOptions {
  successKey: string;
  /** Closes the form: after a save, and after a stale-version refusal (the list has been refreshed). */
  onDone: () => void;
  /** Maps a server field path (e.g. "gbt4754Codes[1].<list element>") to the form's field name. */
  fieldOf?: (field: string) => string;
}

/** Validates, saves, and shows the server's refusal where it belongs: on the field, or as a message. */
export function useFormSubmit<TValues>(
  form: FormInstance<TValues>,
  save: (values: TValues) => Promise<unknown>,
  { successKey, onDone, fieldOf = (field) => field }: FormSubmitOptions,
) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return async () => {
    const values = await form.validateFields().catch(() => null);
    if (values === null) return;
    try {
      await save(values);
      void message.success(t(successKey));
      onDone();
    } catch (error) {
      if (error instanceof ApiError && error.violations.length > 0) {
        form.setFields(error.violations.map((v) => ({ name: fieldOf(v.field) as never, errors: [v.message] })));
      } else {
        void message.error(errorMessage(t, error));
        if (error instanceof ApiError && error.code === 'version.stale') onDone();
      }
    }
  };
}
