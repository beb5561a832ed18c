// SPDX-License-Identifier: MIT
#include "phonenumbereditor.h"

#include <QDateTime>

namespace PhoneDesk {

namespace {
QString timeText(const std::optional<qint64> &ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODate) : QStringLiteral("unknown");
}
} // namespace

PhoneNumberEditor::PhoneNumberEditor(QObject *parent)
    : QObject(parent)
{
}

PhoneNumberEditor::~PhoneNumberEditor()
{
    // Callbacks are bound to this object; a request still in flight must not land half-destroyed.
    ++m_generation;
    m_pending.abort();
}

void PhoneNumberEditor::setModel(PhoneNumberListModel *model)
{
    if (model == m_model)
        return;
    m_model = model;
    emit modelChanged();
    load();
}

void PhoneNumberEditor::setPhoneNumberId(const QString &id)
{
    if (id == m_phoneNumberId)
        return;
    m_phoneNumberId = id;
    emit phoneNumberIdChanged();
    load();
}

void PhoneNumberEditor::setVerified(bool on)
{
    Flags draft = m_draft;
    draft.verified = on;
    setDraft(draft);
}

void PhoneNumberEditor::setPrimary(bool on)
{
    Flags draft = m_draft;
    draft.primary = on;
    setDraft(draft);
}

void PhoneNumberEditor::setReservedForSecondFactor(bool on)
{
    Flags draft = m_draft;
    draft.reservedForSecondFactor = on;
    setDraft(draft);
}

bool PhoneNumberEditor::canSubmit() const
{
    return dirty() && validationError().isEmpty() && !m_loading;
}

QString PhoneNumberEditor::validationError() const
{
    // Clerk refuses this too (identification_update_second_factor_unverified); saying it before
    // sending keeps the agent from a round trip that cannot succeed.
    if (m_draft.reservedForSecondFactor && !m_draft.verified)
        return QStringLiteral("A number must be verified before it can be reserved for two-step sign-in");
    // Clerk's PATCH can make a number primary, not take that away: another number must be made primary.
    if (m_original.primary && !m_draft.primary)
        return QStringLiteral("To change the primary number, make another number primary");
    return {};
}

void PhoneNumberEditor::submit()
{
    if (!canSubmit())
        return;
    ClerkClient *client = m_model ? m_model->client() : nullptr;
    if (!client || m_model->rowOfId(m_phoneNumberId) < 0) {
        failWith(client ? QStringLiteral("This number is no longer in the list; search for it again")
                        : QStringLiteral("No connection is configured"));
        return;
    }
    setError(nullptr);
    setStaleNotice({});
    setLoading(true);
    // Read the number again first: a PATCH over a change the agent has not seen could undo it.
    const quint64 generation = m_generation;
    m_pending = client->getPhoneNumber(m_phoneNumberId, this, [this, generation](ApiResult<PhoneNumber> result) {
        if (generation == m_generation)
            takeCurrent(result);
    });
}

void PhoneNumberEditor::revert()
{
    if (m_loading)
        return;
    setError(nullptr);
    setStaleNotice({});
    setDraft(m_original);
}

void PhoneNumberEditor::takeCurrent(const ApiResult<PhoneNumber> &result)
{
    if (!result.ok()) {
        setError(&result.error());
        setLoading(false);
        return;
    }
    const PhoneNumber &current = result.value();
    ClerkClient *client = m_model ? m_model->client() : nullptr;
    if (!client) {
        failWith(QStringLiteral("No connection is configured"));
        return;
    }
    const quint64 generation = m_generation;
    if (current.updatedAt != m_loadedUpdatedAt) {
        // Nothing is sent: the owner is read again so that the list and the originals show the
        // server's state, and the agent decides whether their draft still stands.
        m_pending = client->getUser(m_userId, this, [this, generation, current](ApiResult<UserSummary> owner) {
            if (generation == m_generation)
                takeStaleOwner(current, owner);
        });
        return;
    }
    m_pending = client->updatePhoneNumber(m_phoneNumberId, changes(), this,
                                          [this, generation](ApiResult<PhoneNumber> patched) {
                                              if (generation == m_generation)
                                                  takePatched(patched);
                                          });
}

void PhoneNumberEditor::takeStaleOwner(const PhoneNumber &current, const ApiResult<UserSummary> &result)
{
    const QString notice = QStringLiteral("This number changed on the server since it was loaded: it was updated at %1, "
                                          "and nothing was sent. Check your changes against its current state.")
                               .arg(timeText(current.updatedAt));
    if (!result.ok()) {
        // The originals stay as they were, so that the next submit notices the change again.
        setError(&result.error());
        setStaleNotice(notice);
        setLoading(false);
        return;
    }
    const UserSummary &owner = result.value();
    if (m_model)
        m_model->applyUser(owner);
    m_loadedUpdatedAt = current.updatedAt;
    setOriginal({current.isVerified(), owner.primaryPhoneNumberId == current.id,
                 current.reservedForSecondFactor.value_or(false)});
    setStaleNotice(notice);
    setLoading(false);
}

void PhoneNumberEditor::takePatched(const ApiResult<PhoneNumber> &result)
{
    if (!result.ok()) {
        setError(&result.error());
        setLoading(false);
        return;
    }
    const PhoneNumber &patched = result.value();
    ClerkClient *client = m_model ? m_model->client() : nullptr;
    if (!client) {
        takeOwner(patched, ApiError::fromTransport(QStringLiteral("GET /users"), ApiError::Transport::Refused,
                                                   QStringLiteral("no connection is configured")));
        return;
    }
    // Clerk moves primary, default second factor and two_factor_enabled across the owner's
    // numbers: only the owner as a whole tells what the other rows now show.
    const quint64 generation = m_generation;
    m_pending = client->getUser(m_userId, this, [this, generation, patched](ApiResult<UserSummary> owner) {
        if (generation == m_generation)
            takeOwner(patched, owner);
    });
}

void PhoneNumberEditor::takeOwner(const PhoneNumber &patched, const ApiResult<UserSummary> &result)
{
    Flags now{patched.isVerified(), m_draft.primary, patched.reservedForSecondFactor.value_or(false)};
    if (m_model) {
        if (result.ok()) {
            m_model->applyUser(result.value());
            now.primary = result.value().primaryPhoneNumberId == patched.id;
        } else {
            // The change is made on the server; only the owner's other rows may lag until a refresh.
            m_model->applyPhoneNumber(patched);
        }
    }
    m_loadedUpdatedAt = patched.updatedAt;
    setOriginal(now);
    setDraft(now);
    setLoading(false);
    emit done();
}

PhoneNumberChanges PhoneNumberEditor::changes() const
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

void PhoneNumberEditor::load()
{
    // Whatever was in flight belongs to the number shown before.
    ++m_generation;
    m_pending.abort();
    const int row = m_model ? m_model->rowOfId(m_phoneNumberId) : -1;
    Flags loaded;
    if (row >= 0) {
        const PhoneNumberRow &value = m_model->rowAt(row);
        m_userId = value.userId;
        m_loadedUpdatedAt = value.phone.updatedAt;
        loaded = {value.phone.isVerified(), value.isPrimary, value.phone.reservedForSecondFactor.value_or(false)};
    } else {
        m_userId.clear();
        m_loadedUpdatedAt.reset();
    }
    setError(nullptr);
    setStaleNotice({});
    setOriginal(loaded);
    setDraft(loaded);
    setLoading(false);
}

void PhoneNumberEditor::setDraft(const Flags &draft)
{
    if (draft == m_draft)
        return;
    m_draft = draft;
    emit draftChanged();
    emit stateChanged();
}

void PhoneNumberEditor::setOriginal(const Flags &original)
{
    if (original == m_original)
        return;
    m_original = original;
    emit originalChanged();
    emit stateChanged();
}

void PhoneNumberEditor::setLoading(bool on)
{
    if (on == m_loading)
        return;
    m_loading = on;
    emit stateChanged();
}

void PhoneNumberEditor::setError(const ApiError *error)
{
    const QString message = error ? error->message() : QString();
    const QString code = error ? error->code() : QString();
    const QString param = error ? error->paramName() : QString();
    const QString trace = error ? error->traceId : QString();
    if (message == m_error && code == m_errorCode && param == m_errorParam && trace == m_errorTraceId)
        return;
    m_error = message;
    m_errorCode = code;
    m_errorParam = param;
    m_errorTraceId = trace;
    emit errorChanged();
}

void PhoneNumberEditor::failWith(const QString &message)
{
    const ApiError refused = ApiError::fromTransport(QStringLiteral("PATCH /phone_numbers"),
                                                     ApiError::Transport::Refused, message);
    setError(&refused);
    setLoading(false);
}

void PhoneNumberEditor::setStaleNotice(const QString &notice)
{
    if (notice == m_staleNotice)
        return;
    m_staleNotice = notice;
    emit staleNoticeChanged();
}

} // namespace PhoneDesk
