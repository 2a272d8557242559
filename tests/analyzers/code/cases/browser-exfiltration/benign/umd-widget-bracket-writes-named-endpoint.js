// source: the shape of embeddable UMD widgets (feedback buttons, status badges) minified with bracket property
// writes: the widget loads its own image from the host it names and reads one cookie of its own
!function(e,t){"object"==typeof exports&&"undefined"!=typeof module?module.exports=t():"function"==typeof define&&define.amd?define(t):(e=e||self).Status=t()}(this,function(){"use strict";
var K=["src","status-badge-dismissed","https://status.example/badge.svg?site="];
function seen(){return document.cookie.split(";").some(function(c){return c.trim().indexOf(K[1]+"=")===0})}
function mount(el){if(seen())return;var i=document.createElement("img");i[K[0]]=K[2]+encodeURIComponent(location.hostname);el.appendChild(i)}
return{mount:mount}});
