import * as z from 'zod/mini';
import { LANGS } from '../../i18n/lang';
import { localizedText, partialDate, sourceId } from './common';

export const sourceSchema = z.strictObject({
  id: sourceId,
  publisher: z.string().check(z.trim(), z.minLength(1)),
  title: z.string().check(z.trim(), z.minLength(1)),
  /** The language the title is written in, for `lang` where it is shown (WCAG 3.1.2). */
  titleLang: z.enum(LANGS),
  /** Publication date at the precision known; null when the source gives none. */
  date: z.nullable(partialDate),
  /** The address as published; a few archived pages exist only under http. */
  url: z.url({ protocol: /^https?$/ }),
  /** Further addresses of the same document (another language, a second part). */
  otherUrls: z.optional(z.array(z.url({ protocol: /^https?$/ }))),
  /** Other ids the research notes use for this same document (programme.md's ids where facts.md's came first). */
  aliases: z.optional(z.array(sourceId)),
  /** primary = the article the dashboard is built on; report = the evaluation; other = background. */
  kind: z.enum(['primary', 'report', 'programme', 'cluster', 'press']),
  /** What the dashboard takes from it, or a caveat about it. */
  note: z.optional(localizedText),
});
export type Source = z.output<typeof sourceSchema>;

export const sourcesFileSchema = z.strictObject({
  sources: z.array(sourceSchema).check(z.minLength(1)),
});
export type SourcesFile = z.output<typeof sourcesFileSchema>;
