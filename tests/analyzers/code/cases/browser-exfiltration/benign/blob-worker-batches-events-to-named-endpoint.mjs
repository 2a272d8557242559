// expect: clean
// An analytics SDK that batches events in a worker started from a Blob of its own text, to the endpoint it names:
// it posts event names and timings, not the page's cookies or storage
const SRC = "var q=[];onmessage=function(e){q.push(e.data);if(q.length>=20){fetch('https://collect.analytics.example/v1/batch',{method:'POST',body:JSON.stringify(q.splice(0))})}};";
const worker = typeof Worker !== 'undefined' ? new Worker(URL.createObjectURL(new Blob([SRC]))) : null;
export function track(event, props) {
  if (worker) worker.postMessage({ event, props, t: performance.now() });
}
