import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../tests/render';
import { CopyLinkButton } from './copy-link-button';

describe('CopyLinkButton', () => {
  it('copies the current path with the serialised filters and says so', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    renderWithProviders(<CopyLinkButton />, { path: '/levels', filters: { levels: ['nce'], lang: 'en' } });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/levels?level=nce&lang=en`);
    expect(await screen.findByText('Link copied')).toBeVisible();
  });

  it('keeps presentation mode and the slide in the link', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    renderWithProviders(<CopyLinkButton />, { path: '/', filters: { present: true, slide: 4 } });
    await user.click(screen.getByRole('button', { name: 'Kopier lenke' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/?present=1&slide=4`);
  });

  it('shows the link in a selected field when the clipboard is refused', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    renderWithProviders(<CopyLinkButton />, { path: '/timeline' });
    await user.click(screen.getByRole('button', { name: 'Kopier lenke' }));
    const field = await screen.findByRole('textbox', { name: 'Lenke til det som vises' });
    expect(field).toHaveValue(`${window.location.origin}/timeline`);
    expect(screen.getByText(/tillot ikke kopiering/)).toBeVisible();
  });
});
