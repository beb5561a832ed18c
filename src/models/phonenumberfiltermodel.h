// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace PhoneDesk {

// Local filters and sorting over the loaded rows of a PhoneNumberListModel: no request is
// made, so narrowing what is on screen is instant.
class PhoneNumberFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("PhoneNumberFilterModel is provided by Workspace")

    // "" (any), "verified", "unverified", "expired", "failed", "none" (never verified).
    Q_PROPERTY(QString verificationState READ verificationState WRITE setVerificationState NOTIFY filtersChanged)
    Q_PROPERTY(bool reservedForSecondFactorOnly READ reservedForSecondFactorOnly WRITE setReservedForSecondFactorOnly NOTIFY filtersChanged)
    Q_PROPERTY(bool defaultSecondFactorOnly READ defaultSecondFactorOnly WRITE setDefaultSecondFactorOnly NOTIFY filtersChanged)
    Q_PROPERTY(bool linkedOnly READ linkedOnly WRITE setLinkedOnly NOTIFY filtersChanged)
    Q_PROPERTY(bool primaryOnly READ primaryOnly WRITE setPrimaryOnly NOTIFY filtersChanged)
    Q_PROPERTY(bool bannedOrLockedOnly READ bannedOrLockedOnly WRITE setBannedOrLockedOnly NOTIFY filtersChanged)
    // Some filter above is set.
    Q_PROPERTY(bool filtering READ filtering NOTIFY filtersChanged)
    // "created" (the server's order, newest first by default), "updated", "number", "owner".
    Q_PROPERTY(QString sortKey READ sortKey WRITE setSortKey NOTIFY sortChanged)
    Q_PROPERTY(bool sortDescending READ sortDescending WRITE setSortDescending NOTIFY sortChanged)
    // Rows that pass the filters.
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit PhoneNumberFilterModel(QObject *parent = nullptr);

    [[nodiscard]] QString verificationState() const { return m_state; }
    void setVerificationState(const QString &state);
    [[nodiscard]] bool reservedForSecondFactorOnly() const { return m_reservedForSecondFactorOnly; }
    void setReservedForSecondFactorOnly(bool on);
    [[nodiscard]] bool defaultSecondFactorOnly() const { return m_defaultSecondFactorOnly; }
    void setDefaultSecondFactorOnly(bool on);
    [[nodiscard]] bool linkedOnly() const { return m_linkedOnly; }
    void setLinkedOnly(bool on);
    [[nodiscard]] bool primaryOnly() const { return m_primaryOnly; }
    void setPrimaryOnly(bool on);
    [[nodiscard]] bool bannedOrLockedOnly() const { return m_bannedOrLockedOnly; }
    void setBannedOrLockedOnly(bool on);
    [[nodiscard]] bool filtering() const;
    [[nodiscard]] QString sortKey() const { return m_sortKey; }
    void setSortKey(const QString &key);
    [[nodiscard]] bool sortDescending() const { return m_sortDescending; }
    void setSortDescending(bool on);
    [[nodiscard]] int count() const { return rowCount(); }

    // Every role of one row by role name, for a detail pane; empty for a row out of range.
    Q_INVOKABLE QVariantMap get(int row) const;
    // The row of a phone number id among the filtered rows, or -1.
    Q_INVOKABLE int rowOfId(const QString &id) const;
    Q_INVOKABLE void clearFilters();

signals:
    void filtersChanged();
    void sortChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    void resort();

    QString m_state;
    bool m_reservedForSecondFactorOnly = false;
    bool m_defaultSecondFactorOnly = false;
    bool m_linkedOnly = false;
    bool m_primaryOnly = false;
    bool m_bannedOrLockedOnly = false;
    QString m_sortKey = QStringLiteral("created");
    bool m_sortDescending = true;
};

} // namespace PhoneDesk
