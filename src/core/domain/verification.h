// SPDX-License-Identifier: MIT
#pragma once

#include "parsed.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// simdjson's DOM object: the walk of an instance reads numbers straight from the page it parsed.
namespace simdjson::dom {
class object;
}

namespace PhoneDesk {

class JsonWriter;

// How a phone number was (or is being) verified: the spec's verification_otp and
// verification_admin variants in one type. Values outside the spec's enums are kept as sent.
struct Verification
{
    enum class Kind { Otp, Admin, Other };
    enum class Status { Unverified, Verified, Failed, Expired, Other };

    Kind kind = Kind::Other;
    QString object;   // "verification_otp", "verification_admin", as sent or inferred
    QString status;   // raw value; empty when the server did not say
    QString strategy; // raw value, e.g. "phone_code", "admin"
    std::optional<int> attempts;
    std::optional<qint64> expireAt; // milliseconds since the epoch
    std::optional<QString> verifiedAtClient;
    std::optional<QString> channel; // "sms", "whatsapp"… (phone codes only)
    std::optional<QString> id;      // set on answers of prepare/attempt_verification

    [[nodiscard]] static Parsed<Verification> fromJson(const QJsonObject &json);
    [[nodiscard]] static Parsed<Verification> fromJson(const simdjson::dom::object &json);
    // The wire form; write() is its one definition and toJson() reads it back.
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QByteArray toJsonBytes() const;
    void write(JsonWriter &json) const;

    [[nodiscard]] Status statusKind() const;
    [[nodiscard]] bool isVerified() const { return statusKind() == Status::Verified; }
    // A pending code whose expiry has passed, or a server-reported "expired".
    [[nodiscard]] bool isExpiredAt(qint64 nowMs) const;

    [[nodiscard]] static QString kindName(Kind kind);
    [[nodiscard]] static Verification admin();
    // A code sent to the number (verification_otp, strategy phone_code) over `channel`.
    [[nodiscard]] static Verification phoneCode(const QString &status, int attempts, qint64 expireAt,
                                                const QString &channel = QStringLiteral("sms"));

    friend bool operator==(const Verification &, const Verification &) = default;
};

} // namespace PhoneDesk
