// SPDX-License-Identifier: MIT
#pragma once

#include "identificationlink.h"
#include "parsed.h"
#include "verification.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// simdjson's DOM object: the walk of an instance reads numbers straight from the page it parsed.
namespace simdjson::dom {
class object;
}

namespace PhoneDesk {

class JsonWriter;

// Clerk's PhoneNumber object. Optional members are "unknown" when the server left them out.
struct PhoneNumber
{
    QString id;
    QString phoneNumber; // as stored by Clerk, normally E.164
    std::optional<bool> reservedForSecondFactor;
    std::optional<bool> defaultSecondFactor;
    std::optional<bool> reserved;
    std::optional<Verification> verification; // null: never verified nor pending
    QList<IdentificationLink> linkedTo;
    std::optional<QStringList> backupCodes;
    std::optional<qint64> createdAt; // milliseconds since the epoch
    std::optional<qint64> updatedAt;

    [[nodiscard]] static Parsed<PhoneNumber> fromJson(const QJsonObject &json);
    [[nodiscard]] static Parsed<PhoneNumber> fromJson(const simdjson::dom::object &json);
    // The wire form; write() is its one definition and toJson() reads it back.
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QByteArray toJsonBytes() const;
    void write(JsonWriter &json) const;

    [[nodiscard]] bool isVerified() const { return verification && verification->isVerified(); }

    friend bool operator==(const PhoneNumber &, const PhoneNumber &) = default;
};

} // namespace PhoneDesk
