// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace PhoneDesk {

// A region libphonenumber knows a numbering plan for, for a region picker.
struct PhoneRegion
{
    QString code;        // "DE"
    QString countryName; // "Germany"; the code when Qt has no name for it
    int callingCode = 0; // 49

    // Every supported region, sorted by country name.
    [[nodiscard]] static QList<PhoneRegion> all();
    // The country name of a region code; "" for an unknown or empty code.
    [[nodiscard]] static QString countryNameOf(const QString &code);
};

} // namespace PhoneDesk
