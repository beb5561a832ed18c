// SPDX-License-Identifier: MIT
#include "userpicker.h"

#include <QVariantMap>

namespace PhoneDesk {

UserPicker::UserPicker(QObject *parent)
    : QAbstractListModel(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDefaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &UserPicker::send);
}

UserPicker::~UserPicker()
{
    // Callbacks are bound to this object; aborting first keeps them from running half-destroyed.
    ++m_generation;
    m_pending.abort();
}

void UserPicker::setModel(PhoneNumberListModel *model)
{
    if (model == m_model)
        return;
    m_model = model;
    Q_EMIT modelChanged();
}

void UserPicker::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    // Whatever is in flight answers an older text.
    ++m_generation;
    m_pending.abort();
    setError({}, {});
    if (m_query.trimmed().isEmpty()) {
        m_debounce.stop();
        setRows({}, {});
        setLoading(false);
        return;
    }
    setLoading(true);
    m_debounce.start();
}

void UserPicker::setDebounceInterval(int milliseconds)
{
    if (milliseconds == m_debounce.interval())
        return;
    m_debounce.setInterval(milliseconds);
    Q_EMIT debounceIntervalChanged();
}

int UserPicker::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

QVariant UserPicker::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserSummary &user = m_users.at(index.row());
    switch (role) {
    case IdRole: return user.id;
    case NameRole: return user.displayName();
    case EmailRole: return user.primaryEmailAddress.value_or(QString());
    case PhoneCountRole: return int(user.phoneNumbers.size());
    case TwoFactorEnabledRole: return user.twoFactorEnabled ? QVariant(*user.twoFactorEnabled) : QVariant();
    case PhoneNumbersRole: {
        QStringList numbers;
        for (const PhoneNumber &phone : user.phoneNumbers)
            numbers.append(phone.phoneNumber);
        return numbers;
    }
    case Qt::DisplayRole:
    case LabelRole: return labelOf(user);
    default: return {};
    }
}

QHash<int, QByteArray> UserPicker::roleNames() const
{
    return {{IdRole, "userId"},           {NameRole, "name"},
            {EmailRole, "email"},         {PhoneCountRole, "phoneCount"},
            {TwoFactorEnabledRole, "twoFactorEnabled"}, {PhoneNumbersRole, "phoneNumbers"},
            {LabelRole, "label"}};
}

QVariantMap UserPicker::get(int row) const
{
    QVariantMap map;
    if (row < 0 || row >= m_users.size())
        return map;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return map;
}

void UserPicker::searchNow()
{
    if (!m_debounce.isActive())
        return;
    m_debounce.stop();
    send();
}

ClerkClient *UserPicker::client() const
{
    if (m_client)
        return m_client;
    return m_model ? m_model->client() : nullptr;
}

void UserPicker::send()
{
    ClerkClient *api = client();
    if (!api) {
        setError(tr("No connection is configured"), {});
        setLoading(false);
        return;
    }
    UserListQuery query;
    query.query = m_query.trimmed();
    query.limit = kLimit;
    const quint64 generation = m_generation;
    const QString text = m_query;
    m_pending = api->listUsers(query, this, [this, generation, text](const ApiResult<UserPage> &result) {
        if (generation == m_generation)
            take(text, result);
    });
}

void UserPicker::take(const QString &query, const ApiResult<UserPage> &result)
{
    if (!result.ok()) {
        // The rows of the last answer stay; the error says this search failed.
        setError(result.error().message(ApiError::Words::Translated), result.error().traceId);
        setLoading(false);
        return;
    }
    setRows(result.value().users, query);
    setLoading(false);
}

void UserPicker::setRows(QList<UserSummary> users, const QString &answered)
{
    // A new answer is a new list, not an edit of the last one: one reset.
    beginResetModel();
    m_users = std::move(users);
    m_answeredQuery = answered;
    endResetModel();
    Q_EMIT countChanged();
}

void UserPicker::setLoading(bool on)
{
    if (on == m_loading)
        return;
    m_loading = on;
    Q_EMIT loadingChanged();
}

void UserPicker::setError(const QString &message, const QString &traceId)
{
    if (message == m_error && traceId == m_errorTraceId)
        return;
    m_error = message;
    m_errorTraceId = traceId;
    Q_EMIT errorChanged();
}

QString UserPicker::labelOf(const UserSummary &user)
{
    const QString name = user.displayName();
    const QString email = user.primaryEmailAddress.value_or(QString());
    return email.isEmpty() || email == name ? name : name + QStringLiteral(" · ") + email;
}

} // namespace PhoneDesk
