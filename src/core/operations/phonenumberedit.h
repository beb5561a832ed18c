// SPDX-License-Identifier: MIT
#pragma once

#include "changepipeline.h"

#include "domain/phonenumber.h"
#include "domain/usersummary.h"
#include "guard/proposedchange.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace PhoneDesk {

// One edit of a number's verified / primary / 2FA flags: a draft against the values it was
// loaded with, checked before sending, sent as a PATCH of only what differs. Before patching the
// number is read again: when it changed on the server since it was loaded, nothing is sent and
// staleNotice() says so, with the originals moved to the server's state. The window's edit
// dialog (PhoneNumberEditor) and `phonedesk-cli update` both edit through it.
class PhoneNumberEdit : public ChangePipeline
{
    Q_OBJECT

public:
    struct Flags
    {
        bool verified = false;
        bool primary = false;
        bool reservedForSecondFactor = false;
        friend bool operator==(const Flags &, const Flags &) = default;
    };

    explicit PhoneNumberEdit(QObject *parent = nullptr);
    ~PhoneNumberEdit() override;

    [[nodiscard]] QString phoneNumberId() const { return m_phoneNumberId; }
    [[nodiscard]] QString userId() const { return m_userId; }
    // Starts over on a number as a view shows it (owner unknown: empty `userId`): the draft and
    // the originals become `flags`; whatever was in flight is dropped.
    void reset(const QString &phoneNumberId, const QString &userId, std::optional<qint64> updatedAt, const Flags &flags);
    // Reads the number and its owner from the server into the originals and the draft (for an
    // edit without a view's row); loaded() or a failure follows.
    void loadFromServer(const QString &phoneNumberId);

    [[nodiscard]] const Flags &draft() const { return m_draft; }
    void setDraft(const Flags &draft);
    [[nodiscard]] const Flags &original() const { return m_original; }
    // The draft differs from the originals: there is something to send.
    [[nodiscard]] bool hasUnsentInput() const { return m_draft != m_original; }
    // Why the draft cannot be sent, for a person; empty when it can.
    [[nodiscard]] QString validationError() const;
    [[nodiscard]] bool canSubmit() const { return hasUnsentInput() && validationError().isEmpty() && !loading(); }
    // Set when the number changed on the server after it was loaded; nothing was sent then.
    [[nodiscard]] QString staleNotice() const { return m_staleNotice; }
    // When the server last updated the number the stale notice is about; empty when unknown.
    [[nodiscard]] std::optional<qint64> staleUpdatedAt() const { return m_staleUpdatedAt; }
    // The owner as loadFromServer() found them.
    [[nodiscard]] const std::optional<UserSummary> &owner() const { return m_owner; }
    // The last PATCH answer exactly as the server sent it (unknown fields kept).
    [[nodiscard]] QJsonObject answer() const { return m_answer; }
    // The changed flags only, as sent.
    [[nodiscard]] PhoneNumberChanges changes() const;
    // The draft as the lockout guard weighs it.
    [[nodiscard]] ProposedChange proposedChange() const;

    // Sends the draft; does nothing unless canSubmit.
    void submit();
    // The draft back to the originals; clears the error and the stale notice.
    void revert();

Q_SIGNALS:
    void draftChanged();
    void originalChanged();
    void staleNoticeChanged();
    // loadFromServer() has set the originals and the draft.
    void loaded();
    // The number as the server now has it, when its owner could not be read to show it whole.
    void phoneNumberChanged(const PhoneDesk::PhoneNumber &phone);

private:
    void setOriginal(const Flags &original);
    void setStaleNotice(const QString &notice);
    void takeOwnerSearch(const PhoneNumber &phone, const ApiResult<UserPage> &result);
    void takeCurrent(const ApiResult<PhoneNumber> &result);
    void takePatched(const ApiResult<QJsonObject> &result);
    void takeStaleOwner(const PhoneNumber &current, const ApiResult<UserSummary> &result);
    void takeOwner(const PhoneNumber &patched, const ApiResult<UserSummary> &result);

    QString m_phoneNumberId;
    QString m_userId;
    std::optional<qint64> m_loadedUpdatedAt; // the updated_at the originals come from
    Flags m_draft;
    Flags m_original;
    QString m_staleNotice;
    std::optional<qint64> m_staleUpdatedAt;
    QJsonObject m_answer;
    std::optional<UserSummary> m_owner;
};

} // namespace PhoneDesk
