// source: blind set 49's wallpaper setter (shell-namespace-copyhere-extract, STRRAT/Vjw0rm's technique): a .wsf its
// preinstall hands to cscript downloads a zip with MSXML and unpacks it with the shell's NameSpace().CopyHere.
// expect: malicious
module.exports = function setWallpaper(file) { return file; };
