# SPDX-License-Identifier: MIT
# fish completion of phonedesk-cli: its commands, the options each takes (as src/cli's command
# table allows them), the values of --format, --operation and update's flags, and the names of
# the profiles saved by PhoneDesk's connection dialog.

# The profile names of PhoneDesk's settings (QSettings INI: "[profiles]" then "<id>\name=NAME").
function __phonedesk_cli_profiles
    set -l config_home $HOME/.config
    set -q XDG_CONFIG_HOME[1]; and set config_home $XDG_CONFIG_HOME
    set -l conf $config_home/PhoneDesk/PhoneDesk.ini
    test -r $conf; or return 0
    set -l in_profiles 0
    while read -l line
        if string match -q -- '[*' $line
            if test "$line" = '[profiles]'
                set in_profiles 1
            else
                set in_profiles 0
            end
        else if test $in_profiles = 1
            set -l value (string replace -rf -- '^[A-Za-z0-9]+\\\\name=(.*)$' '$1' $line)
            or continue
            set value (string replace -r -- '^"(.*)"$' '$1' $value)
            set value (string replace -a -- '\\"' '"' $value)
            set value (string replace -a -- '\\\\' '\\' $value)
            test -n "$value"; and echo $value
        end
    end <$conf
end

set -l commands list get create update delete send-code verify disable-mfa replace-phone audit diagnose unlock ban unban remove-totp remove-backup-codes revoke-sessions sms-blocklist journal undo
set -l no_command "not __fish_seen_subcommand_from $commands"

complete -c phonedesk-cli -f
complete -c phonedesk-cli -n $no_command -a list -d 'Every phone number of the instance'
complete -c phonedesk-cli -n $no_command -a get -d 'One phone number'
complete -c phonedesk-cli -n $no_command -a create -d 'Add a number to a user'
complete -c phonedesk-cli -n $no_command -a update -d 'Change the flags of a number'
complete -c phonedesk-cli -n $no_command -a delete -d 'Delete a number'
complete -c phonedesk-cli -n $no_command -a send-code -d 'Send a verification code'
complete -c phonedesk-cli -n $no_command -a verify -d 'Check a verification code'
complete -c phonedesk-cli -n $no_command -a disable-mfa -d "Turn off the user's second factors"
complete -c phonedesk-cli -n $no_command -a replace-phone -d "Replace all of the user's numbers by one"
complete -c phonedesk-cli -n $no_command -a audit -d 'What looks wrong in the instance'
complete -c phonedesk-cli -n $no_command -a diagnose -d 'Why a user cannot sign in'
complete -c phonedesk-cli -n $no_command -a unlock -d "End the user's lockout"
complete -c phonedesk-cli -n $no_command -a ban -d 'Ban a user'
complete -c phonedesk-cli -n $no_command -a unban -d 'Lift a ban'
complete -c phonedesk-cli -n $no_command -a remove-totp -d "Remove the user's authenticator app"
complete -c phonedesk-cli -n $no_command -a remove-backup-codes -d "Remove the user's backup codes"
complete -c phonedesk-cli -n $no_command -a revoke-sessions -d 'Sign the user out everywhere'
complete -c phonedesk-cli -n $no_command -a sms-blocklist -d 'The countries the instance sends no SMS to'
complete -c phonedesk-cli -n $no_command -a journal -d 'The journal of changes'
complete -c phonedesk-cli -n $no_command -a undo -d 'Revert a journal entry'

# The connection's options, before or after the command.
complete -c phonedesk-cli -s h -l help -d 'Show the help'
complete -c phonedesk-cli -l version -d 'Show the version'
complete -c phonedesk-cli -l profile -x -a '(__phonedesk_cli_profiles)' -d 'Use a profile of the connection dialog'
complete -c phonedesk-cli -l api-url -x -d 'The Backend API base URL'
complete -c phonedesk-cli -l verbose -d 'Log each request to stderr'
complete -c phonedesk-cli -l rate-limit -x -d 'Requests per 10 s to stay under'
complete -c phonedesk-cli -l give-up-after -x -d 'Seconds a request may spend on retries'

# The options of each command.
complete -c phonedesk-cli -n '__fish_seen_subcommand_from list' -l query -x -d 'Only users matching TEXT'
complete -c phonedesk-cli -n '__fish_seen_subcommand_from list audit journal' -l format -x -a 'jsonl csv' -d 'Output format'
complete -c phonedesk-cli -n '__fish_seen_subcommand_from sms-blocklist' -l format -x -a 'text json' -d 'Output format'
complete -c phonedesk-cli -n '__fish_seen_subcommand_from create journal' -l user-id -x -d 'The user'
complete -c phonedesk-cli -n '__fish_seen_subcommand_from create replace-phone journal' -l phone-number -x -d 'The number, in E.164'
complete -c phonedesk-cli -n '__fish_seen_subcommand_from create' -l verified -d 'Mark it verified'
complete -c phonedesk-cli -n '__fish_seen_subcommand_from create' -l primary -d 'Make it primary'
complete -c phonedesk-cli -n '__fish_seen_subcommand_from create' -l reserved-for-second-factor -d 'Use it as second factor'
complete -c phonedesk-cli -n '__fish_seen_subcommand_from update' -l verified -x -a 'true false' -d 'Verified'
complete -c phonedesk-cli -n '__fish_seen_subcommand_from update' -l primary -x -a 'true false' -d 'Primary'
complete -c phonedesk-cli -n '__fish_seen_subcommand_from update' -l reserved-for-second-factor -x -a 'true false' -d 'Reserved for second factor'
complete -c phonedesk-cli -n '__fish_seen_subcommand_from delete replace-phone ban remove-totp remove-backup-codes revoke-sessions' -l yes -d 'Really do it'
complete -c phonedesk-cli -n '__fish_seen_subcommand_from update delete disable-mfa replace-phone remove-totp' -l force -d 'Send a change that would lock the user out'
complete -c phonedesk-cli -n '__fish_seen_subcommand_from audit' -l pending-age -x -d 'Days a code may be pending'
complete -c phonedesk-cli -n '__fish_seen_subcommand_from verify' -l verification-id -x -d 'The id printed by send-code'
complete -c phonedesk-cli -n '__fish_seen_subcommand_from verify' -l code -x -d 'The code the customer received'
complete -c phonedesk-cli -n '__fish_seen_subcommand_from journal' -l operation -x -a 'update create delete send_code verify reset_mfa replace_numbers undo unlock ban unban remove_totp remove_backup_codes revoke_sessions' -d 'Only entries of this operation'
complete -c phonedesk-cli -n '__fish_seen_subcommand_from journal' -l since -x -d 'Only entries from this day on (YYYY-MM-DD)'
complete -c phonedesk-cli -n '__fish_seen_subcommand_from journal' -l until -x -d 'Only entries up to this day (YYYY-MM-DD)'
complete -c phonedesk-cli -n '__fish_seen_subcommand_from journal; and not __fish_seen_subcommand_from purge forget' -a purge -d 'Remove the entries before a day'
complete -c phonedesk-cli -n '__fish_seen_subcommand_from journal; and not __fish_seen_subcommand_from purge forget' -a forget -d 'Remove every entry of a user'
complete -c phonedesk-cli -n '__fish_seen_subcommand_from purge' -l before -x -d 'Remove the entries before this day (YYYY-MM-DD)'
