// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxreply.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace PhoneDesk {

class SandboxIds;

// The instance's communication settings (Clerk's InstanceCommunication): the countries SMS may
// not be sent to. GET and PATCH /instance/communication read and replace the list, and
// prepare_verification asks it before it sends a code. A country is a region libphonenumber
// knows; a number's country is the region of the valid number (PhoneNumberInfo::regionCode).
// Not thread-safe: SandboxStore holds its lock around every use.
class SandboxCommunication
{
public:
    static constexpr int kMaxCountries = 250;

    // Reads "BR,IN" as the command line gives it: every entry two capital letters naming a
    // country libphonenumber knows, none twice. The message when one is not; an empty text is
    // an empty list.
    [[nodiscard]] static std::optional<QString> readCountryList(const QString &text, QStringList *codes);
    // The same check on a list already split.
    [[nodiscard]] static std::optional<QString> checkCountries(const QStringList &codes);
    [[nodiscard]] static bool isKnownCountry(const QString &code);

    // Replaces the list: unknown codes are dropped, the rest kept once, in alphabetical order.
    void setBlockedCountries(const QStringList &codes);
    [[nodiscard]] const QStringList &blockedCountries() const { return m_blocked; }

    // The InstanceCommunication object.
    [[nodiscard]] QByteArray json() const;
    // PATCH /instance/communication with this body: the object after it, or Clerk's refusal.
    [[nodiscard]] SandboxReply update(const QByteArray &rawBody, SandboxIds &ids);
    // The country of `number` when SMS to it is blocked; empty when it is not (or the number is
    // no valid number of any country).
    [[nodiscard]] QString blockedCountryOf(const QString &number) const;

private:
    QStringList m_blocked;
};

} // namespace PhoneDesk
