// SPDX-License-Identifier: MIT
#pragma once

#include "domain/instancecommunication.h"
#include "domain/phonenumber.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

namespace PhoneDesk {

// The countries an instance sends no SMS to (its InstanceCommunication's blocked_country_codes):
// a number whose region is one of them never receives a code. Regions are ISO 3166-1 alpha-2
// codes, kept upper-case, sorted and once each.
class SmsBlocklist
{
    Q_GADGET
    Q_PROPERTY(QStringList countryCodes READ countryCodes)
    Q_PROPERTY(bool empty READ isEmpty)

public:
    SmsBlocklist() = default;
    explicit SmsBlocklist(const QStringList &countryCodes);
    [[nodiscard]] static SmsBlocklist of(const InstanceCommunication &communication);

    [[nodiscard]] QStringList countryCodes() const { return m_codes; }
    [[nodiscard]] bool isEmpty() const { return m_codes.isEmpty(); }
    // Whether SMS to the region "BR" (any case) is blocked.
    Q_INVOKABLE [[nodiscard]] bool blocksRegion(const QString &regionCode) const;
    // Whether the number's region, as libphonenumber reads it, is blocked; a number that is not
    // valid has no region and is not.
    [[nodiscard]] bool blocks(const PhoneNumber &phone) const;
    // The region of a stored number ("BR"), or "" when it is not a valid number.
    [[nodiscard]] static QString regionOf(const PhoneNumber &phone);

    friend bool operator==(const SmsBlocklist &, const SmsBlocklist &) = default;

private:
    QStringList m_codes;
};

} // namespace PhoneDesk

Q_DECLARE_METATYPE(PhoneDesk::SmsBlocklist)
