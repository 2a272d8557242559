// expect: suspicious
// source: 2022 protestware's build-refusal variants: a Vite plugin whose region check sits in its own module (a
// regular expression's list of Russian and Belarusian zones), and whose build hook fails the build for those users
import { inRegion } from './region.js';
export default function icons() {
  let refused = false;
  return {
    name: 'icons-lite',
    configResolved() { refused = inRegion(); },
    buildStart() { if (refused) this.error('This build is not available in your region.'); },
  };
}
