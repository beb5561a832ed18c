// SPDX-License-Identifier: MIT
#pragma once

#include "audit/auditfinding.h"

#include <QAbstractListModel>
#include <QList>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <array>

namespace PhoneDesk {

// The audit's findings for the view, one row each, grouped by kind (the groups in the order of
// AuditFinding::Kind, findings in arrival order within a group). The `group` role names the
// group with its count ("Not in E.164 form (3)") for ListView sections.
class AuditFindingModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("An AuditRun owns its findings")

    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // [{kind, title, count}] of the groups that have findings, in order.
    Q_PROPERTY(QVariantList groups READ groups NOTIFY countChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1,
        KindTitleRole,
        GroupRole,
        GroupCountRole,
        UserIdRole,
        UserNameRole,
        PhoneNumberIdRole,
        PhoneNumberRole,
        ExplanationRole,
    };
    Q_ENUM(Role)

    explicit AuditFindingModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Each finding goes to the end of its group.
    void append(const QList<AuditFinding> &findings);
    void clear();

    [[nodiscard]] const QList<AuditFinding> &findings() const { return m_findings; }
    [[nodiscard]] int countOf(AuditFinding::Kind kind) const { return m_counts.at(static_cast<size_t>(kind)); }
    [[nodiscard]] QVariantList groups() const;
    // One row's roles by name, for QML.
    Q_INVOKABLE QVariantMap get(int row) const;

Q_SIGNALS:
    void countChanged();

private:
    [[nodiscard]] QString groupLabel(AuditFinding::Kind kind) const;

    QList<AuditFinding> m_findings;
    std::array<int, AuditFinding::kKindCount> m_counts{};
};

} // namespace PhoneDesk
