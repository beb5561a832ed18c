// SPDX-License-Identifier: MIT
#pragma once

#include "signinfinding.h"
#include "smsblocklist.h"

#include "domain/usersummary.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QVariantList>

#include <optional>

namespace PhoneDesk {

// Why a user cannot sign in: one finding per cause, most blocking first (banned, locked, nothing
// to sign in with, 2FA without a usable factor, numbers in countries the instance sends no SMS to,
// numbers not valid for their region, codes that ran out, codes waiting to be entered). Worked out
// from the user as read, the instance's SMS blocklist and the time the user was read; the rules it
// shares with the audit (AuditRules) and the lockout guard (GuardedAccount) are theirs.
class SignInDiagnosis
{
    Q_GADGET
    Q_PROPERTY(QString userId READ userId)
    Q_PROPERTY(QString userName READ userName)
    Q_PROPERTY(QVariantList findings READ findingList)
    Q_PROPERTY(bool blocklistKnown READ blocklistKnown)

public:
    SignInDiagnosis() = default;
    // `blocklist` unknown: numbers are not checked against it (sms_country_blocked is left out).
    [[nodiscard]] static SignInDiagnosis of(const UserSummary &user, const std::optional<SmsBlocklist> &blocklist,
                                            qint64 readAtMs);

    [[nodiscard]] QString userId() const { return m_user.id; }
    [[nodiscard]] QString userName() const { return m_user.displayName(); }
    [[nodiscard]] const UserSummary &user() const { return m_user; }
    [[nodiscard]] qint64 readAt() const { return m_readAt; }
    [[nodiscard]] bool blocklistKnown() const { return m_blocklistKnown; }
    [[nodiscard]] const QList<SignInFinding> &findings() const { return m_findings; }
    // The findings as QVariants of SignInFinding, for QML.
    [[nodiscard]] QVariantList findingList() const;
    [[nodiscard]] bool has(SignInFinding::Kind kind) const;

    // {"user_id", "user_name", "state": {the user's sign-in fields}, "findings": [...]}.
    [[nodiscard]] QJsonObject toJson() const;

private:
    void addAccountFindings();
    void addNumberFindings(const std::optional<SmsBlocklist> &blocklist);
    void addCodeFinding(const PhoneNumber &phone);

    UserSummary m_user;
    qint64 m_readAt = 0;
    bool m_blocklistKnown = false;
    QList<SignInFinding> m_findings;
};

} // namespace PhoneDesk

Q_DECLARE_METATYPE(PhoneDesk::SignInDiagnosis)
