/**
 * Inter (latin subset, the variable file the page itself uses) as a data: URL, for pictures that carry
 * their font. A module of its own, loaded only when a picture is exported (about 64 kB as base64).
 */
export { default as INTER_LATIN_DATA_URL } from '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2?inline';
