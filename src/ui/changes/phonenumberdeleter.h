// SPDX-License-Identifier: MIT
#pragma once

#include "ui/changes/confirmedchange.h"

#include <QString>
#include <QtQml/qqmlregistration.h>

namespace PhoneDesk {

// The backend of the Delete number dialog: DELETE /phone_numbers/{id}, confirmed against what
// it does to the owner (another number becomes primary, two-step sign-in turns off, no verified
// number left). After Clerk deleted it, the owner is read again so that every row of theirs shows
// the server's state; when that read fails, the deleted number still leaves the list.
class PhoneNumberDeleter : public ConfirmedChange
{
    Q_OBJECT
    QML_ELEMENT

    // The number to delete, "idn_…"; its owner is taken from its row in the model.
    Q_PROPERTY(QString phoneNumberId READ phoneNumberId WRITE setPhoneNumberId NOTIFY phoneNumberIdChanged)

public:
    explicit PhoneNumberDeleter(QObject *parent = nullptr);
    ~PhoneNumberDeleter() override;

    [[nodiscard]] QString phoneNumberId() const { return m_phoneNumberId; }
    void setPhoneNumberId(const QString &id);

Q_SIGNALS:
    void phoneNumberIdChanged();

private:
    // The consequences come from the number's row: without it they cannot be stated.
    [[nodiscard]] bool isReady() const override
    {
        return !m_phoneNumberId.isEmpty() && (!model() || model()->rowOfId(m_phoneNumberId) >= 0);
    }
    [[nodiscard]] QStringList consequencesOf(const AccountConsequences &owner) const override;
    [[nodiscard]] std::optional<ProposedChange> proposedChange() const override;
    void send() override;
    void modelSet() override;
    // The owner of the number's row; the last one known when the row has left the list.
    void findOwner();
    void takeDeleted(const QString &userId, const ApiResult<DeletedObject> &result);

    QString m_phoneNumberId;
};

} // namespace PhoneDesk
