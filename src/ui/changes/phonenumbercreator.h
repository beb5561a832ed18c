// SPDX-License-Identifier: MIT
#pragma once

#include "ui/changes/accountchange.h"
#include "ui/changes/typednumber.h"

#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace PhoneDesk {

// The backend of the add dialog: a new number for a user, as typed (`number`: formatted as you
// type for the chosen region, or the one its "+" code names), checked live and before sending, created
// with POST /phone_numbers in E.164 with the chosen options, after which the owner is read again
// so that the list shows the new number, even when the owner had no rows there yet.
// Loading, Clerk's error and done() come from AccountChange.
class PhoneNumberCreator : public AccountChange
{
    Q_OBJECT
    QML_ELEMENT

    // The owner: their id, how the dialog names them, and the numbers they have as far as known
    // (a number they already have is refused before sending).
    Q_PROPERTY(QString userId READ userId WRITE setUserId NOTIFY userChanged)
    Q_PROPERTY(QString userLabel READ userLabel WRITE setUserLabel NOTIFY userChanged)
    Q_PROPERTY(QStringList userNumbers READ userNumbers WRITE setUserNumbers NOTIFY userChanged)
    // The number as typed, with its region ("DE" for a number without "+"); its e164 is sent.
    Q_PROPERTY(PhoneDesk::TypedNumber *number READ number CONSTANT)
    // The options sent with the number.
    Q_PROPERTY(bool verified READ verified WRITE setVerified NOTIFY optionsChanged)
    Q_PROPERTY(bool primary READ primary WRITE setPrimary NOTIFY optionsChanged)
    Q_PROPERTY(bool reservedForSecondFactor READ reservedForSecondFactor WRITE setReservedForSecondFactor
                   NOTIFY optionsChanged)
    // Why the number cannot be added, for a person; "" when it can.
    Q_PROPERTY(QString validationError READ validationError NOTIFY stateChanged)
    // A number has been typed: closing would lose it.
    // The id of the number Clerk created, set before done().
    Q_PROPERTY(QString createdId READ createdId NOTIFY createdIdChanged)

public:
    explicit PhoneNumberCreator(QObject *parent = nullptr);
    ~PhoneNumberCreator() override;

    [[nodiscard]] QString userId() const { return m_userId; }
    void setUserId(const QString &userId);
    [[nodiscard]] QString userLabel() const { return m_userLabel; }
    void setUserLabel(const QString &label);
    [[nodiscard]] QStringList userNumbers() const { return m_userNumbers; }
    void setUserNumbers(const QStringList &numbers);
    [[nodiscard]] TypedNumber *number() const { return m_number; }
    [[nodiscard]] bool verified() const { return m_verified; }
    void setVerified(bool on);
    [[nodiscard]] bool primary() const { return m_primary; }
    void setPrimary(bool on);
    [[nodiscard]] bool reservedForSecondFactor() const { return m_reservedForSecondFactor; }
    void setReservedForSecondFactor(bool on);
    [[nodiscard]] QString validationError() const;
    [[nodiscard]] bool canSubmit() const override { return !busy() && validationError().isEmpty(); }
    [[nodiscard]] bool hasUnsentInput() const override { return m_number->hasInput(); }
    [[nodiscard]] QString createdId() const { return m_createdId; }

    // Sends the number; refuses (with the reason as the error) unless canSubmit, and does
    // nothing while a request is in flight.
    Q_INVOKABLE void submit();

Q_SIGNALS:
    void userChanged();
    // The typed number or what is read from it changed.
    void numberChanged();
    void optionsChanged();
    void stateChanged();
    void createdIdChanged();

private:
    // An edit makes Clerk's last refusal about other input: it goes.
    void inputChanged();
    [[nodiscard]] bool userHasNumber() const;
    void takeCreated(const ApiResult<PhoneNumber> &result);

    QString m_userId;
    QString m_userLabel;
    QStringList m_userNumbers;
    // A child: the one object QML binds to for the creator's whole life.
    TypedNumber *m_number;
    bool m_verified = false;
    bool m_primary = false;
    bool m_reservedForSecondFactor = false;
    QString m_createdId;
};

} // namespace PhoneDesk
