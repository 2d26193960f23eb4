# ~/.bashrc of the sandbox user: an ordinary developer's prompt, plus shell integration.
case $- in *i*) ;; *) return ;; esac

# The recorder's per-session nonce arrives on a pipe at fd $REALCAST_MARK_FD (recorder/marks.py handover):
# read it into a shell variable, close the pipe, so no command's environment or open files carry it.
# Without it (a person's own shell, a nested shell) the marks below are the plain ones.
case ${REALCAST_MARK_FD:-} in
  [3-9]) read -r __mark_nonce <&"$REALCAST_MARK_FD"
         [[ $__mark_nonce =~ ^[0-9a-f]+$ ]] && __mark_aid=";aid=$__mark_nonce"
         eval "exec $REALCAST_MARK_FD<&-"; unset REALCAST_MARK_FD __mark_nonce ;;
esac

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
# the working directory. Nothing visible is added to the screen. ${__mark_aid} is `;aid=<nonce>` (OSC 133's
# own option) when the recorder gave one, so marks a command prints are told apart from the shell's.
__shell_integration() {
  local status=$?
  printf '\e]133;D;%s%s\a\e]7;file://%s%s\a' "$status" "${__mark_aid-}" "$HOSTNAME" "$PWD"
}
PROMPT_COMMAND=__shell_integration
PS0='\e]133;C${__mark_aid-}\a'
__git_branch() { type __git_ps1 >/dev/null 2>&1 && __git_ps1 ' (%s)'; }
PS1='\[\e]133;A${__mark_aid-}\a\]\[\e[01;32m\]\u@\h\[\e[00m\]:\[\e[01;34m\]\w\[\e[33m\]$(__git_branch)\[\e[00m\]\$ \[\e]133;B${__mark_aid-}\a\]'
