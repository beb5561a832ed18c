// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringView>
#include <QVariant>

#include <optional>

namespace PhoneDesk {

// One reason a user cannot sign in, as the sign-in check found it: its kind, a sentence for a
// support agent, the evidence it rests on and the fix it offers. A gadget, so that the window can
// show findings and offer their fixes from QML.
class SignInFinding
{
    Q_GADGET
    Q_PROPERTY(PhoneDesk::SignInFinding::Kind kind MEMBER kind)
    Q_PROPERTY(QString kindName READ kindName)
    Q_PROPERTY(QString message MEMBER message)
    Q_PROPERTY(PhoneDesk::SignInFinding::Fix fix MEMBER fix)
    Q_PROPERTY(QString fixName READ fixName)
    Q_PROPERTY(QString fixText MEMBER fixText)
    Q_PROPERTY(QString phoneNumberId MEMBER phoneNumberId)
    Q_PROPERTY(QString phoneNumber MEMBER phoneNumber)
    Q_PROPERTY(QString countryCode MEMBER countryCode)
    Q_PROPERTY(QVariant lockoutExpiresInSeconds READ lockoutExpiresInSecondsValue)
    Q_PROPERTY(QVariant lockoutEndsAt READ lockoutEndsAtValue)
    Q_PROPERTY(QVariant verificationAttemptsRemaining READ verificationAttemptsRemainingValue)
    Q_PROPERTY(QVariant codeExpireAt READ codeExpireAtValue)
    Q_PROPERTY(QVariant codeAttempts READ codeAttemptsValue)

public:
    // Most blocking first: the order findings are listed in.
    enum class Kind {
        Banned,               // "banned"
        Locked,               // "locked"
        NoUsableIdentifier,   // "no_usable_identifier": nothing verified or reserved to sign in with
        SecondFactorUnusable, // "second_factor_unusable": 2FA on, but no usable second factor
        SmsCountryBlocked,    // "sms_country_blocked": the instance sends no SMS to the number's country
        NumberInvalid,        // "number_invalid": not a valid number for its region
        CodeExpired,          // "code_expired": a code ran out (or was tried too often) unentered
        CodePending,          // "code_pending": a code waits to be entered
    };
    Q_ENUM(Kind)

    // What a finding offers to do about it.
    enum class Fix {
        Unlock,                     // "unlock"
        Unban,                      // "unban"
        RemoveTotp,                 // "remove_totp"
        RemoveBackupCodes,          // "remove_backup_codes"
        ResetMfa,                   // "reset_mfa"
        SendCode,                   // "send_code"
        EditNumber,                 // "edit_number": mark the number verified (Edit)
        AddNumber,                  // "add_number"
        RevokeSessions,             // "revoke_sessions"
        ChangeBlocklistInDashboard, // "change_blocklist_in_dashboard": not in the Backend API's hands here
    };
    Q_ENUM(Fix)

    Kind kind = Kind::Banned;
    QString message;
    Fix fix = Fix::Unban;
    QString fixText; // the fix in a sentence
    // Evidence of a finding about a number (the number findings and the codes).
    QString phoneNumberId;
    QString phoneNumber;
    QString countryCode; // sms_country_blocked: the blocked region
    // Evidence of `locked`: unknown (null) seconds mean a lockout that never ends by itself.
    std::optional<qint64> lockoutExpiresInSeconds;
    std::optional<qint64> lockoutEndsAt; // milliseconds since the epoch, from the time the user was read
    std::optional<qint64> verificationAttemptsRemaining;
    // Evidence of the codes: the verification's expiry and attempts.
    std::optional<qint64> codeExpireAt; // milliseconds since the epoch
    std::optional<int> codeAttempts;

    // "locked", "sms_country_blocked", …
    [[nodiscard]] static QString kindName(Kind kind);
    [[nodiscard]] QString kindName() const { return kindName(kind); }
    // The kind that `name` names; nothing for any other text.
    [[nodiscard]] static std::optional<Kind> kindNamed(QStringView name);
    // "unlock", "change_blocklist_in_dashboard", …
    [[nodiscard]] static QString fixName(Fix fix);
    [[nodiscard]] QString fixName() const { return fixName(fix); }

    // {"kind", "message", "fix", "fix_text", then the evidence of its kind}.
    [[nodiscard]] QJsonObject toJson() const;

    friend bool operator==(const SignInFinding &, const SignInFinding &) = default;

private:
    [[nodiscard]] QVariant lockoutExpiresInSecondsValue() const;
    [[nodiscard]] QVariant lockoutEndsAtValue() const;
    [[nodiscard]] QVariant verificationAttemptsRemainingValue() const;
    [[nodiscard]] QVariant codeExpireAtValue() const;
    [[nodiscard]] QVariant codeAttemptsValue() const;
};

} // namespace PhoneDesk

Q_DECLARE_METATYPE(PhoneDesk::SignInFinding)
