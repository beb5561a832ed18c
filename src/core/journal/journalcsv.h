// SPDX-License-Identifier: MIT
#pragma once

#include "journalentry.h"

#include <QByteArray>

namespace PhoneDesk {

// Journal entries as CSV (RFC 4180, UTF-8, CRLF): one row per entry, the owner before and after as
// compact JSON, then the sessions a sign-out everywhere revoked and could not (ids joined by ';').
class JournalCsv
{
public:
    [[nodiscard]] static QByteArray header();
    [[nodiscard]] static QByteArray line(const JournalEntry &entry);
};

} // namespace PhoneDesk
