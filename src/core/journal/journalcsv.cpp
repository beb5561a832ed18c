// SPDX-License-Identifier: MIT
#include "journalcsv.h"

#include <QJsonDocument>
#include <QStringList>

namespace PhoneDesk {

namespace {
QByteArray field(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace('"', "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

QString json(const QJsonObject &object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

QByteArray JournalCsv::header()
{
    return QByteArrayLiteral("id,time,profile,host,key_kind,operation,request,user_id,phone_number_id,phone_number,"
                             "outcome,error_code,error_message,trace_id,undoes,before,after,sessions_revoked,sessions_failed\r\n");
}

QByteArray JournalCsv::line(const JournalEntry &entry)
{
    const QStringList values = {entry.id,
                                entry.time.toUTC().toString(Qt::ISODateWithMs),
                                entry.source.profile,
                                entry.source.host,
                                entry.source.keyKind,
                                entry.operationName(),
                                entry.request,
                                entry.userId,
                                entry.phoneNumberId,
                                entry.phoneNumber,
                                JournalEntry::outcomeName(entry.outcome),
                                entry.errorCode,
                                entry.errorMessage,
                                entry.traceId,
                                entry.undoes,
                                json(entry.before),
                                json(entry.after),
                                entry.revokedSessionIds.join(QLatin1Char(';')),
                                entry.failedSessionIds.join(QLatin1Char(';'))};
    QByteArray line;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            line += ',';
        line += field(values.at(i));
    }
    return line + "\r\n";
}

} // namespace PhoneDesk
