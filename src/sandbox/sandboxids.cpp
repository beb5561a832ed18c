// SPDX-License-Identifier: MIT
#include "sandboxids.h"

namespace PhoneDesk {

QString SandboxIds::make(QLatin1StringView prefix)
{
    static constexpr char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QString id(prefix);
    id.reserve(prefix.size() + 27);
    for (int i = 0; i < 27; ++i)
        id.append(QLatin1Char(kAlphabet[m_random.bounded(62)]));
    return id;
}

QString SandboxIds::traceId()
{
    return QString::number(m_random.generate(), 16).rightJustified(16, QLatin1Char('0'))
        + QString::number(m_random.generate(), 16).rightJustified(16, QLatin1Char('0'));
}

QString SandboxIds::code()
{
    return QString::number(100000 + m_random.bounded(900000));
}

} // namespace PhoneDesk
