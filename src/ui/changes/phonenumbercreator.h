// SPDX-License-Identifier: MIT
#pragma once

#include "ui/changes/accountchange.h"
#include "phone/phonenumberinfo.h"

#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace PhoneDesk {

// The backend of the add dialog: a new number for a user, as typed (formatted as you type for
// the chosen region, or the one its "+" code names), checked live and before sending, created
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
    // The region a number typed without "+" belongs to, "DE".
    Q_PROPERTY(QString region READ region WRITE setRegion NOTIFY regionChanged)
    // The number as typed.
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY numberChanged)
    // The text formatted as libphonenumber does while typing.
    Q_PROPERTY(QString formatted READ formatted NOTIFY numberChanged)
    // The region the number is read in: the one of its "+" code, else `region`.
    Q_PROPERTY(QString detectedRegion READ detectedRegion NOTIFY numberChanged)
    // What is sent: the number in E.164; "" while it is not valid.
    Q_PROPERTY(QString e164 READ e164 NOTIFY numberChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY numberChanged)
    // "Valid mobile number for Germany", "Too short for Germany", "Not a valid number"; "" when empty.
    Q_PROPERTY(QString validity READ validity NOTIFY numberChanged)
    // The options sent with the number.
    Q_PROPERTY(bool verified READ verified WRITE setVerified NOTIFY optionsChanged)
    Q_PROPERTY(bool primary READ primary WRITE setPrimary NOTIFY optionsChanged)
    Q_PROPERTY(bool reservedForSecondFactor READ reservedForSecondFactor WRITE setReservedForSecondFactor
                   NOTIFY optionsChanged)
    // Why the number cannot be added, for a person; "" when it can.
    Q_PROPERTY(QString validationError READ validationError NOTIFY stateChanged)
    Q_PROPERTY(bool canSubmit READ canSubmit NOTIFY stateChanged)
    // A number has been typed: closing would lose it.
    Q_PROPERTY(bool hasInput READ hasInput NOTIFY numberChanged)
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
    [[nodiscard]] QString region() const { return m_region; }
    void setRegion(const QString &region);
    [[nodiscard]] QString text() const { return m_text; }
    void setText(const QString &text);
    [[nodiscard]] QString formatted() const { return m_formatted; }
    [[nodiscard]] QString detectedRegion() const { return m_detectedRegion; }
    [[nodiscard]] QString e164() const { return m_info.valid ? m_info.e164 : QString(); }
    [[nodiscard]] bool valid() const { return m_info.valid; }
    [[nodiscard]] QString validity() const;
    [[nodiscard]] bool verified() const { return m_verified; }
    void setVerified(bool on);
    [[nodiscard]] bool primary() const { return m_primary; }
    void setPrimary(bool on);
    [[nodiscard]] bool reservedForSecondFactor() const { return m_reservedForSecondFactor; }
    void setReservedForSecondFactor(bool on);
    [[nodiscard]] QString validationError() const;
    [[nodiscard]] bool canSubmit() const { return !loading() && validationError().isEmpty(); }
    [[nodiscard]] bool hasInput() const { return !m_text.trimmed().isEmpty(); }
    [[nodiscard]] QString createdId() const { return m_createdId; }

    // Sends the number; refuses (with the reason as the error) unless canSubmit, and does
    // nothing while a request is in flight.
    Q_INVOKABLE void submit();

signals:
    void userChanged();
    void regionChanged();
    void numberChanged();
    void optionsChanged();
    void stateChanged();
    void createdIdChanged();

private:
    void update();
    // An edit makes Clerk's last refusal about other input: it goes.
    void inputChanged();
    [[nodiscard]] bool userHasNumber() const;
    void takeCreated(const ApiResult<PhoneNumber> &result);

    QString m_userId;
    QString m_userLabel;
    QStringList m_userNumbers;
    QString m_region;
    QString m_text;
    QString m_formatted;
    QString m_detectedRegion;
    PhoneNumberInfo m_info;
    bool m_verified = false;
    bool m_primary = false;
    bool m_reservedForSecondFactor = false;
    QString m_createdId;
};

} // namespace PhoneDesk
