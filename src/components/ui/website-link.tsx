/** A website as a link showing its host and path, or the given words when no source gives one. */
export function WebsiteLink({ url, missing }: { url: string | null | undefined; missing: string }) {
  if (!url) return <span className="unknown-value">{missing}</span>;
  return (
    <a href={url} rel="noopener noreferrer">
      {url.replace(/^https?:\/\//, '').replace(/\/$/, '')}
    </a>
  );
}
