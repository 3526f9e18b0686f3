/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The public origin (e.g. https://klyngeinnsikt.no), from the SITE_URL build variable; see src/lib/site-url.ts. */
  readonly SITE_URL: string;
}

interface ImportMetaEnv {
  /** The data files the production build validated, with their hashes (config/validated-data.ts); unset elsewhere. */
  readonly VALIDATED_DATA?: import('./data/trusted-data').ValidatedData;
}
