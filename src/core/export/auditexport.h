// SPDX-License-Identifier: MIT
#pragma once

#include "audit/auditfinding.h"

#include "export/phonenumberexport.h"

#include <QByteArray>
#include <QList>

namespace PhoneDesk {

// The audit's findings as a file: JSON lines (one finding object per line) or RFC 4180 CSV
// (UTF-8, CRLF) with the columns kind, user_id, user_name, phone_number_id, phone_number,
// explanation. The formats and their names are the ones of `phonedesk-cli list`.
class AuditExport
{
public:
    using Format = PhoneNumberExport::Format;

    explicit AuditExport(Format format) : m_format(format) {}

    // The CSV header line; nothing for JSON lines.
    [[nodiscard]] QByteArray header() const;
    [[nodiscard]] QByteArray line(const AuditFinding &finding) const;
    // Header and every finding.
    [[nodiscard]] QByteArray document(const QList<AuditFinding> &findings) const;

private:
    Format m_format;
};

} // namespace PhoneDesk
