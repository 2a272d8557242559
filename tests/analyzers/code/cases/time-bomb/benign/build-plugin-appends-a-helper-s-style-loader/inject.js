export function loader() {
  return 'function __injectCss(id, css){if(typeof document==="undefined"||document.getElementById(id))return;' +
    'var s=document.createElement("style");s.id=id;s.textContent=css;document.head.appendChild(s);' +
    'try{localStorage.setItem("css-inject:"+id,Date.now())}catch(e){}}';
}
