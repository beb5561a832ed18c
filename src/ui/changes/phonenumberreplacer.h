// SPDX-License-Identifier: MIT
#pragma once

#include "ui/changes/confirmedchange.h"
#include "ui/changes/typednumber.h"
#include "domain/identificationstatus.h"

#include <QString>
#include <QtQml/qqmlregistration.h>

namespace PhoneDesk {

// The backend of the Replace all numbers dialog: PUT /users/{id}/phone_number, which deletes all
// of a user's numbers and gives them one new primary number (verified, reserved or unverified),
// disabling all of their MFA when one of the deleted numbers was a second factor. The new number
// (`number`, read only with its country code) is checked as it is typed (libphonenumber) and
// never sent unless valid; it is sent in E.164.
// After Clerk replaced them, the owner is read again so that the list shows the new number and
// none of the old ones; when that read fails, the old numbers still leave the list.
class PhoneNumberReplacer : public ConfirmedChange
{
    Q_OBJECT
    QML_ELEMENT

    // The user whose numbers are replaced, "user_…".
    Q_PROPERTY(QString userId READ userId WRITE setUserId NOTIFY userIdChanged)
    // The new number as typed, "+49 151 23456789": without a region, only with its country code.
    Q_PROPERTY(PhoneDesk::TypedNumber *number READ number CONSTANT)
    // How the new number starts: IdentificationStatus.Verified (Clerk's default), Reserved or Unverified.
    Q_PROPERTY(PhoneDesk::Identification::Status identificationStatus READ identificationStatus
                   WRITE setIdentificationStatus NOTIFY identificationStatusChanged)
    // Something is typed that closing the dialog would lose.

public:
    explicit PhoneNumberReplacer(QObject *parent = nullptr);
    ~PhoneNumberReplacer() override;

    [[nodiscard]] QString userId() const { return ownerId(); }
    void setUserId(const QString &id);
    [[nodiscard]] TypedNumber *number() const { return m_number; }
    [[nodiscard]] IdentificationStatus identificationStatus() const { return m_identificationStatus; }
    void setIdentificationStatus(IdentificationStatus status);

    [[nodiscard]] bool hasUnsentInput() const override { return m_number->hasInput(); }

    // The number the last successful replace created, "idn_…".
    [[nodiscard]] QString newPhoneNumberId() const { return m_newPhoneNumberId; }

    // Empties the typed number (after the agent chose to discard it).
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void userIdChanged();
    // The typed number or what is read from it changed.
    void numberChanged();
    void identificationStatusChanged();

private:
    [[nodiscard]] bool isReady() const override;
    [[nodiscard]] QStringList consequencesOf(const AccountConsequences &owner) const override;
    [[nodiscard]] std::optional<ProposedChange> proposedChange() const override;
    void send() override;
    void takeReplaced(const QStringList &oldIds, const ApiResult<PhoneNumber> &result);

    // A child: the one object QML binds to for the replacer's whole life.
    TypedNumber *m_number;
    IdentificationStatus m_identificationStatus = IdentificationStatus::Verified;
    QString m_newPhoneNumberId;
};

} // namespace PhoneDesk
