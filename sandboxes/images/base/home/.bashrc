# ~/.bashrc of the sandbox user: an ordinary developer's prompt, plus shell integration.
case $- in *i*) ;; *) return ;; esac

HISTCONTROL=ignoreboth
HISTSIZE=5000
shopt -s histappend checkwinsize
[ -f /usr/share/bash-completion/bash_completion ] && . /usr/share/bash-completion/bash_completion
[ -f /usr/lib/git-core/git-sh-prompt ] && . /usr/lib/git-core/git-sh-prompt
alias ls='ls --color=auto'
alias ll='ls -alF'
alias grep='grep --color=auto'
export EDITOR=nano
GIT_PS1_SHOWDIRTYSTATE=1

# Shell integration, as VS Code, iTerm2 and WezTerm use it: invisible OSC 133 marks tell the terminal
# where a prompt and a command's output start and with what exit code a command ended; OSC 7 says
# the working directory. Nothing visible is added to the screen.
__shell_integration() {
  local status=$?
  printf '\e]133;D;%s\a\e]7;file://%s%s\a' "$status" "$HOSTNAME" "$PWD"
}
PROMPT_COMMAND=__shell_integration
PS0='\e]133;C\a'
__git_branch() { type __git_ps1 >/dev/null 2>&1 && __git_ps1 ' (%s)'; }
PS1='\[\e]133;A\a\]\[\e[01;32m\]\u@\h\[\e[00m\]:\[\e[01;34m\]\w\[\e[33m\]$(__git_branch)\[\e[00m\]\$ \[\e]133;B\a\]'
