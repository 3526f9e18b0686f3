/** An attribute value for HTML: ampersands, quotes and angle brackets escaped. */
const attribute = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * The `<iframe>` snippet for an embed page (ADR 063): the page's absolute address, a title for screen
 * readers, the full width of the host's column and a fixed 4 : 3 aspect ratio (at least 640 px high), no
 * border, loaded when scrolled near. The embed page scrolls inside the frame if its chart is taller.
 */
export function embedSnippet({ src, title }: { src: string; title: string }): string {
  return (
    `<iframe src="${attribute(src)}" title="${attribute(title)}" loading="lazy" ` +
    `style="width: 100%; aspect-ratio: 4 / 3; min-height: 640px; border: 0;"></iframe>`
  );
}
