// SPDX-License-Identifier: MIT
#pragma once

#include "ui/changes/confirmedchange.h"
#include "domain/identificationstatus.h"
#include "phone/phonenumberinfo.h"

#include <QString>
#include <QtQml/qqmlregistration.h>

namespace PhoneDesk {

// The backend of the Replace all numbers dialog: PUT /users/{id}/phone_number, which deletes all
// of a user's numbers and gives them one new primary number (verified, reserved or unverified),
// disabling all of their MFA when one of the deleted numbers was a second factor. The new number
// is checked as it is typed (libphonenumber) and never sent unless valid; it is sent in E.164.
// After Clerk replaced them, the owner is read again so that the list shows the new number and
// none of the old ones; when that read fails, the old numbers still leave the list.
class PhoneNumberReplacer : public ConfirmedChange
{
    Q_OBJECT
    QML_ELEMENT

    // The user whose numbers are replaced, "user_…".
    Q_PROPERTY(QString userId READ userId WRITE setUserId NOTIFY userIdChanged)
    // The new number as typed.
    Q_PROPERTY(QString numberText READ numberText WRITE setNumberText NOTIFY numberChanged)
    // How the new number starts: IdentificationStatus.Verified (Clerk's default), Reserved or Unverified.
    Q_PROPERTY(PhoneDesk::Identification::Status identificationStatus READ identificationStatus
                   WRITE setIdentificationStatus NOTIFY identificationStatusChanged)
    // The typed text is a valid phone number.
    Q_PROPERTY(bool numberValid READ numberValid NOTIFY numberChanged)
    // What will be sent, "+4915123456789"; empty while the text is not valid.
    Q_PROPERTY(QString numberE164 READ numberE164 NOTIFY numberChanged)
    // "+49 1512 3456789 · Germany · mobile" for a valid number; empty otherwise.
    Q_PROPERTY(QString numberDescription READ numberDescription NOTIFY numberChanged)
    // Why the typed text cannot be sent, for a person; empty when it is valid or nothing is typed.
    Q_PROPERTY(QString numberProblem READ numberProblem NOTIFY numberChanged)
    // Something is typed that closing the dialog would lose.
    Q_PROPERTY(bool dirty READ dirty NOTIFY numberChanged)

public:
    explicit PhoneNumberReplacer(QObject *parent = nullptr);
    ~PhoneNumberReplacer() override;

    [[nodiscard]] QString userId() const { return ownerId(); }
    void setUserId(const QString &id);
    [[nodiscard]] QString numberText() const { return m_numberText; }
    void setNumberText(const QString &text);
    [[nodiscard]] IdentificationStatus identificationStatus() const { return m_identificationStatus; }
    void setIdentificationStatus(IdentificationStatus status);

    [[nodiscard]] bool numberValid() const { return m_info.valid; }
    [[nodiscard]] QString numberE164() const { return m_info.valid ? m_info.e164 : QString(); }
    [[nodiscard]] QString numberDescription() const;
    [[nodiscard]] QString numberProblem() const;
    [[nodiscard]] bool dirty() const { return !m_numberText.trimmed().isEmpty(); }

    // The number the last successful replace created, "idn_…".
    [[nodiscard]] QString newPhoneNumberId() const { return m_newPhoneNumberId; }

    // Empties the typed number (after the agent chose to discard it).
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void userIdChanged();
    void numberChanged();
    void identificationStatusChanged();

private:
    [[nodiscard]] bool isReady() const override;
    [[nodiscard]] QStringList consequencesOf(const AccountConsequences &owner) const override;
    [[nodiscard]] std::optional<ProposedChange> proposedChange() const override;
    void send() override;
    void takeReplaced(const QStringList &oldIds, const ApiResult<PhoneNumber> &result);

    QString m_numberText;
    PhoneNumberInfo m_info;
    IdentificationStatus m_identificationStatus = IdentificationStatus::Verified;
    QString m_newPhoneNumberId;
};

} // namespace PhoneDesk
