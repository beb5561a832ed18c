// SPDX-License-Identifier: MIT
#include "auditfindingmodel.h"

namespace PhoneDesk {

AuditFindingModel::AuditFindingModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int AuditFindingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

QString AuditFindingModel::groupLabel(AuditFinding::Kind kind) const
{
    return QStringLiteral("%1 (%2)").arg(AuditFinding::kindTitle(kind)).arg(countOf(kind));
}

QVariant AuditFindingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditFinding &finding = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ExplanationRole: return finding.shownExplanation;
    case KindRole: return finding.kindKey();
    case KindTitleRole: return AuditFinding::kindTitle(finding.kind);
    case GroupRole: return groupLabel(finding.kind);
    case GroupCountRole: return countOf(finding.kind);
    case UserIdRole: return finding.userId;
    case UserNameRole: return finding.userName;
    case PhoneNumberIdRole: return finding.phoneNumberId;
    case PhoneNumberRole: return finding.phoneNumber;
    default: return {};
    }
}

QHash<int, QByteArray> AuditFindingModel::roleNames() const
{
    return {{KindRole, "kind"},
            {KindTitleRole, "kindTitle"},
            {GroupRole, "group"},
            {GroupCountRole, "groupCount"},
            {UserIdRole, "userId"},
            {UserNameRole, "userName"},
            {PhoneNumberIdRole, "phoneNumberId"},
            {PhoneNumberRole, "phoneNumber"},
            {ExplanationRole, "explanation"}};
}

void AuditFindingModel::append(const QList<AuditFinding> &findings)
{
    if (findings.isEmpty())
        return;
    for (const AuditFinding &finding : findings) {
        // The end of the finding's group: after every row of its kind and of the kinds before.
        int row = 0;
        for (int kind = 0; kind <= static_cast<int>(finding.kind); ++kind)
            row += m_counts.at(static_cast<size_t>(kind));
        beginInsertRows({}, row, row);
        m_findings.insert(row, finding);
        ++m_counts[static_cast<size_t>(finding.kind)];
        endInsertRows();
        // The group's label carries its count: every row of the group shows the new one.
        const int first = row + 1 - countOf(finding.kind);
        if (first < row)
            Q_EMIT dataChanged(index(first), index(row - 1), {GroupRole, GroupCountRole});
    }
    Q_EMIT countChanged();
}

void AuditFindingModel::clear()
{
    if (m_findings.isEmpty())
        return;
    beginResetModel();
    m_findings.clear();
    m_counts.fill(0);
    endResetModel();
    Q_EMIT countChanged();
}

QVariantList AuditFindingModel::groups() const
{
    QVariantList list;
    for (int kind = 0; kind < AuditFinding::kKindCount; ++kind) {
        const auto k = static_cast<AuditFinding::Kind>(kind);
        if (countOf(k) > 0)
            list.append(QVariantMap{{QStringLiteral("kind"), AuditFinding::kindKey(k)},
                                    {QStringLiteral("title"), AuditFinding::kindTitle(k)},
                                    {QStringLiteral("count"), countOf(k)}});
    }
    return list;
}

QVariantMap AuditFindingModel::get(int row) const
{
    QVariantMap map;
    if (row < 0 || row >= rowCount())
        return map;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return map;
}

} // namespace PhoneDesk
