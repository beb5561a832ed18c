// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QStringView>

#include <optional>

namespace PhoneDesk {

// identification_status of PUT /users/{id}/phone_number: how the number that replaces all of a
// user's numbers starts. A namespace of its own, so that Qt's meta-object system knows the values
// by name and the QML module can register them (ui/changes/identificationstatusforeign.h)
// without core knowing QML.
namespace Identification {
Q_NAMESPACE

enum class Status {
    Verified,   // marked verified by an admin: usable to sign in at once (Clerk's default)
    Reserved,   // not verified, but usable to sign in and held so that no other user can claim it
    Unverified, // neither usable to sign in nor held
};
Q_ENUM_NS(Status)

// The spec's spelling: "verified", "reserved" or "unverified".
[[nodiscard]] QString toApi(Status status);
// The status the spec spells `text`; none for any other text.
[[nodiscard]] std::optional<Status> fromApi(QStringView text);

} // namespace Identification

using IdentificationStatus = Identification::Status;

} // namespace PhoneDesk
