// SPDX-License-Identifier: MIT
#include "smsblocklist.h"

#include "phone/phonenumberinfo.h"

namespace PhoneDesk {

SmsBlocklist::SmsBlocklist(const QStringList &countryCodes)
{
    for (const QString &code : countryCodes) {
        const QString upper = code.trimmed().toUpper();
        if (!upper.isEmpty() && !m_codes.contains(upper))
            m_codes.append(upper);
    }
    m_codes.sort();
}

SmsBlocklist SmsBlocklist::of(const InstanceCommunication &communication)
{
    return SmsBlocklist(communication.blockedCountryCodes);
}

bool SmsBlocklist::blocksRegion(const QString &regionCode) const
{
    return !regionCode.isEmpty() && m_codes.contains(regionCode.toUpper());
}

bool SmsBlocklist::blocks(const PhoneNumber &phone) const
{
    return !m_codes.isEmpty() && blocksRegion(regionOf(phone));
}

QString SmsBlocklist::regionOf(const PhoneNumber &phone)
{
    return PhoneNumberInfo::of(phone.phoneNumber, PhoneNumberInfo::Formats::None).regionCode;
}

} // namespace PhoneDesk
