// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace PhoneDesk {

// One thing the instance audit found: its kind, the user and number it concerns (the number is
// empty when it concerns the user as a whole) and a one-line explanation for a person.
struct AuditFinding
{
    // In the order the audit lists its groups.
    enum class Kind {
        NotE164,                   // not stored in E.164 form
        InvalidNumber,             // E.164 in form, but no valid number of its country
        Lookalike,                 // the same number on different users, maybe written differently
        TwoFactorWithoutFactor,    // two_factor_enabled, but no usable second factor
        SecondFactorOnBlockedUser, // second factors on a banned or locked user
        StaleVerification,         // a code pending or expired for longer than the pending age
        PrimaryPointsNowhere,      // primary_phone_number_id names none of the user's numbers
    };
    static constexpr int kKindCount = 7;

    Kind kind = Kind::NotE164;
    QString userId;
    QString userName;
    QString phoneNumberId;
    QString phoneNumber; // as stored
    // In English, as files and scripts get it (the exports, phonedesk-cli).
    QString explanation;
    // The same in the window's language; the same text where no translation is installed.
    QString shownExplanation;

    // "not_e164", "invalid_number", …: for files and scripts.
    [[nodiscard]] static QString kindKey(Kind kind);
    // "Not in E.164 form", …: the title of the group in the view, translated (context "AuditFinding").
    [[nodiscard]] static QString kindTitle(Kind kind);
    [[nodiscard]] QString kindKey() const { return kindKey(kind); }

    [[nodiscard]] QJsonObject toJson() const;

    friend bool operator==(const AuditFinding &, const AuditFinding &) = default;
};

// Findings ordered for reading: by kind, then user, then number, so that groups are contiguous.
void sortFindings(QList<AuditFinding> &findings);

} // namespace PhoneDesk
