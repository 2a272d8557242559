// source: next@14.0.4 dist/esm/shared/lib/router/router.js: a hard navigation to the URL the app
// asked for, in a module that also imports the crawler check.
import { isBot } from './utils/is-bot';

function handleHardNavigation({ url, router }) {
  if (url === router.asPath) {
    throw new Error('Invariant: attempted to hard navigate to the same URL ' + url);
  }
  window.location.href = url;
}

export default class Router {
  constructor(asPath) {
    this.asPath = asPath;
    this.isBot = typeof navigator !== 'undefined' && isBot(navigator.userAgent);
  }
  change(url) { handleHardNavigation({ url, router: this }); }
}
export const router = new Router('/');
router.change(typeof location !== 'undefined' ? location.pathname : '/');
