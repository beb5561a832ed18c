// SPDX-License-Identifier: MIT
#include "journalreader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace PhoneDesk {

QStringList JournalContents::damageText() const
{
    QStringList lines;
    for (const JournalDamage &each : damage)
        lines.append(QStringLiteral("line %1: %2").arg(each.line).arg(each.reason));
    return lines;
}

JournalContents JournalReader::read(const QByteArray &bytes)
{
    JournalContents contents;
    const QList<QByteArray> lines = bytes.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const int number = int(i + 1);
        // Every entry is written with its line end; a last line without one was cut off.
        const bool unterminated = i == lines.size() - 1;
        QString problem;
        std::optional<JournalEntry> entry = readLine(line, unterminated, &problem);
        if (!entry) {
            contents.damage.append({number, problem});
            continue;
        }
        contents.entries.append(std::move(*entry));
    }
    return contents;
}

std::optional<JournalEntry> JournalReader::readLine(const QByteArray &line, bool cutOff, QString *problem)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        const QString why = error.error != QJsonParseError::NoError
                                ? QStringLiteral("not JSON (%1 at character %2)").arg(error.errorString()).arg(error.offset)
                                : QStringLiteral("not a JSON object");
        if (problem)
            *problem = cutOff ? QStringLiteral("cut off (%1)").arg(why) : why;
        return std::nullopt;
    }
    Parsed<JournalEntry> entry = JournalEntry::fromJson(document.object());
    if (!entry.ok()) {
        if (problem)
            *problem = entry.error();
        return std::nullopt;
    }
    return entry.takeValue();
}

JournalContents JournalReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        JournalContents contents;
        contents.error = QStringLiteral("the journal %1 cannot be read: %2").arg(path, file.errorString());
        return contents;
    }
    return read(file.readAll());
}

} // namespace PhoneDesk
