// source: aws-cdk 3.0.0's bundled yargs: the completion script it prints holds its own usage note
// (`#   cdk completion >> ~/.bashrc`), a comment of the script, in a bundle that also runs processes.
const { execSync } = require('child_process');
const completionShTemplate = `###-begin-{{app_name}}-completions-###
#
# yargs command completion script
#
# Installation: {{app_path}} {{completion_command}} >> ~/.bashrc
#    or {{app_path}} {{completion_command}} >> ~/.bash_profile on OSX.
#
_{{app_name}}_yargs_completions()
{
    local cur_word args type_list
    cur_word="\${COMP_WORDS[COMP_CWORD]}"
    args=("\${COMP_WORDS[@]}")
    type_list=$({{app_path}} --get-yargs-completions "\${args[@]}")
    COMPREPLY=( $(compgen -W "\${type_list}" -- \${cur_word}) )
    return 0
}
complete -o bashdefault -o default -F _{{app_name}}_yargs_completions {{app_name}}
###-end-{{app_name}}-completions-###
`;
function showCompletionScript(name) {
  return completionShTemplate.replace(/{{app_name}}/g, name);
}
function gitVersion() { return execSync('git --version').toString(); }
module.exports = { showCompletionScript, gitVersion };
