// A CSS plugin's renderChunk appends a helper's style loader to each chunk that imports CSS: page code, judged as
// code of the bundle, and harmless (it adds a <style> element once per id).
import { loader } from './inject.js';

export default function cssInject() {
  return {
    name: 'css-inject',
    renderChunk(code, chunk) {
      return chunk.modules && Object.keys(chunk.modules).some((m) => m.endsWith('.css')) ? loader() + '\n' + code : code;
    }
  };
}
