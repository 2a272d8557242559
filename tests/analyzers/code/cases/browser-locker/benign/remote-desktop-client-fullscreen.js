// source: the shape of web remote-desktop and game clients (noVNC, Guacamole, cloud gaming): full screen with the keyboard captured so shortcuts reach the remote machine
export function enterFullscreen(canvas) {
  return canvas.requestFullscreen().then(() => {
    if (navigator.keyboard && navigator.keyboard.lock) return navigator.keyboard.lock(['Escape', 'MetaLeft']);
  });
}
export function exitFullscreen() {
  if (navigator.keyboard) navigator.keyboard.unlock();
  return document.exitFullscreen();
}
