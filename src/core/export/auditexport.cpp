// SPDX-License-Identifier: MIT
#include "auditexport.h"

#include <QJsonDocument>

namespace PhoneDesk {

QByteArray AuditExport::header() const
{
    if (m_format != Format::Csv)
        return {};
    return PhoneNumberExport::csvLine({QStringLiteral("kind"), QStringLiteral("user_id"), QStringLiteral("user_name"),
                                       QStringLiteral("phone_number_id"), QStringLiteral("phone_number"),
                                       QStringLiteral("explanation")});
}

QByteArray AuditExport::line(const AuditFinding &finding) const
{
    if (m_format == Format::Csv)
        return PhoneNumberExport::csvLine({finding.kindKey(), finding.userId, finding.userName, finding.phoneNumberId,
                                           finding.phoneNumber, finding.explanation});
    return QJsonDocument(finding.toJson()).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray AuditExport::document(const QList<AuditFinding> &findings) const
{
    QByteArray bytes = header();
    for (const AuditFinding &finding : findings)
        bytes += line(finding);
    return bytes;
}

} // namespace PhoneDesk
