// allow: medium
// source: documentation-site components (install-snippet widgets of runtime and CLI docs, 2024): a
// "copy" button that puts the project's own install one-liner on the clipboard, with no instructions
// to run it anywhere.
const INSTALL = { unix: 'curl -fsSL https://tool.example.dev/install | bash', windows: 'powershell -c "irm tool.example.dev/install.ps1 | iex"' };
export function InstallSnippet({ os }) {
  const command = INSTALL[os === 'windows' ? 'windows' : 'unix'];
  const onCopy = () => navigator.clipboard.writeText(command);
  return { command, onCopy, label: 'Copy' };
}
