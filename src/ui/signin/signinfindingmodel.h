// SPDX-License-Identifier: MIT
#pragma once

#include "signin/signindiagnosis.h"
#include "signin/signinfinding.h"

#include <QAbstractListModel>
#include <QList>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace PhoneDesk {

// The findings of one sign-in check, most blocking first, one row each: what the detail pane's
// "Sign-in check" lists, with the evidence of each and the window's action that fixes it.
class SignInFindingModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A SignInChecker owns its findings")

    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1,       // "locked", "sms_country_blocked", … (SignInFinding::kindName)
        MessageRole,                       // the finding in a plain sentence
        EvidenceRole,                      // the facts it rests on, as read from the server
        ToneRole,                          // "danger" (keeps them out), "warning" or "info"
        FixRole,                           // "unlock", "send_code", … (SignInFinding::fixName)
        FixTextRole,                       // the fix in a sentence
        FixActionRole,                     // the window's action that fixes it ("unlock", "verify", …); "" when none here
        FixButtonTextRole,                 // "Unlock…"; "" when there is no action
        PhoneNumberIdRole,                 // the number the finding is about; "" for the account's
        PhoneNumberRole,
        CountryCodeRole,                   // sms_country_blocked: the blocked region
        LockoutEndsAtRole,                 // QDateTime or undefined (a lockout that never ends, or no lockout)
        VerificationAttemptsRemainingRole, // int or undefined
        CodeExpireAtRole,                  // QDateTime or undefined
        CodeAttemptsRole,                  // int or undefined
    };
    Q_ENUM(Role)

    explicit SignInFindingModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // The findings of `diagnosis`, in its order; `blockedCountries` is the SMS blocklist it was made with.
    void show(const SignInDiagnosis &diagnosis, const QStringList &blockedCountries);
    void clear();

    [[nodiscard]] const QList<SignInFinding> &findings() const { return m_findings; }
    // One row's roles by name, for QML and tests.
    Q_INVOKABLE QVariantMap get(int row) const;

    // The window's action for a fix (Main's runAction names); "" for a fix made elsewhere.
    [[nodiscard]] static QString actionOf(SignInFinding::Fix fix);
    // The text of the button that opens it: "Unlock…"; "" without an action.
    [[nodiscard]] static QString buttonTextOf(SignInFinding::Fix fix);
    [[nodiscard]] static QString toneOf(SignInFinding::Kind kind);

Q_SIGNALS:
    void countChanged();

private:
    QList<SignInFinding> m_findings;
    QStringList m_evidence; // one per finding
};

} // namespace PhoneDesk
