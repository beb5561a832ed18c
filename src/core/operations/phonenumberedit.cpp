// SPDX-License-Identifier: MIT
#include "phonenumberedit.h"

#include <QDateTime>

#include <algorithm>

namespace PhoneDesk {

namespace {
QString timeText(const std::optional<qint64> &ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODate) : QStringLiteral("unknown");
}
} // namespace

PhoneNumberEdit::PhoneNumberEdit(QObject *parent)
    : ChangePipeline(parent)
{
}

PhoneNumberEdit::~PhoneNumberEdit() = default;

void PhoneNumberEdit::reset(const QString &phoneNumberId, const QString &userId, std::optional<qint64> updatedAt,
                            const Flags &flags)
{
    // Whatever was in flight belongs to the number shown before.
    cancel();
    m_phoneNumberId = phoneNumberId;
    m_userId = userId;
    m_loadedUpdatedAt = updatedAt;
    m_owner.reset();
    setStaleNotice({});
    setOriginal(flags);
    setDraft(flags);
}

QString PhoneNumberEdit::validationError() const
{
    // Clerk refuses this too (identification_update_second_factor_unverified); saying it before
    // sending keeps the agent from a round trip that cannot succeed.
    if (m_draft.reservedForSecondFactor && !m_draft.verified)
        return tr("A number must be verified before it can be reserved for two-step sign-in");
    // Clerk's PATCH can make a number primary, not take that away: another number must be made primary.
    if (m_original.primary && !m_draft.primary)
        return tr("To change the primary number, make another number primary");
    return {};
}

void PhoneNumberEdit::submit()
{
    if (!canSubmit() || !begin(QStringLiteral("PATCH /phone_numbers")))
        return;
    setStaleNotice({});
    // Read the number again first: a PATCH over a change the agent has not seen could undo it.
    track(client()->getPhoneNumber(m_phoneNumberId, this, whileCurrent<PhoneNumber>([this](const ApiResult<PhoneNumber> &current) {
        takeCurrent(current);
    })));
}

void PhoneNumberEdit::loadFromServer(const QString &phoneNumberId)
{
    m_phoneNumberId = phoneNumberId;
    if (!begin(QStringLiteral("GET /phone_numbers")))
        return;
    setStaleNotice({});
    track(client()->getPhoneNumber(m_phoneNumberId, this, whileCurrent<PhoneNumber>([this](const ApiResult<PhoneNumber> &phone) {
        if (!phone.ok()) {
            fail(phone.error());
            return;
        }
        // A number object does not name its owner: the exact number search finds them, and with
        // them whether the number is primary.
        UserListQuery query;
        query.phoneNumbers = {phone.value().phoneNumber};
        query.limit = 10;
        const PhoneNumber found = phone.value();
        track(client()->listUsers(query, this, whileCurrent<UserPage>([this, found](const ApiResult<UserPage> &page) {
            takeOwnerSearch(found, page);
        })));
    })));
}

void PhoneNumberEdit::takeOwnerSearch(const PhoneNumber &phone, const ApiResult<UserPage> &result)
{
    if (!result.ok()) {
        fail(result.error());
        return;
    }
    const UserSummary *owner = nullptr;
    for (const UserSummary &user : result.value().users) {
        for (const PhoneNumber &number : user.phoneNumbers) {
            if (number.id == phone.id)
                owner = &user;
        }
    }
    // A number the search does not find (stored in a form the search does not match) is still
    // editable; only whether it is primary is then unknown, and taken as not.
    m_userId = owner ? owner->id : QString();
    m_owner = owner ? std::optional<UserSummary>(*owner) : std::nullopt;
    m_loadedUpdatedAt = phone.updatedAt;
    const Flags fromServer{phone.isVerified(), owner && owner->primaryPhoneNumberId == phone.id,
                           phone.reservedForSecondFactor.value_or(false)};
    setOriginal(fromServer);
    setDraft(fromServer);
    setLoading(false);
    Q_EMIT loaded();
}

void PhoneNumberEdit::revert()
{
    if (loading())
        return;
    setError(nullptr);
    setStaleNotice({});
    setDraft(m_original);
}

void PhoneNumberEdit::takeCurrent(const ApiResult<PhoneNumber> &result)
{
    if (!result.ok()) {
        fail(result.error());
        return;
    }
    const PhoneNumber &current = result.value();
    if (current.updatedAt != m_loadedUpdatedAt) {
        // Nothing is sent: the owner is read again so that views and the originals show the
        // server's state, and the agent decides whether their draft still stands.
        rereadOwner(m_userId, [this, current](const ApiResult<UserSummary> &owner) { takeStaleOwner(current, owner); });
        return;
    }
    sendJournaled(JournalEntry::of(JournalOperation::Update, QStringLiteral("PATCH /phone_numbers/{id}"), m_userId, m_phoneNumberId), [this] {
        track(client()->updatePhoneNumberObject(m_phoneNumberId, changes(), this,
                                                whileCurrent<QJsonObject>([this](const ApiResult<QJsonObject> &patched) {
                                                    takePatched(patched);
                                                })));
    });
}

void PhoneNumberEdit::takeStaleOwner(const PhoneNumber &current, const ApiResult<UserSummary> &result)
{
    // In English with an ISO time, as the command line reports it; the window words it itself
    // (PhoneNumberEditor), in its language and the locale's time.
    m_staleUpdatedAt = current.updatedAt;
    const QString notice = QStringLiteral("This number changed on the server since it was loaded: it was updated at %1, "
                                          "and nothing was sent. Check your changes against its current state.")
                               .arg(timeText(current.updatedAt));
    setStaleNotice(notice);
    if (!result.ok()) {
        // The originals stay as they were, so that the next submit notices the change again.
        fail(result.error());
        return;
    }
    // rereadOwner has shown the owner already.
    m_loadedUpdatedAt = current.updatedAt;
    setOriginal({current.isVerified(), result.value().primaryPhoneNumberId == current.id,
                 current.reservedForSecondFactor.value_or(false)});
    setLoading(false);
}

void PhoneNumberEdit::takePatched(const ApiResult<QJsonObject> &result)
{
    if (!result.ok()) {
        // Made when the number now has every flag of the draft.
        const QString id = m_phoneNumberId;
        const Flags wanted = m_draft;
        failOrRecheck(
            result.error(), m_userId,
            [id, wanted](const UserSummary &owner) {
                return std::any_of(owner.phoneNumbers.cbegin(), owner.phoneNumbers.cend(), [&](const PhoneNumber &phone) {
                    return phone.id == id && phone.isVerified() == wanted.verified
                           && phone.reservedForSecondFactor.value_or(false) == wanted.reservedForSecondFactor
                           && (owner.primaryPhoneNumberId == id) == wanted.primary;
                });
            },
            [this, id](const UserSummary &owner) {
                for (const PhoneNumber &phone : owner.phoneNumbers) {
                    if (phone.id != id)
                        continue;
                    // The server's state of the number stands in for the lost answer.
                    m_answer = phone.toJson();
                    takeOwner(phone, owner);
                }
            });
        return;
    }
    // The answer is kept as sent for the command line, which prints it.
    m_answer = result.value();
    Parsed<PhoneNumber> parsed = PhoneNumber::fromJson(m_answer);
    if (!parsed.ok()) {
        // Made on the server but unreadable here: said so, and views refresh the owner.
        fail(ApiError::fromTransport(QStringLiteral("PATCH /phone_numbers"), ApiError::Transport::UnreadableAnswer,
                                     parsed.error()));
        rereadOwner(m_userId, [](const ApiResult<UserSummary> &) {});
        return;
    }
    // Clerk moves primary, default second factor and two_factor_enabled across the owner's
    // numbers: only the owner as a whole tells what the other numbers now show.
    const PhoneNumber patched = parsed.value();
    if (m_userId.isEmpty()) {
        takeOwner(patched, ApiError::fromTransport(QStringLiteral("GET /users"), ApiError::Transport::Refused,
                                                   QStringLiteral("the owner is not known")));
        return;
    }
    rereadOwner(m_userId, [this, patched](const ApiResult<UserSummary> &owner) { takeOwner(patched, owner); });
}

void PhoneNumberEdit::takeOwner(const PhoneNumber &patched, const ApiResult<UserSummary> &result)
{
    Flags now{patched.isVerified(), m_draft.primary, patched.reservedForSecondFactor.value_or(false)};
    if (result.ok())
        now.primary = result.value().primaryPhoneNumberId == patched.id;
    else
        // The change is made on the server; only the owner's other numbers may lag until a refresh.
        Q_EMIT phoneNumberChanged(patched);
    m_loadedUpdatedAt = patched.updatedAt;
    setOriginal(now);
    setDraft(now);
    succeed();
}

PhoneNumberChanges PhoneNumberEdit::changes() const
{
    PhoneNumberChanges changes;
    if (m_draft.verified != m_original.verified)
        changes.verified = m_draft.verified;
    if (m_draft.primary != m_original.primary)
        changes.primary = m_draft.primary;
    if (m_draft.reservedForSecondFactor != m_original.reservedForSecondFactor)
        changes.reservedForSecondFactor = m_draft.reservedForSecondFactor;
    return changes;
}

ProposedChange PhoneNumberEdit::proposedChange() const
{
    const PhoneNumberChanges changed = changes();
    return ProposedChange::edit(m_phoneNumberId, changed.verified, changed.reservedForSecondFactor);
}

void PhoneNumberEdit::setDraft(const Flags &draft)
{
    if (draft == m_draft)
        return;
    m_draft = draft;
    Q_EMIT draftChanged();
}

void PhoneNumberEdit::setOriginal(const Flags &original)
{
    if (original == m_original)
        return;
    m_original = original;
    Q_EMIT originalChanged();
}

void PhoneNumberEdit::setStaleNotice(const QString &notice)
{
    if (notice == m_staleNotice)
        return;
    m_staleNotice = notice;
    Q_EMIT staleNoticeChanged();
}

} // namespace PhoneDesk
