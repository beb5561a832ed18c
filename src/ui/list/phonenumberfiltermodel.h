// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractProxyModel>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace PhoneDesk {

class PhoneNumberListModel;

// Local filters and sorting over the loaded rows of a PhoneNumberListModel: no request is
// made, so narrowing what is on screen is instant. It keeps every source row in the sort order,
// and the rows that pass the filters in that order: a filter change is one pass over the rows
// (no sorting, no QVariant per row and role), milliseconds for 150,000 rows; a new sort order
// sorts once. Rows paged in, changed or removed at the source join, move or leave in place,
// so the view keeps its position; a filter or sort change resets the view, whose selection
// follows the number by id (SelectionTracker).
class PhoneNumberFilterModel : public QAbstractProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("PhoneNumberFilterModel is provided by Workspace")

    // The verification state a row must be in; AnyVerification for all.
    Q_PROPERTY(PhoneDesk::PhoneNumberFilterModel::VerificationFilter verificationState READ verificationState
                   WRITE setVerificationState NOTIFY filtersChanged)
    Q_PROPERTY(bool reservedForSecondFactorOnly READ reservedForSecondFactorOnly WRITE setReservedForSecondFactorOnly NOTIFY filtersChanged)
    Q_PROPERTY(bool defaultSecondFactorOnly READ defaultSecondFactorOnly WRITE setDefaultSecondFactorOnly NOTIFY filtersChanged)
    Q_PROPERTY(bool linkedOnly READ linkedOnly WRITE setLinkedOnly NOTIFY filtersChanged)
    Q_PROPERTY(bool primaryOnly READ primaryOnly WRITE setPrimaryOnly NOTIFY filtersChanged)
    Q_PROPERTY(bool bannedOrLockedOnly READ bannedOrLockedOnly WRITE setBannedOrLockedOnly NOTIFY filtersChanged)
    // Only numbers in a country the instance sends no SMS to (the list model's smsBlocked role).
    Q_PROPERTY(bool smsBlockedOnly READ smsBlockedOnly WRITE setSmsBlockedOnly NOTIFY filtersChanged)
    // Some filter above is set.
    Q_PROPERTY(bool filtering READ filtering NOTIFY filtersChanged)
    Q_PROPERTY(PhoneDesk::PhoneNumberFilterModel::SortKey sortKey READ sortKey WRITE setSortKey NOTIFY sortChanged)
    Q_PROPERTY(bool sortDescending READ sortDescending WRITE setSortDescending NOTIFY sortChanged)
    // Rows that pass the filters.
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    // What the rows are sorted by.
    enum class SortKey {
        Created, // created_at: the server's order (newest first by default)
        Updated, // updated_at
        Number,  // the number as stored
        Owner,   // the owner's name
    };
    Q_ENUM(SortKey)
    // The verification state a row must be in (PhoneNumberListModel's verificationState role).
    enum class VerificationFilter {
        AnyVerification,
        Verified,      // "verified"
        Unverified,    // "unverified": a code is pending
        Expired,       // "expired"
        Failed,        // "failed"
        NeverVerified, // "none": no verification at all
    };
    Q_ENUM(VerificationFilter)

    explicit PhoneNumberFilterModel(QObject *parent = nullptr);

    // The source must be a PhoneNumberListModel; any other model shows no rows.
    void setSourceModel(QAbstractItemModel *model) override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

    [[nodiscard]] VerificationFilter verificationState() const { return m_state; }
    void setVerificationState(VerificationFilter state);
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
    [[nodiscard]] bool smsBlockedOnly() const { return m_smsBlockedOnly; }
    void setSmsBlockedOnly(bool on);
    [[nodiscard]] bool filtering() const;
    [[nodiscard]] SortKey sortKey() const { return m_sortKey; }
    void setSortKey(SortKey key);
    [[nodiscard]] bool sortDescending() const { return m_sortDescending; }
    void setSortDescending(bool on);
    [[nodiscard]] int count() const { return rowCount(); }

    // Every role of one row by role name, for a detail pane; empty for a row out of range.
    Q_INVOKABLE QVariantMap get(int row) const;
    // The row of a phone number id among the filtered rows, or -1.
    Q_INVOKABLE int rowOfId(const QString &id) const;
    Q_INVOKABLE void clearFilters();

Q_SIGNALS:
    void filtersChanged();
    void sortChanged();
    void countChanged();

private:
    // Whether source row `row` passes the filters.
    [[nodiscard]] bool accepts(int row, qint64 nowMs) const;
    // Whether source row `left` comes before `right` in the current order; ties keep the
    // source order, so that the list never shuffles between equal rows.
    [[nodiscard]] bool before(int left, int right) const;
    // Where source row `row` goes among the shown rows.
    [[nodiscard]] int shownPositionOf(int row) const;
    // m_proxyOf again, after m_shown changed.
    void indexShown() const;

    void rebuild();
    void sortAll();
    void filterAll();
    void refilter();
    void resort();
    // Following the source (phonenumberfiltersource.cpp).
    // Shows source rows (sorted, each passing the filters) where they belong, one insert per run.
    void showRows(const QList<int> &rows);
    void removeShownRun(int first, int last);

    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    QPointer<PhoneNumberListModel> m_rows;
    QList<QMetaObject::Connection> m_connections;
    QList<int> m_sorted;           // every source row, in the current order
    QList<int> m_shown;            // proxy row → source row: the rows of m_sorted that pass
    mutable QList<int> m_proxyOf;  // source row → proxy row, -1 when filtered out
    mutable bool m_proxyOfStale = true;

    VerificationFilter m_state = VerificationFilter::AnyVerification;
    // The verificationState of the rows that pass m_state; "" for any.
    QString m_stateName;
    bool m_reservedForSecondFactorOnly = false;
    bool m_defaultSecondFactorOnly = false;
    bool m_linkedOnly = false;
    bool m_primaryOnly = false;
    bool m_bannedOrLockedOnly = false;
    bool m_smsBlockedOnly = false;
    SortKey m_sortKey = SortKey::Created;
    bool m_sortDescending = true;
};

} // namespace PhoneDesk
