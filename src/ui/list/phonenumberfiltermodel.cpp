// SPDX-License-Identifier: MIT
#include "phonenumberfiltermodel.h"

#include "ui/list/phonenumberlistmodel.h"

#include <QDateTime>

#include <algorithm>
#include <array>
#include <limits>
#include <numeric>

namespace PhoneDesk {

namespace {
bool isTrue(const std::optional<bool> &value)
{
    return value.value_or(false);
}

// Unknown times sort as the oldest.
qint64 timeOf(const std::optional<qint64> &ms)
{
    return ms.value_or(std::numeric_limits<qint64>::min());
}

// The verificationState (PhoneNumberRow) of the rows that pass `state`; "" for any.
QString stateNameOf(PhoneNumberFilterModel::VerificationFilter state)
{
    // In the order of VerificationFilter.
    static const std::array<QString, 6> names = {QString(),                  QStringLiteral("verified"),
                                                 QStringLiteral("unverified"), QStringLiteral("expired"),
                                                 QStringLiteral("failed"),     QStringLiteral("none")};
    return names.at(std::size_t(state));
}
} // namespace

PhoneNumberFilterModel::PhoneNumberFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
    const auto recount = [this] { Q_EMIT countChanged(); };
    connect(this, &QAbstractItemModel::rowsInserted, this, recount);
    connect(this, &QAbstractItemModel::rowsRemoved, this, recount);
    connect(this, &QAbstractItemModel::modelReset, this, recount);
    connect(this, &QAbstractItemModel::layoutChanged, this, recount);
}

void PhoneNumberFilterModel::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_rows = qobject_cast<PhoneNumberListModel *>(model);
    QAbstractProxyModel::setSourceModel(model);
    if (m_rows) {
        PhoneNumberListModel *rows = m_rows;
        m_connections = {
            connect(rows, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); }),
            connect(rows, &QAbstractItemModel::modelReset, this, [this] {
                rebuild();
                endResetModel();
            }),
            connect(rows, &QAbstractItemModel::rowsInserted, this, &PhoneNumberFilterModel::sourceRowsInserted),
            connect(rows, &QAbstractItemModel::rowsAboutToBeRemoved, this, &PhoneNumberFilterModel::sourceRowsAboutToBeRemoved),
            connect(rows, &QAbstractItemModel::rowsRemoved, this, &PhoneNumberFilterModel::sourceRowsRemoved),
            connect(rows, &QAbstractItemModel::dataChanged, this, &PhoneNumberFilterModel::sourceDataChanged),
            // The list model neither moves rows nor changes its layout; were it to, start over.
            connect(rows, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] { beginResetModel(); }),
            connect(rows, &QAbstractItemModel::layoutChanged, this, [this] {
                rebuild();
                endResetModel();
            }),
        };
    }
    rebuild();
    endResetModel();
}

QModelIndex PhoneNumberFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    return hasIndex(row, column, parent) ? createIndex(row, column) : QModelIndex();
}

QModelIndex PhoneNumberFilterModel::parent(const QModelIndex &) const
{
    return {};
}

int PhoneNumberFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int PhoneNumberFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

bool PhoneNumberFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_shown.isEmpty();
}

QModelIndex PhoneNumberFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_rows || !proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= m_shown.size())
        return {};
    return m_rows->index(m_shown.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex PhoneNumberFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_rows || !sourceIndex.isValid() || sourceIndex.model() != m_rows)
        return {};
    if (m_proxyOfStale)
        indexShown();
    const int row = sourceIndex.row();
    const int proxyRow = row < m_proxyOf.size() ? m_proxyOf.at(row) : -1;
    return proxyRow >= 0 ? createIndex(proxyRow, sourceIndex.column()) : QModelIndex();
}

void PhoneNumberFilterModel::setVerificationState(VerificationFilter state)
{
    if (state == m_state)
        return;
    m_state = state;
    m_stateName = stateNameOf(state);
    refilter();
}

void PhoneNumberFilterModel::setReservedForSecondFactorOnly(bool on)
{
    if (on == m_reservedForSecondFactorOnly)
        return;
    m_reservedForSecondFactorOnly = on;
    refilter();
}

void PhoneNumberFilterModel::setDefaultSecondFactorOnly(bool on)
{
    if (on == m_defaultSecondFactorOnly)
        return;
    m_defaultSecondFactorOnly = on;
    refilter();
}

void PhoneNumberFilterModel::setLinkedOnly(bool on)
{
    if (on == m_linkedOnly)
        return;
    m_linkedOnly = on;
    refilter();
}

void PhoneNumberFilterModel::setPrimaryOnly(bool on)
{
    if (on == m_primaryOnly)
        return;
    m_primaryOnly = on;
    refilter();
}

void PhoneNumberFilterModel::setBannedOrLockedOnly(bool on)
{
    if (on == m_bannedOrLockedOnly)
        return;
    m_bannedOrLockedOnly = on;
    refilter();
}

void PhoneNumberFilterModel::setSmsBlockedOnly(bool on)
{
    if (on == m_smsBlockedOnly)
        return;
    m_smsBlockedOnly = on;
    refilter();
}

bool PhoneNumberFilterModel::filtering() const
{
    return m_state != VerificationFilter::AnyVerification || m_reservedForSecondFactorOnly || m_defaultSecondFactorOnly || m_linkedOnly
        || m_primaryOnly || m_bannedOrLockedOnly || m_smsBlockedOnly;
}

void PhoneNumberFilterModel::setSortKey(SortKey key)
{
    if (key == m_sortKey)
        return;
    m_sortKey = key;
    resort();
}

void PhoneNumberFilterModel::setSortDescending(bool on)
{
    if (on == m_sortDescending)
        return;
    m_sortDescending = on;
    resort();
}

void PhoneNumberFilterModel::clearFilters()
{
    if (!filtering())
        return;
    m_state = VerificationFilter::AnyVerification;
    m_stateName.clear();
    m_reservedForSecondFactorOnly = m_defaultSecondFactorOnly = m_linkedOnly = m_primaryOnly = m_bannedOrLockedOnly = false;
    m_smsBlockedOnly = false;
    refilter();
}

QVariantMap PhoneNumberFilterModel::get(int row) const
{
    QVariantMap values;
    const QModelIndex index = this->index(row, 0);
    if (!index.isValid())
        return values;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (it.key() >= Qt::UserRole)
            values.insert(QString::fromLatin1(it.value()), index.data(it.key()));
    }
    return values;
}

int PhoneNumberFilterModel::rowOfId(const QString &id) const
{
    if (!m_rows)
        return -1;
    const int sourceRow = m_rows->rowOfId(id);
    if (sourceRow < 0)
        return -1;
    return mapFromSource(m_rows->index(sourceRow, 0)).row();
}

bool PhoneNumberFilterModel::accepts(int row, qint64 nowMs) const
{
    const PhoneNumberRow &value = m_rows->rowAt(row);
    const PhoneNumber &phone = value.phone;
    if (!m_stateName.isEmpty() && value.verificationState(nowMs) != m_stateName)
        return false;
    if (m_reservedForSecondFactorOnly && !isTrue(phone.reservedForSecondFactor))
        return false;
    if (m_defaultSecondFactorOnly && !isTrue(phone.defaultSecondFactor))
        return false;
    if (m_linkedOnly && phone.linkedTo.isEmpty())
        return false;
    if (m_primaryOnly && !value.isPrimary)
        return false;
    if (m_bannedOrLockedOnly && !isTrue(value.userBanned()) && !isTrue(value.userLocked()))
        return false;
    if (m_smsBlockedOnly && !m_rows->smsBlockedAt(row))
        return false;
    return true;
}

bool PhoneNumberFilterModel::before(int left, int right) const
{
    // Descending is ascending read backwards, ties included (as a sorted proxy has it).
    const int a = m_sortDescending ? right : left;
    const int b = m_sortDescending ? left : right;
    const PhoneNumberRow &x = m_rows->rowAt(a);
    const PhoneNumberRow &y = m_rows->rowAt(b);
    switch (m_sortKey) {
    case SortKey::Number:
    case SortKey::Owner: {
        const bool byNumber = m_sortKey == SortKey::Number;
        const int order = QString::localeAwareCompare(byNumber ? x.phone.phoneNumber : x.userName,
                                                      byNumber ? y.phone.phoneNumber : y.userName);
        if (order != 0)
            return order < 0;
        break;
    }
    case SortKey::Created:
    case SortKey::Updated: {
        const bool byUpdate = m_sortKey == SortKey::Updated;
        const qint64 at = timeOf(byUpdate ? x.phone.updatedAt : x.phone.createdAt);
        const qint64 bt = timeOf(byUpdate ? y.phone.updatedAt : y.phone.createdAt);
        if (at != bt)
            return at < bt;
        break;
    }
    }
    return a < b;
}

int PhoneNumberFilterModel::shownPositionOf(int row) const
{
    return int(std::lower_bound(m_shown.cbegin(), m_shown.cend(), row, [this](int a, int b) { return before(a, b); })
               - m_shown.cbegin());
}

void PhoneNumberFilterModel::indexShown() const
{
    m_proxyOf.fill(-1, m_rows ? m_rows->rowCount() : 0);
    for (qsizetype i = 0; i < m_shown.size(); ++i)
        m_proxyOf[m_shown.at(i)] = int(i);
    m_proxyOfStale = false;
}

void PhoneNumberFilterModel::rebuild()
{
    sortAll();
    filterAll();
}

void PhoneNumberFilterModel::sortAll()
{
    const int count = m_rows ? m_rows->rowCount() : 0;
    m_sorted.resize(count);
    std::iota(m_sorted.begin(), m_sorted.end(), 0);
    if (m_sortKey == SortKey::Created || m_sortKey == SortKey::Updated) {
        // The times side by side: sorting compares them without visiting 150,000 scattered rows.
        QList<std::pair<qint64, int>> keyed(count);
        for (int row = 0; row < count; ++row) {
            const PhoneNumber &phone = m_rows->rowAt(row).phone;
            keyed[row] = {timeOf(m_sortKey == SortKey::Updated ? phone.updatedAt : phone.createdAt), row};
        }
        if (m_sortDescending)
            std::sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a > b; });
        else
            std::sort(keyed.begin(), keyed.end());
        for (int i = 0; i < count; ++i)
            m_sorted[i] = keyed.at(i).second;
        return;
    }
    std::sort(m_sorted.begin(), m_sorted.end(), [this](int a, int b) { return before(a, b); });
}

void PhoneNumberFilterModel::filterAll()
{
    m_shown.clear();
    if (!m_rows)
        return;
    if (!filtering()) {
        m_shown = m_sorted;
    } else {
        // Rows are read in their own order (memory order), then picked in the sort order.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const int count = m_rows->rowCount();
        QList<bool> passes(count);
        for (int row = 0; row < count; ++row)
            passes[row] = accepts(row, now);
        for (const int row : std::as_const(m_sorted)) {
            if (passes.at(row))
                m_shown.append(row);
        }
    }
    m_proxyOfStale = true;
}

void PhoneNumberFilterModel::refilter()
{
    beginResetModel();
    filterAll();
    endResetModel();
    Q_EMIT filtersChanged();
}

void PhoneNumberFilterModel::resort()
{
    beginResetModel();
    rebuild();
    endResetModel();
    Q_EMIT sortChanged();
}

} // namespace PhoneDesk
