// SPDX-License-Identifier: MIT
#include "phonenumberfiltermodel.h"

#include "models/phonenumberlistmodel.h"

#include <QDateTime>

namespace PhoneDesk {

namespace {
using Role = PhoneNumberListModel::Role;

bool isTrue(const QModelIndex &index, int role)
{
    const QVariant value = index.data(role);
    return value.isValid() && value.toBool();
}
} // namespace

PhoneNumberFilterModel::PhoneNumberFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Filters re-run on their own when rows change, so an edited row leaves or joins the view.
    setDynamicSortFilter(true);
    const auto recount = [this] { emit countChanged(); };
    connect(this, &QAbstractItemModel::rowsInserted, this, recount);
    connect(this, &QAbstractItemModel::rowsRemoved, this, recount);
    connect(this, &QAbstractItemModel::modelReset, this, recount);
    connect(this, &QAbstractItemModel::layoutChanged, this, recount);
    resort();
}

void PhoneNumberFilterModel::setVerificationState(const QString &state)
{
    if (state == m_state)
        return;
    m_state = state;
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

bool PhoneNumberFilterModel::filtering() const
{
    return !m_state.isEmpty() || m_reservedForSecondFactorOnly || m_defaultSecondFactorOnly || m_linkedOnly
        || m_primaryOnly || m_bannedOrLockedOnly;
}

void PhoneNumberFilterModel::setSortKey(const QString &key)
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
    m_state.clear();
    m_reservedForSecondFactorOnly = m_defaultSecondFactorOnly = m_linkedOnly = m_primaryOnly = m_bannedOrLockedOnly = false;
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
    const auto *source = qobject_cast<const PhoneNumberListModel *>(sourceModel());
    if (!source)
        return -1;
    const int sourceRow = source->rowOfId(id);
    if (sourceRow < 0)
        return -1;
    return mapFromSource(source->index(sourceRow, 0)).row();
}

bool PhoneNumberFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_state.isEmpty() && index.data(Role::VerificationStateRole).toString() != m_state)
        return false;
    if (m_reservedForSecondFactorOnly && !isTrue(index, Role::ReservedForSecondFactorRole))
        return false;
    if (m_defaultSecondFactorOnly && !isTrue(index, Role::DefaultSecondFactorRole))
        return false;
    if (m_linkedOnly && index.data(Role::LinkedToRole).toList().isEmpty())
        return false;
    if (m_primaryOnly && !isTrue(index, Role::IsPrimaryRole))
        return false;
    if (m_bannedOrLockedOnly && !isTrue(index, Role::UserBannedRole) && !isTrue(index, Role::UserLockedRole))
        return false;
    return true;
}

bool PhoneNumberFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Ties fall back to the source order, so the list never shuffles between equal rows.
    const auto tie = [&] { return left.row() < right.row(); };
    if (m_sortKey == QLatin1StringView("number") || m_sortKey == QLatin1StringView("owner")) {
        const int role = m_sortKey == QLatin1StringView("number") ? Role::PhoneNumberRole : Role::UserNameRole;
        const int order = QString::localeAwareCompare(left.data(role).toString(), right.data(role).toString());
        return order != 0 ? order < 0 : tie();
    }
    const int role = m_sortKey == QLatin1StringView("updated") ? Role::UpdatedAtRole : Role::CreatedAtRole;
    const QVariant a = left.data(role);
    const QVariant b = right.data(role);
    // Unknown times sort as the oldest.
    const qint64 at = a.isValid() ? a.toDateTime().toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    const qint64 bt = b.isValid() ? b.toDateTime().toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    return at != bt ? at < bt : tie();
}

void PhoneNumberFilterModel::refilter()
{
    invalidateFilter();
    emit filtersChanged();
    emit countChanged();
}

void PhoneNumberFilterModel::resort()
{
    const Qt::SortOrder order = m_sortDescending ? Qt::DescendingOrder : Qt::AscendingOrder;
    // sort() ignores a call with the column and order it already has, though the key changed.
    if (sortColumn() == 0 && sortOrder() == order)
        invalidate();
    else
        sort(0, order);
    emit sortChanged();
}

} // namespace PhoneDesk
