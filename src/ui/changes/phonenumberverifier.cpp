// SPDX-License-Identifier: MIT
#include "phonenumberverifier.h"

#include <algorithm>

namespace PhoneDesk {

namespace {
const QString kPrepareRequest = QStringLiteral("POST /phone_numbers/prepare_verification");
const QString kAttemptRequest = QStringLiteral("POST /phone_numbers/attempt_verification");
} // namespace

PhoneNumberVerifier::PhoneNumberVerifier(QObject *parent)
    : AccountChange(parent)
{
    // sending, checking, canSend and canCheck follow loading; an ended request is no request.
    connect(this, &AccountChange::busyChanged, this, [this] {
        if (!busy())
            m_request = Request::None;
        Q_EMIT requestChanged();
    });
}

PhoneNumberVerifier::~PhoneNumberVerifier() = default;

void PhoneNumberVerifier::setPhoneNumberId(const QString &id)
{
    if (id == m_phoneNumberId)
        return;
    m_phoneNumberId = id;
    Q_EMIT phoneNumberIdChanged();
    reset();
    Q_EMIT requestChanged(); // canSend
}

void PhoneNumberVerifier::setUserId(const QString &id)
{
    if (id == m_userId)
        return;
    m_userId = id;
    Q_EMIT userIdChanged();
}

void PhoneNumberVerifier::setMaxAttempts(int attempts)
{
    attempts = qMax(0, attempts);
    if (attempts == m_maxAttempts)
        return;
    m_maxAttempts = attempts;
    Q_EMIT maxAttemptsChanged();
    Q_EMIT verificationChanged(); // attemptsLeft
}

int PhoneNumberVerifier::attemptsLeft() const
{
    if (m_maxAttempts <= 0 || !m_verification.attempts)
        return -1;
    return qMax(0, m_maxAttempts - *m_verification.attempts);
}

QDateTime PhoneNumberVerifier::expireAt() const
{
    return m_verification.expireAt ? QDateTime::fromMSecsSinceEpoch(*m_verification.expireAt, Qt::UTC) : QDateTime();
}

bool PhoneNumberVerifier::hasPending() const
{
    return m_verification.id && m_verification.statusKind() == Verification::Status::Unverified;
}

QString PhoneNumberVerifier::normalizedCode(const QString &typed)
{
    QString code;
    code.reserve(typed.size());
    for (const QChar c : typed) {
        if (!c.isSpace() && c != QLatin1Char('-'))
            code.append(c);
    }
    return code;
}

QString PhoneNumberVerifier::codeProblem(const QString &typed)
{
    const QString code = normalizedCode(typed);
    if (code.isEmpty())
        return tr("Type the %1-digit code the customer reads out").arg(kCodeLength);
    for (const QChar c : code) {
        // isDigit() would also take other scripts' digits, which Clerk's codes never have.
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return tr("The code has digits only");
    }
    if (code.size() != kCodeLength)
        return tr("The code has %1 digits; this has %2").arg(kCodeLength).arg(code.size());
    return {};
}

void PhoneNumberVerifier::sendCode()
{
    if (busy())
        return;
    if (m_phoneNumberId.isEmpty()) {
        failWith(kPrepareRequest, tr("No number is chosen"));
        return;
    }
    m_request = Request::Send;
    if (!begin(kPrepareRequest)) {
        m_request = Request::None;
        return;
    }
    // A new code starts a new verification: what the last one ended with no longer applies.
    setOutcome({}, {});
    m_expireBeforeSend = expireAtOnList();
    sendJournaled(JournalEntry::of(JournalOperation::SendCode, QStringLiteral("POST /phone_numbers/{id}/prepare_verification"),
                                   ownerId(), m_phoneNumberId),
                  [this] {
                      track(client()->prepareVerification(m_phoneNumberId, this,
                                                          whileCurrent<Verification>([this](const ApiResult<Verification> &result) {
                                                              takeSent(result);
                                                          })));
                  });
}

void PhoneNumberVerifier::checkCode(const QString &typed)
{
    if (busy())
        return;
    if (!hasPending()) {
        failWith(kAttemptRequest, tr("Send a code first: there is no code waiting to be checked"));
        return;
    }
    if (const QString problem = codeProblem(typed); !problem.isEmpty()) {
        failWith(kAttemptRequest, problem);
        return;
    }
    m_request = Request::Check;
    if (!begin(kAttemptRequest)) {
        m_request = Request::None;
        return;
    }
    // The code goes into the request only; nothing here keeps it (nor the journal).
    const QString code = normalizedCode(typed);
    sendJournaled(JournalEntry::of(JournalOperation::Verify, QStringLiteral("POST /phone_numbers/{id}/attempt_verification"),
                                   ownerId(), m_phoneNumberId),
                  [this, code] {
                      track(client()->attemptVerification(m_phoneNumberId, verificationId(), code, this,
                                                          whileCurrent<Verification>([this](const ApiResult<Verification> &result) {
                                                              takeAttempt(result);
                                                          })));
                  });
}

void PhoneNumberVerifier::takeSent(const ApiResult<Verification> &result)
{
    if (!result.ok()) {
        // Sent when the number now holds a pending code it did not hold before. The number's
        // verification carries no id, so such a code cannot be checked here: the agent is told
        // to send a new one, rather than PhoneDesk sending a second text by itself.
        const QString id = m_phoneNumberId;
        const std::optional<qint64> before = m_expireBeforeSend;
        failOrRecheck(
            result.error(), ownerId(),
            [id, before](const UserSummary &owner) {
                return std::any_of(owner.phoneNumbers.cbegin(), owner.phoneNumbers.cend(), [&](const PhoneNumber &phone) {
                    const std::optional<Verification> &v = phone.verification;
                    return phone.id == id && v && v->statusKind() == Verification::Status::Unverified && v->expireAt
                           && (!before || *v->expireAt > *before);
                });
            },
            [this, error = result.error()](const UserSummary &) {
                ApiError sentButLost = error;
                // Shown only: the journal has its entry already (rereadOwner wrote it).
                sentButLost.outcome = tr("a read showed the code was sent, but without its answer it cannot be checked "
                                         "here: once the customer has it, send a new code");
                fail(sentButLost);
            });
        return;
    }
    if (!result.value().id) {
        // Without its id the code can never be checked.
        fail(ApiError::fromTransport(kPrepareRequest, ApiError::Transport::UnreadableAnswer,
                                     QStringLiteral("the answer has no verification id")));
        return;
    }
    setVerification(result.value());
    Q_EMIT sent();
    // The number now shows the pending code (unless it was verified already).
    showOnList(false);
}

void PhoneNumberVerifier::takeAttempt(const ApiResult<Verification> &result)
{
    if (!result.ok()) {
        // Checked when the number is now verified (the code was right) or its attempts grew
        // (the code was wrong): either way the answer is read from the number.
        const QString id = m_phoneNumberId;
        const int attemptsBefore = m_verification.attempts.value_or(0);
        const auto verificationOf = [id](const UserSummary &owner) -> std::optional<Verification> {
            for (const PhoneNumber &phone : owner.phoneNumbers) {
                if (phone.id == id)
                    return phone.verification;
            }
            return std::nullopt;
        };
        failOrRecheck(
            result.error(), ownerId(),
            [verificationOf, attemptsBefore](const UserSummary &owner) {
                const std::optional<Verification> v = verificationOf(owner);
                return v && (v->isVerified() || v->attempts.value_or(0) > attemptsBefore);
            },
            [this, verificationOf](const UserSummary &owner) {
                Verification answer = *verificationOf(owner);
                answer.id = m_verification.id;
                setVerification(answer);
                takeOutcome(answer);
                Q_EMIT checked();
                // rereadOwner has shown the owner on the list already.
                if (answer.isVerified())
                    succeed();
                else
                    setLoading(false);
            });
        return;
    }
    Verification answer = result.value();
    // Some answers may leave the id out; it is still the verification that was checked.
    if (!answer.id)
        answer.id = m_verification.id;
    setVerification(answer);
    takeOutcome(answer);
    Q_EMIT checked();
    showOnList(answer.isVerified());
}

void PhoneNumberVerifier::takeOutcome(const Verification &answer)
{
    switch (answer.statusKind()) {
    case Verification::Status::Verified:
        setOutcome(QStringLiteral("verified"), tr("The code is right: the number is verified."));
        return;
    case Verification::Status::Unverified: {
        // The English source has the plural; the English translation adds "1 attempt left".
        const QString text = attemptsLeft() >= 0
                                 ? tr("That is not the code that was sent. %Ln attempts left. Ask the customer to read it "
                                      "out again.", nullptr, attemptsLeft())
                             : answer.attempts ? tr("That is not the code that was sent. Attempts so far: %1. Ask the customer "
                                                    "to read it out again.").arg(*answer.attempts)
                                               : tr("That is not the code that was sent. Ask the customer to read it out again.");
        setOutcome(QStringLiteral("wrongCode"), text);
        return;
    }
    case Verification::Status::Expired:
        setOutcome(QStringLiteral("expired"), tr("The code expired before it was checked. Send a new code."));
        return;
    case Verification::Status::Failed: {
        // Clerk fails a verification after too many wrong codes.
        const bool tooMany = answer.attempts && *answer.attempts > 0
                             && (m_maxAttempts <= 0 || *answer.attempts >= m_maxAttempts);
        if (tooMany)
            setOutcome(QStringLiteral("tooManyAttempts"),
                       tr("Too many wrong codes: this code no longer works. Send a new code."));
        else
            setOutcome(QStringLiteral("failed"), tr("The verification failed. Send a new code."));
        return;
    }
    case Verification::Status::Other:
        break;
    }
    setOutcome(QStringLiteral("failed"),
               tr("Clerk answered with the status \u201c%1\u201d, which PhoneDesk does not know. Send a new code to try again.")
                   .arg(answer.status.isEmpty() ? tr("none", "no verification status") : answer.status));
}

std::optional<qint64> PhoneNumberVerifier::expireAtOnList() const
{
    const int row = model() ? model()->rowOfId(m_phoneNumberId) : -1;
    if (row < 0)
        return std::nullopt;
    const std::optional<Verification> &v = model()->rowAt(row).phone.verification;
    return v ? v->expireAt : std::nullopt;
}

void PhoneNumberVerifier::showOnList(bool verified)
{
    const QString owner = ownerId();
    const auto finish = [this, verified] {
        if (verified)
            succeed();
        else
            setLoading(false);
    };
    if (owner.isEmpty()) {
        // A number outside the list has no row to update.
        finish();
        return;
    }
    rereadOwner(owner, [this, finish](const ApiResult<UserSummary> &result) {
        if (!result.ok()) {
            // Clerk took the request; only the list lags, and the agent is told why.
            fail(result.error());
            return;
        }
        finish();
    });
}

QString PhoneNumberVerifier::ownerId() const
{
    if (!m_userId.isEmpty())
        return m_userId;
    const int row = model() ? model()->rowOfId(m_phoneNumberId) : -1;
    return row >= 0 ? model()->rowAt(row).userId : QString();
}

void PhoneNumberVerifier::reset()
{
    // Whatever was in flight or pending belongs to the number shown before.
    cancel();
    setVerification({});
    setOutcome({}, {});
    refreshNumberState();
}

void PhoneNumberVerifier::modelSet()
{
    for (QMetaObject::Connection &watch : m_modelWatches)
        disconnect(watch);
    if (PhoneNumberListModel *list = model()) {
        const auto refresh = [this] { refreshNumberState(); };
        m_modelWatches[0] = connect(list, &QAbstractItemModel::dataChanged, this, refresh);
        m_modelWatches[1] = connect(list, &QAbstractItemModel::modelReset, this, refresh);
        m_modelWatches[2] = connect(list, &QAbstractItemModel::rowsInserted, this, refresh);
        m_modelWatches[3] = connect(list, &QAbstractItemModel::rowsRemoved, this, refresh);
    }
    refreshNumberState();
}

void PhoneNumberVerifier::refreshNumberState()
{
    const int row = model() ? model()->rowOfId(m_phoneNumberId) : -1;
    QString state;
    QString status;
    if (row >= 0) {
        const QModelIndex index = model()->index(row);
        state = index.data(PhoneNumberListModel::VerificationStateRole).toString();
        status = index.data(PhoneNumberListModel::VerificationStatusRole).toString();
    }
    if (state == m_numberState && status == m_numberStatus)
        return;
    m_numberState = state;
    m_numberStatus = status;
    Q_EMIT numberStateChanged();
}

void PhoneNumberVerifier::setVerification(const Verification &verification)
{
    if (verification == m_verification)
        return;
    m_verification = verification;
    Q_EMIT verificationChanged();
    Q_EMIT requestChanged(); // canCheck
}

void PhoneNumberVerifier::setOutcome(const QString &outcome, const QString &text)
{
    if (outcome == m_outcome && text == m_outcomeText)
        return;
    m_outcome = outcome;
    m_outcomeText = text;
    Q_EMIT outcomeChanged();
}

} // namespace PhoneDesk
