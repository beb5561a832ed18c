// SPDX-License-Identifier: MIT
#include "typednumber.h"

#include "phone/countrynames.h"
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
    if (const QString country = CountryNames::shown(m_info.regionCode); !country.isEmpty())
        parts.append(country);
    if (m_info.type != PhoneNumberInfo::Type::Unknown)
        parts.append(typeText(m_info.type));
    return parts.join(QStringLiteral(" · "));
}

QString TypedNumber::typeText(PhoneNumberInfo::Type type)
{
    using T = PhoneNumberInfo::Type;
    switch (type) {
    case T::Unknown: return {};
    case T::FixedLine: return tr("fixed line", "kind of phone number");
    case T::Mobile: return tr("mobile", "kind of phone number");
    case T::FixedLineOrMobile: return tr("fixed line or mobile", "kind of phone number");
    case T::TollFree: return tr("toll free", "kind of phone number");
    case T::PremiumRate: return tr("premium rate", "kind of phone number");
    case T::SharedCost: return tr("shared cost", "kind of phone number");
    case T::Voip: return tr("VoIP", "kind of phone number");
    case T::PersonalNumber: return tr("personal number", "kind of phone number");
    case T::Pager: return tr("pager", "kind of phone number");
    case T::Uan: return tr("universal access number", "kind of phone number");
    case T::Voicemail: return tr("voicemail", "kind of phone number");
    }
    return {};
}

QString TypedNumber::validity() const
{
    if (m_text.trimmed().isEmpty())
        return {};
    const QString country = CountryNames::shown(m_info.valid ? m_info.regionCode : m_detectedRegion);
    // Each sentence whole, with and without the country, so that a translation can place it.
    const bool named = !country.isEmpty();
    if (m_info.valid) {
        const QString type = typeText(m_info.type);
        if (type.isEmpty())
            return named ? tr("Valid number for %1").arg(country) : tr("Valid number");
        return named ? tr("Valid %1 number for %2").arg(type, country) : tr("Valid %1 number").arg(type);
    }
    using L = PhoneNumberInfo::Length;
    switch (m_info.length) {
    case L::LocalOnly:
    case L::TooShort: return named ? tr("Too short for %1").arg(country) : tr("Too short");
    case L::TooLong: return named ? tr("Too long for %1").arg(country) : tr("Too long");
    case L::InvalidLength: return named ? tr("Not a valid length for %1").arg(country) : tr("Not a valid length");
    case L::InvalidCountryCode: return tr("Unknown country calling code");
    case L::Possible: return named ? tr("Not a valid number for %1").arg(country) : tr("Not a valid number");
    case L::Unknown: break;
    }
    return tr("Not a valid number");
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
        return tr("Start with + and the country code, e.g. +49 151 23456789");
    if (m_info.parsed)
        return tr("Not a valid number for its country yet: check the digits");
    return tr("This is not a phone number");
}

} // namespace PhoneDesk
