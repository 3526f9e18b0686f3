import { yieldToMain } from '../lib/yield-to-main';

/** The `<template>` in which scripts/prerender.mjs lists the app's start-up chunks as modulepreload links. */
export const APP_CODE_TEMPLATE_ID = 'app-code';

/**
 * Links put in the page per task. Each link starts a fetch (≈ 2–3 ms at 4× CPU); Vite's preload helper
 * appended all 16 of the app's start-up chunks in the task right after the first paint (50–60 ms at 4×),
 * and a tap at first paint waited for it (ADR 036, item 10).
 */
const LINKS_PER_TASK = 4;

/**
 * Starts fetching the app's code a few chunks per task, from the prerendered page's list, so that the
 * preload helper finds every link already in the page when the app is imported. Nothing to do on a page
 * without the list (the development server).
 */
export async function preloadAppCode(doc: Document): Promise<void> {
  const template = doc.getElementById(APP_CODE_TEMPLATE_ID);
  if (!(template instanceof HTMLTemplateElement)) return;
  const links = [...template.content.querySelectorAll('link[rel="modulepreload"]')];
  template.remove();
  for (let start = 0; start < links.length; start += LINKS_PER_TASK) {
    if (start > 0) await yieldToMain();
    doc.head.append(...links.slice(start, start + LINKS_PER_TASK));
  }
}
