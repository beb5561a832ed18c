// SPDX-License-Identifier: MIT
#include "typednumber.h"

#include "phone/phoneregion.h"
#include "phone/typingformatter.h"

#include <QStringList>

namespace PhoneDesk {

TypedNumber::TypedNumber(QObject *parent)
    : QObject(parent)
{
}

TypedNumber::~TypedNumber() = default;

void TypedNumber::setRegion(const QString &region)
{
    if (region == m_region)
        return;
    m_region = region;
    Q_EMIT regionChanged();
    update();
}

void TypedNumber::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    update();
}

void TypedNumber::update()
{
    m_formatted = TypingFormatter::format(m_text, m_region);
    m_detectedRegion = TypingFormatter::regionOf(m_text, m_region);
    m_info = PhoneNumberInfo::ofTyped(m_text, m_region);
    Q_EMIT changed();
}

QString TypedNumber::description() const
{
    if (!m_info.valid)
        return {};
    QStringList parts{m_info.international};
    if (!m_info.countryName.isEmpty())
        parts.append(m_info.countryName);
    if (m_info.type != PhoneNumberInfo::Type::Unknown)
        parts.append(m_info.typeName());
    return parts.join(QStringLiteral(" · "));
}

QString TypedNumber::validity() const
{
    if (m_text.trimmed().isEmpty())
        return {};
    const QString country = m_info.valid ? m_info.countryName : PhoneRegion::countryNameOf(m_detectedRegion);
    const QString forCountry = country.isEmpty() ? QString() : QStringLiteral(" for ") + country;
    if (m_info.valid) {
        const QString type = m_info.type == PhoneNumberInfo::Type::Unknown ? QString() : m_info.typeName() + QLatin1Char(' ');
        return QStringLiteral("Valid ") + type + QStringLiteral("number") + forCountry;
    }
    using L = PhoneNumberInfo::Length;
    switch (m_info.length) {
    case L::LocalOnly:
    case L::TooShort: return QStringLiteral("Too short") + forCountry;
    case L::TooLong: return QStringLiteral("Too long") + forCountry;
    case L::InvalidLength: return QStringLiteral("Not a valid length") + forCountry;
    case L::InvalidCountryCode: return QStringLiteral("Unknown country calling code");
    case L::Possible: return QStringLiteral("Not a valid number") + forCountry;
    case L::Unknown: break;
    }
    return QStringLiteral("Not a valid number");
}

QString TypedNumber::problem() const
{
    const QString text = m_text.trimmed();
    if (text.isEmpty() || m_info.valid)
        return {};
    if (!m_region.isEmpty())
        return validity();
    // Clerk stores international numbers only: without the country code there is no telling.
    if (!text.startsWith(u'+'))
        return QStringLiteral("Start with + and the country code, e.g. +49 151 23456789");
    if (m_info.parsed)
        return QStringLiteral("Not a valid number for its country yet: check the digits");
    return QStringLiteral("This is not a phone number");
}

} // namespace PhoneDesk
