import { Watermark } from 'antd';
import { useState, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { formatInstant } from '../lib/date-time';

export interface ViewerWatermarkProps {
  /** The viewer's display name. */
  name: string;
  children: ReactNode;
}

/**
 * Every page carries the viewer's name and the time it was opened, faintly, across the content: a photographed or
 * printed screen of personal data says whose it was and when (issue #23, marked copies).
 */
const now = () => formatInstant(new Date().toISOString());

export function ViewerWatermark({ name, children }: ViewerWatermarkProps) {
  const { pathname } = useLocation();
  const [opened, setOpened] = useState(() => ({ pathname, at: now() }));
  if (opened.pathname !== pathname) setOpened({ pathname, at: now() }); // a new time for each page
  return (
    <Watermark
      content={[name, opened.at]}
      gap={[160, 140]}
      font={{ color: 'rgba(0, 0, 0, 0.07)', fontSize: 14 }}
      // Visible, not antd's hidden: a hidden overflow would end the sticky save bar of the forms inside.
      style={{ minHeight: '100%', overflow: 'visible' }}
    >
      {children}
    </Watermark>
  );
}
