import './styles/designsystemet.css';
import '@digdir/designsystemet-theme';
import './styles/fonts.css';
import './styles/app.css';
import './styles/charts.css';
import './styles/print.css';
import { afterFirstPaint } from './app/after-first-paint';
import { preloadAppCode } from './app/app-code-preload';

// The styles are linked from the page itself. A prerendered page is readable before any script runs,
// so the app's code is fetched only once the page has painted: the stylesheet, the font and the first
// paint do not share the network and the main thread with it (docs/decisions/033-paint-before-code.md).
// The app shell (an empty #root) has nothing to paint and starts at once. A prerendered page lists the
// app's start-up chunks, fetched a few per task (app-code-preload.ts).
afterFirstPaint(
  () => {
    void preloadAppCode(document)
      .then(() => import('./app/boot'))
      .then(({ boot }) => {
        boot();
      });
  },
  { hasContent: (document.getElementById('root')?.childElementCount ?? 0) > 0 },
);
