// SPDX-License-Identifier: MIT
// The table of phonedesk-cli's commands: their help, their arguments and options, and the
// function that checks them; dispatching on it and writing --help from it.
#include "clicommandtable.h"

#include "cliarguments.h"
#include "clieditcommands.h"
#include "clijournalcommands.h"
#include "cliexit.h"
#include "clireadcommands.h"
#include "clisignincommands.h"

namespace PhoneDesk {

namespace {
const char *const kDescription = "Lists, shows and fixes the phone numbers of a Clerk instance through its Backend API.\n";

const char *const kEnvironment =
    "Environment:\n"
    "  CLERK_SECRET_KEY  the instance's secret key (required without --profile; never taken from the command line)\n"
    "  CLERK_API_URL     the API's base URL when neither --api-url nor --profile is given\n"
    "                    (default https://api.clerk.com/v1)\n";

QStringList optionList(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list.append(QString::fromLatin1(name));
    return list;
}

QList<CliCommandEntry> makeCommands()
{
    return {
        {"list", "[--profile NAME | --api-url URL] [--verbose] [--rate-limit N] [--give-up-after S] list [--query TEXT] [--format jsonl|csv]",
         "  list    every phone number of the instance, one line each, written page by page.\n"
         "          jsonl (default): the phone number object as the API sent it, plus \"user_id\".\n"
         "          csv: RFC 4180 (UTF-8, CRLF line ends) with a header and the columns user_id,\n"
         "          phone_number_id, phone_number, e164_valid, region, type, verification_status,\n"
         "          verification_strategy, verification_attempts, verification_expire_at, reserved,\n"
         "          reserved_for_second_factor, default_second_factor, primary,\n"
         "          linked_to (type:id;…), created_at, updated_at; times in ISO 8601 UTC,\n"
         "          unknown values empty.\n"
         "          A user or number that cannot be read is skipped with a warning on stderr.\n",
         "", nullptr, "--query and --format", optionList({"query", "format"}), &CliReadCommands::list},
        {"get", "[--api-url URL] [--verbose] get ID",
         "  get ID  one phone number's object as the API sent it, as indented JSON.\n",
         "  Every command below prints the server's answer as sent, as indented JSON.\n"
         "  A number must be valid E.164 (+4915123456789); other spellings are refused before sending.\n",
         "phone number id", nullptr, {}, &CliReadCommands::get},
        {"create", "[...] create --user-id U --phone-number N [--verified] [--primary] [--reserved-for-second-factor]",
         "  create         adds a number to a user (Clerk makes a user's first number primary).\n", "", nullptr, "options",
         optionList({"user-id", "phone-number", "verified", "primary", "reserved-for-second-factor"}), &CliEditCommands::create},
        {"update", "[...] update ID [--verified true|false] [--primary true|false] [--reserved-for-second-factor true|false]",
         "  update ID      changes only the given flags (at least one); values are exactly true or false.\n"
         "                 It reads the number and its owner first and sends only what differs; when nothing\n"
         "                 differs it sends nothing and prints the number as it is. A change that cannot\n"
         "                 succeed is refused before sending with exit 2: reserving an unverified number for\n"
         "                 second factor, or --primary false on the primary number (make another one primary).\n"
         "                 A number changed on the server between the read and the write is not overwritten (exit 3).\n",
         "", "phone number id", nullptr, optionList({"verified", "primary", "reserved-for-second-factor", "force"}),
         &CliEditCommands::update},
        {"delete", "[...] delete ID --yes", "  delete ID      deletes a number; needs --yes.\n", "", "phone number id", nullptr,
         optionList({"yes", "force"}), &CliEditCommands::remove},
        {"send-code", "[...] send-code ID",
         "  send-code ID   sends a verification code (prepare_verification); prints the verification with its id.\n", "",
         "phone number id", nullptr, {}, &CliEditCommands::sendCode},
        {"verify", "[...] verify ID --verification-id V --code C",
         "  verify ID      checks a code (attempt_verification). A code Clerk does not accept still exits 0\n"
         "                 with its answer, and says \"code not accepted: status …, attempts …\" on stderr.\n",
         "", "phone number id", nullptr, optionList({"verification-id", "code"}), &CliEditCommands::verify},
        {"disable-mfa", "[...] disable-mfa USER_ID", "  disable-mfa USER_ID    turns off the user's second factors.\n", "",
         "user id", nullptr, optionList({"force"}), &CliEditCommands::disableMfa},
        {"replace-phone", "[...] replace-phone USER_ID --phone-number N --yes",
         "  replace-phone USER_ID  replaces all of the user's numbers by one (PUT /users/{id}/phone_number); needs --yes.\n",
         "  update, delete, disable-mfa and replace-phone read the owner first and refuse (exit 5, the reason on\n"
         "  stderr) a change that would leave them no phone number or no way at all to sign in, or turn their\n"
         "  2FA off; --force sends it anyway, with the reason as a warning.\n",
         "user id", nullptr, optionList({"phone-number", "yes", "force"}), &CliEditCommands::replacePhone},
        {"audit", "[...] audit [--format jsonl|csv] [--pending-age DAYS]",
         "  audit   walks every user and writes what looks wrong, grouped by kind, one finding per line: numbers\n"
         "          not in E.164 form or not valid for their country, the same number on different users,\n"
         "          2FA on without a usable second factor, second factors on banned or locked users, codes\n"
         "          pending or expired for more than --pending-age days (default 7), a primary number id that\n"
         "          names no number. jsonl (default): {kind, user_id, user_name, phone_number_id, phone_number,\n"
         "          explanation}; csv: those columns. The count of each kind goes to stderr.\n",
         "  Every change above is recorded in the profile's journal (the key's, without --profile) with the\n"
         "  owner as the server had them before and after, before the command reports it.\n",
         nullptr, "--format and --pending-age", optionList({"format", "pending-age"}), &CliReadCommands::audit},
        {"diagnose", "[...] diagnose USER_ID|E164",
         "  diagnose USER_ID|E164  why the user cannot sign in (a number is looked up by the exact-number search):\n"
         "                 {\"user_id\", \"user_name\", \"state\": {banned, locked, lockout_expires_in_seconds,\n"
         "                 verification_attempts_remaining, two_factor_enabled, totp_enabled, backup_code_enabled,\n"
         "                 last_sign_in_at, mfa_enabled_at, mfa_disabled_at}, \"findings\": [{kind, message, fix,\n"
         "                 fix_text, and the evidence of the kind}]}, most blocking first. Kinds: banned, locked,\n"
         "                 no_usable_identifier, second_factor_unusable, sms_country_blocked, number_invalid,\n"
         "                 code_expired, code_pending. Findings exit 0; a number nobody has exits 3.\n",
         "", "user id or E.164 number", nullptr, {}, &CliSignInCommands::diagnose},
        {"unlock", "[...] unlock USER_ID", "  unlock USER_ID         ends the user's lockout now (POST /users/{id}/unlock).\n", "",
         "user id", nullptr, {}, &CliSignInCommands::unlock},
        {"ban", "[...] ban USER_ID --yes",
         "  ban USER_ID            the user can no longer sign in and their sessions end; needs --yes. unban undoes it.\n",
         "", "user id", nullptr, optionList({"yes"}), &CliSignInCommands::ban},
        {"unban", "[...] unban USER_ID", "  unban USER_ID          lets a banned user sign in again.\n", "", "user id", nullptr, {},
         &CliSignInCommands::unban},
        {"remove-totp", "[...] remove-totp USER_ID --yes",
         "  remove-totp USER_ID    removes the user's authenticator app (DELETE /users/{id}/totp); needs --yes. When it\n"
         "                         is their last second factor their 2FA goes off: refused with exit 5 unless --force.\n",
         "", "user id", nullptr, optionList({"yes", "force"}), &CliSignInCommands::removeTotp},
        {"remove-backup-codes", "[...] remove-backup-codes USER_ID --yes",
         "  remove-backup-codes USER_ID  removes the user's backup codes; needs --yes.\n", "", "user id", nullptr,
         optionList({"yes"}), &CliSignInCommands::removeBackupCodes},
        {"revoke-sessions", "[...] revoke-sessions USER_ID --yes",
         "  revoke-sessions USER_ID  signs the user out everywhere: lists their active sessions (every page), revokes\n"
         "                 each and prints a line per session (\"<id> revoked\" or \"<id> failed: …\"), then a summary;\n"
         "                 needs --yes. Exits 3 or 4 when any session could not be revoked.\n",
         "", "user id", nullptr, optionList({"yes"}), &CliSignInCommands::revokeSessions},
        {"sms-blocklist", "[...] sms-blocklist [--format text|json]",
         "  sms-blocklist  the countries the instance sends no SMS to: one ISO code a line (text, the default), or\n"
         "                 the instance's communication settings as the API sent them (json).\n",
         "  The fixes above are journaled like every change; undo reverts a ban or an unban, and says why it\n"
         "  cannot revert an unlock, a removed authenticator app or backup codes, or revoked sessions.\n",
         nullptr, "--format", optionList({"format"}), &CliSignInCommands::smsBlocklist},
        {"journal",
         "[--profile NAME] journal [--format jsonl|csv] [--operation OP] [--user-id U] [--phone-number N]\n"
         "                [--since YYYY-MM-DD] [--until YYYY-MM-DD]\n"
         "  phonedesk-cli [--profile NAME] journal purge --before YYYY-MM-DD\n"
         "  phonedesk-cli [--profile NAME] journal forget USER_ID",
         "  journal        the journal's entries, oldest first: jsonl (each entry as stored) or csv. Lines of the file\n"
         "                 that cannot be read are skipped, each reported on stderr with its line number.\n"
         "                 Needs no key. --operation update|create|delete|send_code|verify|reset_mfa|replace_numbers|undo|\n"
         "                 unlock|ban|unban|remove_totp|remove_backup_codes|revoke_sessions.\n"
         "  journal purge  removes the entries before the day --before names (local time); that day's and later stay.\n"
         "  journal forget USER_ID  an erasure request: removes every entry of the user, and every line naming them.\n"
         "                 Both print \"removed N entries … from FILE; M kept\" and rewrite the file atomically (write,\n"
         "                 fsync, rename): a kill leaves it whole, as before or after. Each command that opens a journal\n"
         "                 first removes the entries older than the profile's retention (default 90 days; 0 keeps all).\n",
         "", nullptr, "options", optionList({"format", "operation", "user-id", "phone-number", "since", "until", "before"}),
         &CliJournalCommands::journal, true},
        {"undo", "[...] undo ENTRY_ID",
         "  undo ENTRY_ID  reverts an entry (verified, primary, reserved for second factor; a deleted number is added\n"
         "                 again with its flags; a created one is deleted; a ban is lifted, an unban banned again) when\n"
         "                 the account is still as the entry left it; otherwise it is refused with exit 2, saying what\n"
         "                 changed since. The undo is journaled.\n",
         "", "journal entry id", nullptr, {}, &CliEditCommands::undo},
    };
}

// Refuses positional arguments the command does not take: exactly one id, or none.
QString positionalProblem(const CliCommandEntry &entry, const QStringList &positional)
{
    if (entry.subcommands)
        return {};
    const QString name = QString::fromLatin1(entry.name);
    if (entry.argument) {
        if (positional.size() != 2 || positional.at(1).isEmpty())
            return QStringLiteral("%1 takes exactly one %2").arg(name, QString::fromUtf8(entry.argument));
    } else if (positional.size() != 1) {
        return QStringLiteral("%1 takes no arguments, only %2").arg(name, QString::fromUtf8(entry.takesInstead));
    }
    return {};
}
} // namespace

const QList<CliCommandEntry> &CliCommandTable::commands()
{
    static const QList<CliCommandEntry> commands = makeCommands();
    return commands;
}

const CliCommandEntry *CliCommandTable::find(const QString &name)
{
    for (const CliCommandEntry &entry : commands()) {
        if (name == QLatin1StringView(entry.name))
            return &entry;
    }
    return nullptr;
}

QString CliCommandTable::names(const QString &lastSeparator)
{
    QString names;
    const QList<CliCommandEntry> &all = commands();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (i > 0)
            names += i == all.size() - 1 ? lastSeparator : QStringLiteral(", ");
        names += QLatin1StringView(all.at(i).name);
    }
    return names;
}

QByteArray CliCommandTable::helpText(const QString &optionsHelp)
{
    QByteArray text = "Usage:\n";
    for (const CliCommandEntry &entry : commands())
        text += QByteArray("  phonedesk-cli ") + entry.usage + '\n';
    text += QByteArray("\n") + kDescription + '\n';
    text += optionsHelp.toUtf8();
    text += "Commands:\n";
    for (const CliCommandEntry &entry : commands())
        text += QByteArray(entry.help) + entry.noteAfter;
    text += QByteArray("\n") + kEnvironment + '\n';
    text += CliExit::helpText().toUtf8();
    return text;
}

CliPlan CliCommandTable::plan(const CliArguments &args)
{
    const QString command = args.command();
    if (command.isEmpty())
        return CliPlan::refuse(QStringLiteral("no command given (%1)").arg(names(QStringLiteral(", "))));
    const CliCommandEntry *entry = find(command);
    if (!entry)
        return CliPlan::refuse(QStringLiteral("unknown command \"%1\" (%2)").arg(command, names(QStringLiteral(", "))));
    if (const QString problem = positionalProblem(*entry, args.positional()); !problem.isEmpty())
        return CliPlan::refuse(problem);
    return entry->check(args, entry->options);
}

} // namespace PhoneDesk
