// SPDX-License-Identifier: MIT
#pragma once

#include "operations/phonenumberedit.h"
#include "ui/changes/accountchange.h"

#include <QJsonObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace PhoneDesk {

// The backend of one edit dialog: core's PhoneNumberEdit (the draft, its checks, the PATCH of only
// what changed, the stale-number check) shown to QML, loaded from the list's row and taken back
// into the list model from the server's answer; loading, the error and done() come from AccountChange.
class PhoneNumberEditor : public AccountChange
{
    Q_OBJECT
    QML_ELEMENT

    // Setting it loads the row's current values into the draft and the originals.
    Q_PROPERTY(QString phoneNumberId READ phoneNumberId WRITE setPhoneNumberId NOTIFY phoneNumberIdChanged)
    // The draft.
    Q_PROPERTY(bool verified READ verified WRITE setVerified NOTIFY draftChanged)
    Q_PROPERTY(bool primary READ primary WRITE setPrimary NOTIFY draftChanged)
    Q_PROPERTY(bool reservedForSecondFactor READ reservedForSecondFactor WRITE setReservedForSecondFactor
                   NOTIFY draftChanged)
    // The values the draft is compared with: as loaded, or as the server last answered.
    Q_PROPERTY(bool originalVerified READ originalVerified NOTIFY originalChanged)
    Q_PROPERTY(bool originalPrimary READ originalPrimary NOTIFY originalChanged)
    Q_PROPERTY(bool originalReservedForSecondFactor READ originalReservedForSecondFactor NOTIFY originalChanged)
    // Why the draft cannot be sent, for a person; empty when it can.
    Q_PROPERTY(QString validationError READ validationError NOTIFY stateChanged)
    // The lockout guard's sentences when the draft leaves the owner no phone number or no way at
    // all to sign in, or turns their 2FA off; empty otherwise.
    Q_PROPERTY(QString lockoutWarning READ lockoutWarning NOTIFY stateChanged)
    // Set when the number changed on the server after it was loaded; nothing was sent then.
    Q_PROPERTY(QString staleNotice READ staleNotice NOTIFY staleNoticeChanged)

public:
    explicit PhoneNumberEditor(QObject *parent = nullptr);
    ~PhoneNumberEditor() override;

    [[nodiscard]] QString phoneNumberId() const { return m_phoneNumberId; }
    void setPhoneNumberId(const QString &id);

    [[nodiscard]] bool verified() const { return m_edit->draft().verified; }
    void setVerified(bool on);
    [[nodiscard]] bool primary() const { return m_edit->draft().primary; }
    void setPrimary(bool on);
    [[nodiscard]] bool reservedForSecondFactor() const { return m_edit->draft().reservedForSecondFactor; }
    void setReservedForSecondFactor(bool on);
    [[nodiscard]] bool originalVerified() const { return m_edit->original().verified; }
    [[nodiscard]] bool originalPrimary() const { return m_edit->original().primary; }
    [[nodiscard]] bool originalReservedForSecondFactor() const { return m_edit->original().reservedForSecondFactor; }

    [[nodiscard]] bool hasUnsentInput() const override { return m_edit->hasUnsentInput(); }
    [[nodiscard]] bool canSubmit() const override { return m_edit->canSubmit(); }
    [[nodiscard]] QString validationError() const { return m_edit->validationError(); }
    [[nodiscard]] QString staleNotice() const;
    [[nodiscard]] QString lockoutWarning() const;

    // Sends the draft; does nothing unless canSubmit.
    Q_INVOKABLE void submit();
    // The draft back to the originals; clears the error and the stale notice.
    Q_INVOKABLE void revert() { m_edit->revert(); }

Q_SIGNALS:
    void phoneNumberIdChanged();
    void draftChanged();
    void originalChanged();
    void stateChanged();
    void staleNoticeChanged();

private:
    PhoneNumberEditor(PhoneNumberEdit *edit, QObject *parent);
    void load();
    void modelSet() override { load(); }

    PhoneNumberEdit *m_edit; // child of this
    QString m_phoneNumberId;
};

} // namespace PhoneDesk
