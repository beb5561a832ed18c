// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace PhoneDesk {

// The command line of phonedesk-cli, parsed: its options (those of every command; the commands
// decide which they take, see CliCommandTable) and its positional arguments, the command first.
class CliArguments
{
public:
    // Parses `arguments` (argv). The flags of create take no value, those of update take true or
    // false: the command decides which reading counts. `commandNames` describes the command.
    CliArguments(const QStringList &arguments, const QString &commandNames);
    CliArguments(const CliArguments &) = delete;
    CliArguments &operator=(const CliArguments &) = delete;

    // False when the command line cannot be parsed; errorText() says why.
    [[nodiscard]] bool ok() const { return m_ok; }
    [[nodiscard]] QString errorText() const { return parser().errorText(); }

    [[nodiscard]] const QCommandLineParser &parser() const { return m_isUpdate ? m_valueParser : m_flagParser; }
    [[nodiscard]] bool isSet(const QString &name) const { return parser().isSet(name); }
    [[nodiscard]] QString value(const QString &name) const { return parser().value(name); }
    // The positional arguments, the command first.
    [[nodiscard]] QStringList positional() const { return parser().positionalArguments(); }
    [[nodiscard]] QString command() const { return positional().value(0); }
    // The argument after the command (an id), or an empty string.
    [[nodiscard]] QString argument() const { return positional().value(1); }

    // "--NAME does not apply to COMMAND" for the first command option given that `allowed` lacks
    // (options a command does not take are refused rather than ignored); empty when there is none.
    [[nodiscard]] QString strayOption(const QStringList &allowed) const;
    // The "Options:" section of --help: QCommandLineParser's own usage line knows nothing of
    // commands, so only its options are kept.
    [[nodiscard]] QString optionsHelp() const;

    // Writes "phonedesk-cli: MESSAGE" and the hint to --help on stderr; returns CliExit::Usage.
    static int usageError(const QString &message);

private:
    QCommandLineParser m_flagParser;
    QCommandLineParser m_valueParser;
    bool m_isUpdate = false;
    bool m_ok = false;
};

} // namespace PhoneDesk
