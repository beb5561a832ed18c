// SPDX-License-Identifier: MIT
#pragma once

#include "journal/journalfilter.h"
#include "journallistmodel.h"

#include <QSortFilterProxyModel>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace PhoneDesk {

// The Journal view's search and filters over a JournalListModel (newest first), and its CSV export
// of exactly the entries shown.
class JournalFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(PhoneDesk::JournalListModel *entries READ entries WRITE setEntries NOTIFY entriesChanged)
    // A number (digits compared), a user or number id, an entry id or an error.
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY filterChanged)
    // Only entries of this JournalOperation (JournalOperation.Update, …); undefined for all.
    Q_PROPERTY(QVariant operation READ operation WRITE setOperation NOTIFY filterChanged)
    // Days as yyyy-MM-dd, local time; "" leaves that end open.
    Q_PROPERTY(QString fromDate READ fromDate WRITE setFromDate NOTIFY filterChanged)
    Q_PROPERTY(QString toDate READ toDate WRITE setToDate NOTIFY filterChanged)
    // Why a date above is not used: not a day in yyyy-MM-dd form.
    Q_PROPERTY(QString dateError READ dateError NOTIFY filterChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit JournalFilterModel(QObject *parent = nullptr);
    ~JournalFilterModel() override;

    [[nodiscard]] JournalListModel *entries() const { return m_entries; }
    void setEntries(JournalListModel *entries);
    [[nodiscard]] QString text() const { return m_filter.text; }
    void setText(const QString &text);
    [[nodiscard]] QVariant operation() const;
    // A JournalOperation (or its number, as QML passes it); anything else, Unknown included
    // (which has no name to match), shows every operation.
    void setOperation(const QVariant &operation);
    [[nodiscard]] QString fromDate() const { return m_fromText; }
    void setFromDate(const QString &day);
    [[nodiscard]] QString toDate() const { return m_toText; }
    void setToDate(const QString &day);
    [[nodiscard]] QString dateError() const { return m_dateError; }
    [[nodiscard]] int count() const { return rowCount(); }

    // The shown row's roles by name, for the detail pane.
    Q_INVOKABLE QVariantMap entry(int row) const;
    // Writes the shown entries to `file` as CSV; the error in words, or "" when written.
    Q_INVOKABLE QString exportCsv(const QUrl &file) const;

Q_SIGNALS:
    void entriesChanged();
    void filterChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void apply();

    JournalListModel *m_entries = nullptr;
    JournalFilter m_filter;
    // m_filter.operation by its type; none for every operation.
    std::optional<JournalOperation> m_operation;
    QString m_fromText;
    QString m_toText;
    QString m_dateError;
};

} // namespace PhoneDesk
