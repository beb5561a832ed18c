// SPDX-License-Identifier: MIT
// Session, client and activity ids derived from their user's id, and back.
#include "sandboxsessionids.h"

namespace PhoneDesk {

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
constexpr int kBase = 62;
constexpr int kBodyLength = 27;
const QLatin1StringView kUserPrefix("user_");

QLatin1StringView prefixOf(SandboxSessionIds::Kind kind)
{
    switch (kind) {
    case SandboxSessionIds::Kind::Session: return QLatin1StringView("sess_");
    case SandboxSessionIds::Kind::Client: return QLatin1StringView("client_");
    case SandboxSessionIds::Kind::Activity: return QLatin1StringView("sact_");
    }
    return {};
}

int digitOf(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'A' && u <= 'Z')
        return 10 + (u - 'A');
    if (u >= 'a' && u <= 'z')
        return 36 + (u - 'a');
    return -1;
}

// 29 is prime to 62, so two ordinals never shift a place by the same amount.
int shift(SandboxSessionIds::Kind kind, int place, int ordinal)
{
    return (place * 13 + ordinal * 29 + static_cast<int>(kind) * 17 + 5) % kBase;
}

// The body of `id` after `prefix` shifted by `direction` (+1 to make, -1 to read back); empty
// when it is not 27 base-62 characters.
QString shifted(const QString &id, QLatin1StringView prefix, SandboxSessionIds::Kind kind, int ordinal, int direction)
{
    if (!id.startsWith(prefix) || id.size() != prefix.size() + kBodyLength)
        return {};
    QString body;
    body.reserve(kBodyLength);
    for (int place = 0; place < kBodyLength; ++place) {
        const int digit = digitOf(id.at(prefix.size() + place));
        if (digit < 0)
            return {};
        body.append(QLatin1Char(kAlphabet[(digit + direction * shift(kind, place, ordinal) + kBase) % kBase]));
    }
    return body;
}
} // namespace

QString SandboxSessionIds::make(Kind kind, const QString &userId, int ordinal)
{
    if (ordinal < 0 || ordinal >= kMaxOrdinals)
        return {};
    const QString body = shifted(userId, kUserPrefix, kind, ordinal, 1);
    return body.isEmpty() ? QString() : prefixOf(kind) + body;
}

QList<std::pair<QString, int>> SandboxSessionIds::origins(Kind kind, const QString &id)
{
    QList<std::pair<QString, int>> found;
    for (int ordinal = 0; ordinal < kMaxOrdinals; ++ordinal) {
        const QString body = shifted(id, prefixOf(kind), kind, ordinal, -1);
        if (body.isEmpty())
            return {};
        found.append({kUserPrefix + body, ordinal});
    }
    return found;
}

} // namespace PhoneDesk
