import { App, Button, Tooltip } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { saveFile, type DownloadedFile } from '../lib/download';
import { errorMessage } from '../lib/error-message';

export interface DownloadButtonProps {
  /**
   * Where the file is: the link's target, copyable and opened by a click with a modifier key. None for a file
   * that only a POST makes (e.g. an import's report as the user's own sheet).
   */
  href?: string;
  /** Fetches the file (see fetchFile). */
  fetch: () => Promise<DownloadedFile>;
  icon?: ReactNode;
  disabled?: boolean;
  /** Words a refusal; defaults to the app's catalogue. */
  describeError?: (error: unknown) => string;
  children: ReactNode;
}

/**
 * A download: a link to the file, which a plain click fetches instead, so that the server's refusal (e.g. 503
 * report.pdf_font_missing) is shown as the server words it.
 */
export function DownloadButton({ href, fetch, icon, disabled, describeError, children }: DownloadButtonProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    try {
      saveFile(await fetch());
    } catch (error) {
      // Long enough to read: a refusal may be something to tell the administrator.
      void message.error(describeError ? describeError(error) : errorMessage(t, error), 8);
    } finally {
      setBusy(false);
    }
  };

  // Disabled while the file comes, with a word on why: a second click would only start a second export.
  return (
    <Tooltip title={busy ? t('common.downloading') : undefined}>
      <Button
        icon={icon}
        href={href}
        disabled={disabled || busy}
        loading={busy}
        onClick={(event) => {
          // A click with a modifier key keeps the link's own behaviour (new tab, new window).
          if (href && (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0)) return;
          event.preventDefault();
          if (!busy) void download();
        }}
      >
        {children}
      </Button>
    </Tooltip>
  );
}
