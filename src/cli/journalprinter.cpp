// SPDX-License-Identifier: MIT
#include "journalprinter.h"

#include "cliexit.h"

#include "journal/journalcsv.h"

#include <QFileDevice>
#include <QJsonDocument>

namespace PhoneDesk {

std::optional<JournalPrinter::Format> JournalPrinter::formatNamed(const QString &name)
{
    if (name == QLatin1StringView("jsonl"))
        return Format::Jsonl;
    if (name == QLatin1StringView("csv"))
        return Format::Csv;
    return std::nullopt;
}

int JournalPrinter::print(const JournalContents &contents, const JournalFilter &filter, Format format, QIODevice *out,
                          QIODevice *err)
{
    const auto complain = [err](const QString &text) {
        err->write(QByteArrayLiteral("phonedesk-cli: ") + text.toUtf8() + '\n');
    };
    if (!contents.error.isEmpty()) {
        complain(contents.error);
        return CliExit::ApiFailed;
    }
    for (const QString &damage : contents.damageText())
        complain(QStringLiteral("warning: journal %1; skipped").arg(damage));
    QByteArray text = format == Format::Csv ? JournalCsv::header() : QByteArray();
    for (const JournalEntry &entry : contents.entries) {
        if (!filter.matches(entry))
            continue;
        text += format == Format::Csv ? JournalCsv::line(entry)
                                      : QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    }
    bool written = out->write(text) == text.size();
    if (auto *file = qobject_cast<QFileDevice *>(out))
        written = file->flush() && written;
    if (!written) {
        complain(QStringLiteral("the output could not be written"));
        return CliExit::OutputFailed;
    }
    if (!contents.damage.isEmpty())
        complain(QStringLiteral("%1 damaged lines of the journal were skipped; the other %2 entries were read")
                     .arg(contents.damage.size()).arg(contents.entries.size()));
    return CliExit::Success;
}

} // namespace PhoneDesk
