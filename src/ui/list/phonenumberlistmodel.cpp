// SPDX-License-Identifier: MIT
#include "phonenumberlistmodel.h"

#include "api/walkpages.h"

#include "phone/countrynames.h"
#include "phone/phonenumberinfo.h"

#include <QDateTime>
#include <QSet>
#include <QVariantMap>
#include <QtConcurrent/QtConcurrentRun>

namespace PhoneDesk {

namespace {
QVariant known(const std::optional<bool> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant knownTime(const std::optional<qint64> &ms)
{
    return ms ? QVariant(QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC)) : QVariant();
}
} // namespace

PhoneNumberListModel::PhoneNumberListModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_walk({[this](const UserListQuery &query, CursorWalk<UserPage>::Answer answer) {
                  // The client is set after construction and may change: read it at each request.
                  return m_client->listUsers(query, this, [answer = std::move(answer)](const ApiResult<UserPage> &result) {
                      answer(result);
                  });
              },
              [](const UserPage &page) { return walkFactsOf(page); },
              [](UserPage &page, qint64 floor) { trimCreatedBefore(page, floor); },
              [this](UserPage page) { takePage(PageKind::Walk, std::move(page)); },
              [this](const ApiError &error) { takeFailure(error); },
              [this] { takeWalkEnd(); }})
{
    m_walk.setPageSize(m_pageSize);
}

PhoneNumberListModel::~PhoneNumberListModel()
{
    // Callbacks are bound to this object; aborting first keeps them from running half-destroyed.
    ++m_generation;
    m_walk.drop();
    m_pageCall.abort();
    m_pendingCount.abort();
    ++m_countGeneration;
}

void PhoneNumberListModel::setClient(ClerkClient *client)
{
    m_client = client;
}

void PhoneNumberListModel::setPageSize(int users)
{
    m_pageSize = std::clamp(users, 1, kPageSize);
    m_walk.setPageSize(m_pageSize);
}

int PhoneNumberListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PhoneNumberListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PhoneNumberRow &row = m_rows.at(index.row());
    const PhoneNumber &phone = row.phone;
    const std::optional<Verification> &v = phone.verification;

    switch (role) {
    case Qt::DisplayRole:
    case FormattedRole: return row.info.international;
    case IdRole: return phone.id;
    case PhoneNumberRole: return phone.phoneNumber;
    case NationalFormatRole: return row.info.national;
    case IsE164Role: return row.info.isE164;
    case RegionCodeRole: return row.info.regionCode;
    case CountryNameRole: return CountryNames::shown(row.info.regionCode);
    case NumberTypeRole: return row.info.typeName();
    case UserIdRole: return row.userId;
    case UserNameRole: return row.userName;
    case UserEmailRole: return row.userEmail();
    case IsPrimaryRole: return row.isPrimary;
    case VerificationStateRole: return row.verificationState(QDateTime::currentMSecsSinceEpoch());
    case VerificationStatusRole: return v ? QVariant(v->status) : QVariant();
    case VerificationStrategyRole: return v && !v->strategy.isEmpty() ? QVariant(v->strategy) : QVariant();
    case VerificationKindRole: return row.verificationKind();
    case VerificationChannelRole: return v && v->channel ? QVariant(*v->channel) : QVariant();
    case AttemptsRole: return v && v->attempts ? QVariant(*v->attempts) : QVariant();
    case ExpireAtRole: return v ? knownTime(v->expireAt) : QVariant();
    case IsExpiredRole: return v && v->isExpiredAt(QDateTime::currentMSecsSinceEpoch());
    case VerifiedAtClientRole: return v && v->verifiedAtClient ? QVariant(*v->verifiedAtClient) : QVariant();
    case ReservedRole: return known(phone.reserved);
    case ReservedForSecondFactorRole: return known(phone.reservedForSecondFactor);
    case DefaultSecondFactorRole: return known(phone.defaultSecondFactor);
    case UserTwoFactorEnabledRole: return known(row.userTwoFactorEnabled());
    case UserTotpEnabledRole: return known(row.userTotpEnabled());
    case UserBackupCodeEnabledRole: return known(row.userBackupCodeEnabled());
    case UserBannedRole: return known(row.userBanned());
    case UserLockedRole: return known(row.userLocked());
    case LinkedToRole: return row.linkedTo();
    case BackupCodeCountRole: return row.backupCodeCount ? QVariant(*row.backupCodeCount) : QVariant();
    case CreatedAtRole: return knownTime(phone.createdAt);
    case UpdatedAtRole: return knownTime(phone.updatedAt);
    case SmsBlockedRole: return m_smsBlocklist ? QVariant(m_smsBlocklist->blocksRegion(row.info.regionCode)) : QVariant();
    case OtherNumbersRole: return row.otherNumbers();
    default: break;
    }
    return {};
}

QHash<int, QByteArray> PhoneNumberListModel::roleNames() const
{
    static const QHash<int, QByteArray> names{
        {IdRole, "id"},
        {PhoneNumberRole, "phoneNumber"},
        {FormattedRole, "formatted"},
        {NationalFormatRole, "nationalFormat"},
        {IsE164Role, "isE164"},
        {RegionCodeRole, "regionCode"},
        {CountryNameRole, "countryName"},
        {NumberTypeRole, "numberType"},
        {UserIdRole, "userId"},
        {UserNameRole, "userName"},
        {UserEmailRole, "userEmail"},
        {IsPrimaryRole, "isPrimary"},
        {VerificationStateRole, "verificationState"},
        {VerificationStatusRole, "verificationStatus"},
        {VerificationStrategyRole, "verificationStrategy"},
        {VerificationKindRole, "verificationKind"},
        {VerificationChannelRole, "verificationChannel"},
        {AttemptsRole, "attempts"},
        {ExpireAtRole, "expireAt"},
        {IsExpiredRole, "isExpired"},
        {VerifiedAtClientRole, "verifiedAtClient"},
        {ReservedRole, "reserved"},
        {ReservedForSecondFactorRole, "reservedForSecondFactor"},
        {DefaultSecondFactorRole, "defaultSecondFactor"},
        {UserTwoFactorEnabledRole, "userTwoFactorEnabled"},
        {UserTotpEnabledRole, "userTotpEnabled"},
        {UserBackupCodeEnabledRole, "userBackupCodeEnabled"},
        {UserBannedRole, "userBanned"},
        {UserLockedRole, "userLocked"},
        {LinkedToRole, "linkedTo"},
        {BackupCodeCountRole, "backupCodeCount"},
        {CreatedAtRole, "createdAt"},
        {UpdatedAtRole, "updatedAt"},
        {SmsBlockedRole, "smsBlocked"},
        {OtherNumbersRole, "otherNumbers"},
    };
    return names;
}

bool PhoneNumberListModel::canFetchMore(const QModelIndex &parent) const
{
    // A view attached to a fresh model starts it. After a failure, fetching is the user's call
    // (retry): a view asking again and again must not hammer a failing server.
    // Once loadAll() has walked part of the rest, only it goes on from there.
    return !parent.isValid() && (!m_started || m_hasMore) && !loading() && m_error.isEmpty() && !m_walkStarted;
}

void PhoneNumberListModel::fetchMore(const QModelIndex &parent)
{
    if (!m_started) {
        refresh();
        return;
    }
    if (canFetchMore(parent))
        start(false);
}

int PhoneNumberListModel::rowOfId(const QString &id) const
{
    return m_rowOfId.value(id, -1);
}

bool PhoneNumberListModel::smsBlockedAt(int row) const
{
    return m_smsBlocklist && m_smsBlocklist->blocksRegion(m_rows.at(row).info.regionCode);
}

void PhoneNumberListModel::setSmsBlocklist(const std::optional<SmsBlocklist> &blocklist)
{
    if (blocklist == m_smsBlocklist)
        return;
    m_smsBlocklist = blocklist;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {SmsBlockedRole});
}

void PhoneNumberListModel::applyUser(const UserSummary &user, ApplyMode mode)
{
    QList<int> ownRows;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).userId == user.id)
            ownRows.append(i);
    }
    const QList<PhoneNumberRow> fresh = PhoneNumberRow::fromUser(user);
    if (ownRows.isEmpty()) {
        // A model that has not asked for its first page yet will get the user from the server.
        if (mode == ApplyMode::InsertIfAbsent && m_started && !fresh.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(fresh.size()) - 1);
            m_rows.append(fresh);
            reindexFrom(first);
            endInsertRows();
        }
        Q_EMIT userApplied(user);
        return;
    }

    QSet<QString> freshIds;
    for (const PhoneNumberRow &row : fresh)
        freshIds.insert(row.phone.id);

    // Gone numbers first, from the bottom up, so that the remaining indices stay valid.
    for (auto it = ownRows.crbegin(); it != ownRows.crend(); ++it) {
        const int row = *it;
        if (freshIds.contains(m_rows.at(row).phone.id))
            continue;
        removeRowAt(row);
    }

    for (const PhoneNumberRow &row : fresh) {
        const int existing = rowOfId(row.phone.id);
        if (existing >= 0) {
            replaceRow(existing, row);
            continue;
        }
        // A new number joins its owner's rows: after the last of them still here, or at the end.
        int last = -1;
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).userId == user.id)
                last = i;
        }
        const int at = last >= 0 ? last + 1 : int(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows.insert(at, row);
        reindexFrom(at);
        endInsertRows();
    }
    Q_EMIT userApplied(user);
}

void PhoneNumberListModel::applyPhoneNumber(const PhoneNumber &phone)
{
    const int row = rowOfId(phone.id);
    if (row < 0)
        return;
    PhoneNumberRow value = m_rows.at(row);
    if (value.phone.phoneNumber != phone.phoneNumber)
        value.info = PhoneNumberInfo::of(phone.phoneNumber);
    value.setPhone(phone);
    replaceRow(row, std::move(value));
}

void PhoneNumberListModel::removePhoneNumber(const QString &phoneNumberId)
{
    const int row = rowOfId(phoneNumberId);
    if (row >= 0)
        removeRowAt(row);
}

void PhoneNumberListModel::appendRows(QList<PhoneNumberRow> rows)
{
    // A user inserted by applyUser before their page came is shown already, as the server
    // had them then or since: their rows of this page are not added twice.
    rows.removeIf([this](const PhoneNumberRow &row) { return m_rowOfId.contains(row.phone.id); });
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    for (PhoneNumberRow &row : rows) {
        m_rowOfId.insert(row.phone.id, int(m_rows.size()));
        m_rows.append(std::move(row));
    }
    endInsertRows();
}

void PhoneNumberListModel::removeRowAt(int row)
{
    beginRemoveRows({}, row, row);
    m_rowOfId.remove(m_rows.at(row).phone.id);
    m_rows.removeAt(row);
    reindexFrom(row);
    endRemoveRows();
}

void PhoneNumberListModel::replaceRow(int row, PhoneNumberRow value)
{
    const QModelIndex at = index(row);
    const QList<int> roles = roleNames().keys();
    QHash<int, QVariant> before;
    for (int role : roles)
        before.insert(role, data(at, role));
    m_rows[row] = std::move(value);
    QList<int> changed;
    for (int role : roles) {
        if (data(at, role) != before.value(role))
            changed.append(role);
    }
    if (changed.isEmpty())
        return;
    if (changed.contains(FormattedRole))
        changed.append(Qt::DisplayRole);
    Q_EMIT dataChanged(at, at, changed);
}

void PhoneNumberListModel::reindexFrom(int first)
{
    for (int i = first; i < m_rows.size(); ++i)
        m_rowOfId.insert(m_rows.at(i).phone.id, i);
}

} // namespace PhoneDesk
