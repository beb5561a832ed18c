// SPDX-License-Identifier: MIT
#pragma once

#include "ui/changes/accountchange.h"

#include <QJsonObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace PhoneDesk {

// The backend of one edit dialog: a draft of a number's verified / primary / 2FA flags, checked
// before sending, submitted with a PATCH of only what changed, and taken back into the list
// model from the server's answer. Requests go through the model's client (model->client());
// loading, the error and done() come from AccountChange.
// Before patching, the number is read again: when it changed on the server since it was loaded,
// nothing is sent and the agent sees the new state against their draft (staleNotice).
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
    Q_PROPERTY(bool dirty READ dirty NOTIFY stateChanged)
    Q_PROPERTY(bool canSubmit READ canSubmit NOTIFY stateChanged)
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

    [[nodiscard]] bool verified() const { return m_draft.verified; }
    void setVerified(bool on);
    [[nodiscard]] bool primary() const { return m_draft.primary; }
    void setPrimary(bool on);
    [[nodiscard]] bool reservedForSecondFactor() const { return m_draft.reservedForSecondFactor; }
    void setReservedForSecondFactor(bool on);
    [[nodiscard]] bool originalVerified() const { return m_original.verified; }
    [[nodiscard]] bool originalPrimary() const { return m_original.primary; }
    [[nodiscard]] bool originalReservedForSecondFactor() const { return m_original.reservedForSecondFactor; }

    [[nodiscard]] bool dirty() const { return m_draft != m_original; }
    [[nodiscard]] bool canSubmit() const;
    [[nodiscard]] QString validationError() const;
    [[nodiscard]] QString staleNotice() const { return m_staleNotice; }
    [[nodiscard]] QString lockoutWarning() const;

    // Reads the number and its owner from the server into the originals and the draft, for an
    // editor without a list row (the command line); loaded() or an error follows.
    Q_INVOKABLE void loadFromServer();
    // The last PATCH answer exactly as the server sent it (unknown fields kept).
    [[nodiscard]] QJsonObject answer() const { return m_answer; }

    // Sends the draft; does nothing unless canSubmit.
    Q_INVOKABLE void submit();
    // The draft back to the originals; clears the error and the stale notice.
    Q_INVOKABLE void revert();

signals:
    void phoneNumberIdChanged();
    void draftChanged();
    void originalChanged();
    void stateChanged();
    void staleNoticeChanged();
    // loadFromServer() has set the originals and the draft.
    void loaded();

private:
    struct Flags
    {
        bool verified = false;
        bool primary = false;
        bool reservedForSecondFactor = false;
        friend bool operator==(const Flags &, const Flags &) = default;
    };

    void load();
    void setDraft(const Flags &draft);
    void setOriginal(const Flags &original);
    void modelSet() override { load(); }
    void refuse(const QString &message);
    void setStaleNotice(const QString &notice);
    void takeOwnerSearch(const PhoneNumber &phone, const ApiResult<UserPage> &result);
    void takeCurrent(const ApiResult<PhoneNumber> &result);
    void takePatched(const ApiResult<QJsonObject> &result);
    void takeStaleOwner(const PhoneNumber &current, const ApiResult<UserSummary> &result);
    void takeOwner(const PhoneNumber &patched, const ApiResult<UserSummary> &result);
    [[nodiscard]] PhoneNumberChanges changes() const;

    QString m_phoneNumberId;
    QString m_userId;
    std::optional<qint64> m_loadedUpdatedAt; // the row's updated_at the originals come from
    Flags m_draft;
    Flags m_original;
    QString m_staleNotice;
    QJsonObject m_answer;
    std::optional<UserSummary> m_owner; // as loadFromServer() found them
};

} // namespace PhoneDesk
