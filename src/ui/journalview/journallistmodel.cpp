// SPDX-License-Identifier: MIT
#include "journallistmodel.h"

#include "journal/journaldiff.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QVariantMap>

#include <algorithm>

namespace PhoneDesk {

namespace {
// Clerk's verification statuses as JournalDiff shows them, translated with its own words.
[[maybe_unused]] const char *const kStatuses[] = {
    QT_TRANSLATE_NOOP("JournalDiff", "verified"), QT_TRANSLATE_NOOP("JournalDiff", "unverified"),
    QT_TRANSLATE_NOOP("JournalDiff", "expired"),  QT_TRANSLATE_NOOP("JournalDiff", "failed"),
    QT_TRANSLATE_NOOP("JournalDiff", "transferable"),
};

// A word of JournalDiff's in the window's language; a value it does not know stays as it is.
QString diffText(const QString &text)
{
    return QCoreApplication::translate("JournalDiff", text.toUtf8().constData());
}
} // namespace

JournalListModel::JournalListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

JournalListModel::~JournalListModel() = default;

void JournalListModel::setJournal(Journal *journal)
{
    if (journal == m_journal)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_journal = journal;
    if (journal) {
        m_connections.append(connect(journal, &Journal::reset, this, &JournalListModel::reload));
        m_connections.append(connect(journal, &Journal::appended, this, &JournalListModel::prepend));
    }
    Q_EMIT journalChanged();
    reload();
}

void JournalListModel::reload()
{
    JournalContents contents = m_journal ? m_journal->read() : JournalContents();
    std::reverse(contents.entries.begin(), contents.entries.end());
    beginResetModel();
    m_entries = std::move(contents.entries);
    endResetModel();
    Q_EMIT countChanged();
    const QStringList damage = contents.damageText();
    if (damage != m_damage || contents.error != m_readError) {
        m_damage = damage;
        m_readError = contents.error;
        Q_EMIT damageChanged();
    }
}

void JournalListModel::prepend(const JournalEntry &entry)
{
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
    Q_EMIT countChanged();
}

int JournalListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QString JournalListModel::operationLabel(const JournalEntry &entry)
{
    switch (entry.operation) {
    case JournalOperation::Update: return tr("Edit");
    case JournalOperation::Create: return tr("Add number");
    case JournalOperation::Delete: return tr("Delete number");
    case JournalOperation::SendCode: return tr("Send code");
    case JournalOperation::Verify: return tr("Check code");
    case JournalOperation::ResetMfa: return tr("Reset two-step sign-in");
    case JournalOperation::ReplaceNumbers: return tr("Replace all numbers");
    case JournalOperation::Undo: return tr("Undo");
    case JournalOperation::Unlock: return tr("Unlock");
    case JournalOperation::Ban: return tr("Ban");
    case JournalOperation::Unban: return tr("Unban");
    case JournalOperation::RemoveTotp: return tr("Remove authenticator app");
    case JournalOperation::RemoveBackupCodes: return tr("Remove backup codes");
    case JournalOperation::RevokeSessions: return tr("Sign out everywhere");
    case JournalOperation::Unknown: break;
    }
    return entry.operationName();
}

QVariant JournalListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case EntryIdRole: return entry.id;
    case TimeRole: return entry.time;
    case TimeTextRole: {
        // The locale's short date and its time to the second, with the zone, as Format.absolute().
        const QLocale locale;
        return locale.toString(entry.time.toLocalTime(),
                               locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + locale.timeFormat(QLocale::LongFormat));
    }
    case OperationRole: return int(entry.operation);
    case OperationLabelRole: return operationLabel(entry);
    case RequestRole: return entry.request;
    case UserIdRole: return entry.userId;
    case PhoneNumberIdRole: return entry.phoneNumberId;
    case PhoneNumberRole: return entry.phoneNumber;
    case OutcomeRole: return JournalEntry::outcomeName(entry.outcome);
    case ErrorTextRole:
        if (entry.outcome == JournalEntry::Outcome::Done)
            return QString();
        return entry.errorCode.isEmpty() ? entry.errorMessage : QStringLiteral("%1 [%2]").arg(entry.errorMessage, entry.errorCode);
    case TraceIdRole: return entry.traceId;
    case ProfileRole: return entry.source.profile;
    case HostRole: return entry.source.host;
    case UndoesRole: return entry.undoes;
    case ChangesRole: {
        QVariantList fields;
        for (const JournalDiff::Field &field : JournalDiff::of(entry))
            fields.append(QVariantMap{{QStringLiteral("key"), field.name},
                                      {QStringLiteral("name"), diffText(field.name)},
                                      {QStringLiteral("before"), diffText(field.before)},
                                      {QStringLiteral("after"), diffText(field.after)},
                                      {QStringLiteral("changed"), field.changed()}});
        return fields;
    }
    case BeforeJsonRole: return QString::fromUtf8(QJsonDocument(entry.before).toJson(QJsonDocument::Indented));
    case AfterJsonRole: return QString::fromUtf8(QJsonDocument(entry.after).toJson(QJsonDocument::Indented));
    default: return {};
    }
}

QHash<int, QByteArray> JournalListModel::roleNames() const
{
    return {
        {EntryIdRole, "entryId"},
        {TimeRole, "time"},
        {TimeTextRole, "timeText"},
        {OperationRole, "operation"},
        {OperationLabelRole, "operationLabel"},
        {RequestRole, "request"},
        {UserIdRole, "userId"},
        {PhoneNumberIdRole, "phoneNumberId"},
        {PhoneNumberRole, "phoneNumber"},
        {OutcomeRole, "outcome"},
        {ErrorTextRole, "errorText"},
        {TraceIdRole, "traceId"},
        {ProfileRole, "profile"},
        {HostRole, "host"},
        {UndoesRole, "undoes"},
        {ChangesRole, "changes"},
        {BeforeJsonRole, "beforeJson"},
        {AfterJsonRole, "afterJson"},
    };
}

} // namespace PhoneDesk
