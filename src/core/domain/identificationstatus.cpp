// SPDX-License-Identifier: MIT
#include "identificationstatus.h"

namespace PhoneDesk::Identification {

QString toApi(Status status)
{
    switch (status) {
    case Status::Verified: return QStringLiteral("verified");
    case Status::Reserved: return QStringLiteral("reserved");
    case Status::Unverified: return QStringLiteral("unverified");
    }
    return QStringLiteral("verified");
}

std::optional<Status> fromApi(QStringView text)
{
    for (const Status status : {Status::Verified, Status::Reserved, Status::Unverified}) {
        if (text == toApi(status))
            return status;
    }
    return std::nullopt;
}

} // namespace PhoneDesk::Identification
