// SPDX-License-Identifier: MIT
#pragma once

#include "parsed.h"

#include <QJsonObject>
#include <QString>

// simdjson's DOM object: the walk of an instance reads numbers straight from the page it parsed.
namespace simdjson::dom {
class object;
}

namespace PhoneDesk {

class JsonWriter;

// Another identification tied to a phone number, e.g. the Google account it came from.
struct IdentificationLink
{
    QString type; // e.g. "oauth_google"; unknown kinds are kept as sent; empty when not sent
    QString id;   // the linked identification's id

    // A link given as the bare id (as Clerk's Android SDK models linked_to): its type is unknown.
    [[nodiscard]] static IdentificationLink ofUnknownType(QString id) { return {QString(), std::move(id)}; }
    [[nodiscard]] static Parsed<IdentificationLink> fromJson(const QJsonObject &json);
    [[nodiscard]] static Parsed<IdentificationLink> fromJson(const simdjson::dom::object &json);
    [[nodiscard]] QJsonObject toJson() const;
    void write(JsonWriter &json) const;
    // "Google" for "oauth_google": how the link is named to a person.
    [[nodiscard]] QString providerName() const;

    friend bool operator==(const IdentificationLink &, const IdentificationLink &) = default;
};

} // namespace PhoneDesk
