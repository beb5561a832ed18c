// SPDX-License-Identifier: MIT
#include "phonenumberexport.h"

#include "domain/jsonwriter.h"
#include "phone/phonenumberinfo.h"

#include <QDateTime>

namespace PhoneDesk {

namespace {
QString text(const std::optional<bool> &value)
{
    if (!value)
        return {};
    return *value ? QStringLiteral("true") : QStringLiteral("false");
}

QString text(bool value)
{
    return text(std::optional<bool>(value));
}

QString timeText(const std::optional<qint64> &msSinceEpoch)
{
    if (!msSinceEpoch)
        return {};
    return QDateTime::fromMSecsSinceEpoch(*msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}
} // namespace

std::optional<PhoneNumberExport::Format> PhoneNumberExport::formatNamed(QStringView name)
{
    if (name == QLatin1StringView("jsonl"))
        return Format::Jsonl;
    if (name == QLatin1StringView("csv"))
        return Format::Csv;
    return std::nullopt;
}

QByteArray PhoneNumberExport::header() const
{
    return m_format == Format::Csv ? csvLine(csvColumns()) : QByteArray();
}

QByteArray PhoneNumberExport::line(const PhoneNumberRecord &record) const
{
    return m_format == Format::Csv ? csvLine(csvFields(record)) : jsonLine(record);
}

QByteArray PhoneNumberExport::jsonLine(const PhoneNumberRecord &record)
{
    // The object as the API sent it, with its owner's id as the last field: spliced in, not
    // parsed and written again, which keeps the API's field order and spelling too.
    JsonWriter userId;
    userId.value(record.userId);
    QByteArray line = record.raw;
    line.chop(1); // its closing brace
    if (line.size() > 1)
        line += ',';
    line += "\"user_id\":" + userId.take() + "}\n";
    return line;
}

QStringList PhoneNumberExport::csvColumns()
{
    return {QStringLiteral("user_id"),
            QStringLiteral("phone_number_id"),
            QStringLiteral("phone_number"),
            QStringLiteral("e164_valid"),
            QStringLiteral("region"),
            QStringLiteral("type"),
            QStringLiteral("verification_status"),
            QStringLiteral("verification_strategy"),
            QStringLiteral("verification_attempts"),
            QStringLiteral("verification_expire_at"),
            QStringLiteral("reserved"),
            QStringLiteral("reserved_for_second_factor"),
            QStringLiteral("default_second_factor"),
            QStringLiteral("primary"),
            QStringLiteral("linked_to"),
            QStringLiteral("created_at"),
            QStringLiteral("updated_at")};
}

QStringList PhoneNumberExport::csvFields(const PhoneNumberRecord &record)
{
    const PhoneNumber &phone = record.phone;
    // The columns need no format of the number, only whether it is E.164, its region and type.
    const PhoneNumberInfo info = PhoneNumberInfo::of(phone.phoneNumber, PhoneNumberInfo::Formats::None);
    const std::optional<Verification> &verification = phone.verification;
    QStringList links;
    links.reserve(phone.linkedTo.size());
    for (const IdentificationLink &link : phone.linkedTo)
        links.append(link.type + QLatin1Char(':') + link.id);
    return {record.userId,
            phone.id,
            phone.phoneNumber,
            text(info.isE164),
            info.regionCode,
            info.type == PhoneNumberInfo::Type::Unknown ? QString() : info.typeName(),
            verification ? verification->status : QString(),
            verification ? verification->strategy : QString(),
            verification && verification->attempts ? QString::number(*verification->attempts) : QString(),
            verification ? timeText(verification->expireAt) : QString(),
            text(phone.reserved),
            text(phone.reservedForSecondFactor),
            text(phone.defaultSecondFactor),
            text(record.isPrimary),
            links.join(QLatin1Char(';')),
            timeText(phone.createdAt),
            timeText(phone.updatedAt)};
}

QByteArray PhoneNumberExport::csvLine(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += csvField(fields.at(i));
    }
    line += QLatin1StringView("\r\n");
    return line.toUtf8();
}

QString PhoneNumberExport::csvField(const QString &value)
{
    const bool needsQuotes = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
                             || value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1StringView("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace PhoneDesk
