# bash completion for almanac: its commands, their options, the kinds of `almanac new` and the
# formats of `almanac check`; folders after -s and -o.
_almanac() {
  local cur=${COMP_WORDS[COMP_CWORD]}
  local prev=${COMP_WORDS[COMP_CWORD-1]}
  local command=${COMP_WORDS[1]}
  if ((COMP_CWORD == 1)); then
    COMPREPLY=($(compgen -W "build report check new init serve --help --version" -- "$cur"))
    return
  fi
  case $prev in
    -s | --source | -o | --output)
      COMPREPLY=($(compgen -d -- "$cur"))
      return
      ;;
    --format)
      COMPREPLY=($(compgen -W "text github gitlab json" -- "$cur"))
      return
      ;;
    --lang)
      COMPREPLY=($(compgen -W "ru en" -- "$cur"))
      return
      ;;
  esac
  local options
  case $command in
    build) options="-s --source -o --output --drafts -j --jobs -q --quiet --force --pdf --local" ;;
    report) options="-s --source -o --output --lang --pdf -q --quiet --force" ;;
    check) options="-s --source --drafts --format -j --jobs -q --quiet" ;;
    new)
      if ((COMP_CWORD == 2)); then
        COMPREPLY=($(compgen -W "conference collaboration internship page organization" -- "$cur"))
        return
      fi
      options="-s --source --slug"
      ;;
    init)
      COMPREPLY=($(compgen -d -- "$cur"))
      return
      ;;
    serve) options="-s --source -p --port --bind --drafts --open -j --jobs" ;;
  esac
  COMPREPLY=($(compgen -W "$options -h --help" -- "$cur"))
}
complete -F _almanac almanac
