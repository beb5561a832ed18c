// SPDX-License-Identifier: MIT
#include "signinchecker.h"

#include <QDateTime>

#include <limits>

namespace PhoneDesk {

namespace {
template<typename T>
QVariant knownValue(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

QVariant knownTime(const std::optional<qint64> &ms)
{
    return ms ? QVariant(QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC)) : QVariant();
}

// A lockout that ends this far ahead is re-read by the agent, not by a timer (QTimer's int range).
constexpr qint64 kLongestTimerMs = std::numeric_limits<int>::max() / 2;
} // namespace

SignInChecker::SignInChecker(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_lockoutEnd.setSingleShot(true);
    connect(&m_lockoutEnd, &QTimer::timeout, this, &SignInChecker::refresh);
}

SignInChecker::~SignInChecker()
{
    ++m_generation;
    m_call.abort();
}

void SignInChecker::setModel(PhoneNumberListModel *model)
{
    if (model == m_model)
        return;
    disconnect(m_modelConnection);
    m_model = model;
    if (model)
        m_modelConnection = connect(model, &PhoneNumberListModel::userApplied, this, &SignInChecker::takeAppliedUser);
    Q_EMIT modelChanged();
    if (!m_diagnosis && !m_loading)
        refresh();
}

void SignInChecker::setBlocklist(SmsBlocklistReader *blocklist)
{
    if (blocklist == m_blocklist)
        return;
    disconnect(m_blocklistConnection);
    m_blocklist = blocklist;
    if (blocklist) {
        m_blocklistConnection = connect(blocklist, &SmsBlocklistReader::blocklistChanged, this, [this] {
            // The user as last read, checked against the blocklist as now read.
            if (m_diagnosis)
                diagnose(m_diagnosis->user(), m_diagnosis->readAt());
        });
    }
    Q_EMIT blocklistChanged();
    if (m_diagnosis)
        diagnose(m_diagnosis->user(), m_diagnosis->readAt());
}

void SignInChecker::setUserId(const QString &userId)
{
    if (userId == m_userId)
        return;
    m_userId = userId;
    forget();
    Q_EMIT userIdChanged();
    refresh();
}

QVariantMap SignInChecker::user() const
{
    if (!m_diagnosis)
        return {};
    const UserSummary &u = m_diagnosis->user();
    const std::optional<qint64> endsAt = u.locked.value_or(false) && u.lockoutExpiresInSeconds
                                             ? std::optional<qint64>(m_diagnosis->readAt() + *u.lockoutExpiresInSeconds * 1000)
                                             : std::nullopt;
    return {
        {QStringLiteral("userName"), u.displayName()},
        {QStringLiteral("banned"), knownValue(u.banned)},
        {QStringLiteral("locked"), knownValue(u.locked)},
        {QStringLiteral("lockoutExpiresInSeconds"), knownValue(u.lockoutExpiresInSeconds)},
        {QStringLiteral("lockoutEndsAt"), knownTime(endsAt)},
        {QStringLiteral("verificationAttemptsRemaining"), knownValue(u.verificationAttemptsRemaining)},
        {QStringLiteral("twoFactorEnabled"), knownValue(u.twoFactorEnabled)},
        {QStringLiteral("totpEnabled"), knownValue(u.totpEnabled)},
        {QStringLiteral("backupCodeEnabled"), knownValue(u.backupCodeEnabled)},
        {QStringLiteral("lastSignInAt"), knownTime(u.lastSignInAt)},
        {QStringLiteral("mfaEnabledAt"), knownTime(u.mfaEnabledAt)},
        {QStringLiteral("mfaDisabledAt"), knownTime(u.mfaDisabledAt)},
        {QStringLiteral("readAt"), QDateTime::fromMSecsSinceEpoch(m_diagnosis->readAt(), Qt::UTC)},
    };
}

void SignInChecker::refresh()
{
    const quint64 generation = ++m_generation;
    m_call.abort();
    m_lockoutEnd.stop();
    m_error.reset();
    if (m_userId.isEmpty()) {
        m_loading = false;
        Q_EMIT stateChanged();
        return;
    }
    ClerkClient *client = m_model ? m_model->client() : nullptr;
    if (!client) {
        m_loading = false;
        m_error = ApiError::fromOwnWords(QStringLiteral("GET /users/{id}"), ApiError::Transport::Refused,
                                         QT_TRANSLATE_NOOP("ApiError", "there is no connection"));
        Q_EMIT stateChanged();
        return;
    }
    m_loading = true;
    Q_EMIT stateChanged();
    m_call = client->getUser(m_userId, this,
                             [this, generation](const ApiResult<UserSummary> &result) { take(generation, result); });
}

void SignInChecker::take(quint64 generation, const ApiResult<UserSummary> &result)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    if (!result.ok()) {
        // A diagnosis shown before stays, under the error: it is what was last known.
        m_error = result.error();
        Q_EMIT stateChanged();
        return;
    }
    Q_EMIT stateChanged();
    diagnose(result.value(), m_clock());
}

void SignInChecker::takeAppliedUser(const UserSummary &user)
{
    if (user.id != m_userId || m_userId.isEmpty())
        return;
    // Read by a change's pipeline just now: as good as a read of ours, which it replaces.
    ++m_generation;
    m_call.abort();
    const bool wasLoading = m_loading || m_error.has_value();
    m_loading = false;
    m_error.reset();
    if (wasLoading)
        Q_EMIT stateChanged();
    diagnose(user, m_clock());
}

void SignInChecker::diagnose(const UserSummary &user, qint64 readAt)
{
    const std::optional<SmsBlocklist> blocklist = m_blocklist ? m_blocklist->blocklist() : std::nullopt;
    m_diagnosis = SignInDiagnosis::of(user, blocklist, readAt);
    m_findings.show(*m_diagnosis, blocklist ? blocklist->countryCodes() : QStringList());
    m_lockoutEnd.stop();
    if (user.locked.value_or(false) && user.lockoutExpiresInSeconds) {
        const qint64 left = readAt + *user.lockoutExpiresInSeconds * 1000 - m_clock();
        // A second after it ends, so that the server has let go of it too.
        if (left + 1000 <= kLongestTimerMs)
            m_lockoutEnd.start(int(std::max<qint64>(left, 0) + 1000));
    }
    Q_EMIT diagnosisChanged();
}

void SignInChecker::forget()
{
    ++m_generation;
    m_call.abort();
    m_lockoutEnd.stop();
    m_loading = false;
    m_error.reset();
    m_diagnosis.reset();
    m_findings.clear();
    Q_EMIT stateChanged();
    Q_EMIT diagnosisChanged();
}

} // namespace PhoneDesk
