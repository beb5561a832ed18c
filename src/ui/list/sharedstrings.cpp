// SPDX-License-Identifier: MIT
#include "sharedstrings.h"

#include <QMutex>
#include <QSet>

#include <array>

namespace PhoneDesk::SharedStrings {

namespace {
constexpr qsizetype kMaxValues = 4096;

// The values Clerk sends most, as static strings: returned without a lock or an allocation (copies
// of a literal share no counter either), so that threads building rows at once never meet here.
const std::array<QString, 19> &knownValues()
{
    static const std::array<QString, 19> values{
        QStringLiteral("verification_otp"), QStringLiteral("verification_admin"),
        QStringLiteral("unverified"),       QStringLiteral("verified"),
        QStringLiteral("failed"),           QStringLiteral("expired"),
        QStringLiteral("transferable"),     QStringLiteral("phone_code"),
        QStringLiteral("email_code"),       QStringLiteral("admin"),
        QStringLiteral("sms"),              QStringLiteral("whatsapp"),
        QStringLiteral("oauth_google"),     QStringLiteral("oauth_github"),
        QStringLiteral("oauth_apple"),      QStringLiteral("oauth_facebook"),
        QStringLiteral("oauth_microsoft"),  QStringLiteral("oauth_linkedin_oidc"),
        QStringLiteral("saml"),
    };
    return values;
}
} // namespace

QString of(const QString &text)
{
    if (text.isEmpty())
        return text;
    for (const QString &known : knownValues()) {
        if (known == text)
            return known;
    }
    static QMutex mutex;
    static QSet<QString> pool;
    const QMutexLocker lock(&mutex);
    if (const auto found = pool.constFind(text); found != pool.cend())
        return *found;
    if (pool.size() >= kMaxValues)
        return text;
    pool.insert(text);
    return text;
}

} // namespace PhoneDesk::SharedStrings
