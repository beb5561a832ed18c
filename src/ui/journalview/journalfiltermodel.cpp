// SPDX-License-Identifier: MIT
#include "journalfiltermodel.h"

#include "journal/journalcsv.h"
#include "storage/privatefiles.h"

#include <QSaveFile>

namespace PhoneDesk {

namespace {
// A day typed as yyyy-MM-dd, or an invalid date; `ok` false when text was typed but is no day.
QDate dayOf(const QString &text, bool *ok)
{
    const QString trimmed = text.trimmed();
    *ok = true;
    if (trimmed.isEmpty())
        return {};
    const QDate day = QDate::fromString(trimmed, Qt::ISODate);
    *ok = day.isValid();
    return day;
}
} // namespace

JournalFilterModel::JournalFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &JournalFilterModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &JournalFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &JournalFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &JournalFilterModel::countChanged);
}

JournalFilterModel::~JournalFilterModel() = default;

void JournalFilterModel::setEntries(JournalListModel *entries)
{
    if (entries == m_entries)
        return;
    m_entries = entries;
    setSourceModel(entries);
    Q_EMIT entriesChanged();
    Q_EMIT countChanged();
}

void JournalFilterModel::setText(const QString &text)
{
    if (text == m_filter.text)
        return;
    m_filter.text = text;
    apply();
}

QVariant JournalFilterModel::operation() const
{
    return m_operation ? QVariant(int(*m_operation)) : QVariant();
}

void JournalFilterModel::setOperation(const QVariant &operation)
{
    std::optional<JournalOperation> wanted;
    bool isNumber = false;
    const int number = operation.isNull() ? -1 : operation.toInt(&isNumber);
    if (isNumber && number >= 0 && number < int(JournalOperation::Unknown))
        wanted = JournalOperation(number);
    if (wanted == m_operation)
        return;
    m_operation = wanted;
    m_filter.operation = wanted ? Journaling::toName(*wanted) : QString();
    apply();
}

void JournalFilterModel::setFromDate(const QString &day)
{
    if (day == m_fromText)
        return;
    m_fromText = day;
    apply();
}

void JournalFilterModel::setToDate(const QString &day)
{
    if (day == m_toText)
        return;
    m_toText = day;
    apply();
}

void JournalFilterModel::apply()
{
    bool fromOk = true, toOk = true;
    m_filter.from = dayOf(m_fromText, &fromOk);
    m_filter.to = dayOf(m_toText, &toOk);
    m_dateError = fromOk && toOk ? QString() : tr("Type days as YYYY-MM-DD, e.g. 2026-05-12");
    invalidateRowsFilter();
    Q_EMIT filterChanged();
    Q_EMIT countChanged();
}

bool JournalFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_entries)
        return false;
    return m_filter.matches(m_entries->entryAt(sourceRow));
}

QVariantMap JournalFilterModel::entry(int row) const
{
    QVariantMap values;
    const QModelIndex shown = index(row, 0);
    if (!shown.isValid())
        return values;
    const QHash<int, QByteArray> roles = roleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
        if (it.key() > Qt::UserRole)
            values.insert(QString::fromLatin1(it.value()), shown.data(it.key()));
    }
    return values;
}

QString JournalFilterModel::exportCsv(const QUrl &file) const
{
    if (!m_entries)
        return tr("There is no journal to export.");
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        //: %1 is the file's path, %2 the system's reason
        return tr("%1 cannot be written: %2").arg(path, out.errorString());
    out.write(JournalCsv::header());
    for (int row = 0; row < rowCount(); ++row)
        out.write(JournalCsv::line(m_entries->entryAt(mapToSource(index(row, 0)).row())));
    // Customers' data: readable by this account only, wherever the agent puts it.
    QString error;
    if (!PrivateFiles::commit(out, &error))
        return error;
    return {};
}

} // namespace PhoneDesk
