# SPDX-License-Identifier: MIT
# bash completion of phonedesk-cli: its commands, the options each takes (as src/cli's command
# table allows them), the values of --format, --operation and update's flags, and the names of
# the profiles saved by PhoneDesk's connection dialog. tests/cli_conventions keeps it in step
# with phonedesk-cli --help.

# The profile names of PhoneDesk's settings (QSettings INI: "[profiles]" then "<id>\name=NAME"),
# one a line; QSettings quotes a value with commas or outer spaces and escapes quotes and
# backslashes.
_phonedesk_cli_profiles()
{
    local conf=${XDG_CONFIG_HOME:-$HOME/.config}/PhoneDesk/PhoneDesk.ini
    [[ -r $conf ]] || return 0
    awk '
        /^\[/ { in_profiles = ($0 == "[profiles]"); next }
        in_profiles && /^[A-Za-z0-9]+\\name=/ {
            value = substr($0, index($0, "=") + 1)
            if (value ~ /^".*"$/) value = substr(value, 2, length(value) - 2)
            gsub(/\\"/, "\"", value); gsub(/\\\\/, "\\", value)
            if (value != "") print value
        }' "$conf"
}

# The options of one command (and its subcommand, for journal), beyond the connection's.
_phonedesk_cli_command_options()
{
    case $1 in
        list) echo --query --format ;;
        create) echo --user-id --phone-number --verified --primary --reserved-for-second-factor ;;
        update) echo --verified --primary --reserved-for-second-factor --force ;;
        delete) echo --yes --force ;;
        verify) echo --verification-id --code ;;
        disable-mfa) echo --force ;;
        replace-phone) echo --phone-number --yes --force ;;
        audit) echo --format --pending-age ;;
        ban | remove-backup-codes | revoke-sessions) echo --yes ;;
        remove-totp) echo --yes --force ;;
        sms-blocklist) echo --format ;;
        journal)
            case $2 in
                purge) echo --before ;;
                forget) ;;
                # Options may come before the subcommand: "journal --before DAY purge" too.
                *) echo --format --operation --user-id --phone-number --since --until --before ;;
            esac ;;
    esac
}

_phonedesk_cli()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
    local commands="list get create update delete send-code verify disable-mfa replace-phone audit diagnose unlock ban unban remove-totp remove-backup-codes revoke-sessions sms-blocklist journal undo"
    local connection_options="--profile --api-url --verbose --rate-limit --give-up-after --help --version"
    # The command: the first word that is neither an option nor an option's value.
    local command="" subcommand="" i word
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        case $word in
            --profile | --api-url | --rate-limit | --give-up-after | --query | --format | --user-id | --phone-number | \
                --pending-age | --verification-id | --code | --operation | --since | --until | --before)
                # Its value, also as "--option=value", which bash splits into three words.
                ((i++))
                [[ ${COMP_WORDS[i]} == = ]] && ((i++)) ;;
            --verified | --primary | --reserved-for-second-factor)
                # update takes true or false after them; the other commands take them alone.
                [[ $command == update ]] && ((i++)) ;;
            -*) ;;
            *)
                if [[ -z $command ]]; then
                    command=$word
                elif [[ $command == journal && -z $subcommand ]]; then
                    subcommand=$word
                fi ;;
        esac
    done

    # "--format=" is split by bash at the "=": the option is the word before it.
    if [[ $prev == = ]] && ((COMP_CWORD >= 2)); then
        prev=${COMP_WORDS[COMP_CWORD - 2]}
    fi
    COMPREPLY=()
    case $prev in
        --profile)
            local name
            while IFS= read -r name; do
                [[ $name == "$cur"* ]] && COMPREPLY+=("$(printf '%q' "$name")")
            done < <(_phonedesk_cli_profiles)
            return 0 ;;
        --format)
            if [[ $command == sms-blocklist ]]; then
                mapfile -t COMPREPLY < <(compgen -W "text json" -- "$cur")
            else
                mapfile -t COMPREPLY < <(compgen -W "jsonl csv" -- "$cur")
            fi
            return 0 ;;
        --operation)
            mapfile -t COMPREPLY < <(compgen -W "update create delete send_code verify reset_mfa replace_numbers undo unlock ban unban remove_totp remove_backup_codes revoke_sessions" -- "$cur")
            return 0 ;;
        --verified | --primary | --reserved-for-second-factor)
            if [[ $command == update ]]; then
                mapfile -t COMPREPLY < <(compgen -W "true false" -- "$cur")
                return 0
            fi ;;
        --api-url | --rate-limit | --give-up-after | --query | --user-id | --phone-number | --pending-age | \
            --verification-id | --code | --since | --until | --before)
            # A value of the user's own.
            return 0 ;;
    esac

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            mapfile -t COMPREPLY < <(compgen -W "$connection_options" -- "$cur")
        else
            mapfile -t COMPREPLY < <(compgen -W "$commands" -- "$cur")
        fi
    elif [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(_phonedesk_cli_command_options "$command" "$subcommand") $connection_options" -- "$cur")
    elif [[ $command == journal && -z $subcommand ]]; then
        mapfile -t COMPREPLY < <(compgen -W "purge forget" -- "$cur")
    fi
    return 0
}

complete -F _phonedesk_cli phonedesk-cli
