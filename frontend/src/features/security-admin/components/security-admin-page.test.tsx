import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import '../../../lib/i18n';
import { SecurityAdminPage } from './security-admin-page';

describe('SecurityAdminPage', () => {
  it("lists the security administrator's duties and where they are done", () => {
    render(<SecurityAdminPage />);
    expect(screen.getByText('安全管理')).toBeInTheDocument();
    expect(screen.getByText(/统一身份认证/)).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(6);
  });
});
