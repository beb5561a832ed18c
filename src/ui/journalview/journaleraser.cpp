// SPDX-License-Identifier: MIT
#include "journaleraser.h"

#include "journal/journalrewrite.h"

#include <QLocale>

namespace PhoneDesk {

JournalEraser::JournalEraser(QObject *parent)
    : QObject(parent)
{
}

JournalEraser::~JournalEraser() = default;

void JournalEraser::setJournal(Journal *journal)
{
    if (journal == m_journal)
        return;
    m_journal = journal;
    Q_EMIT journalChanged();
    recount();
}

void JournalEraser::setUserId(const QString &userId)
{
    if (userId == m_userId)
        return;
    m_userId = userId;
    recount();
}

void JournalEraser::setBeforeDay(const QString &day)
{
    if (day == m_beforeDay)
        return;
    m_beforeDay = day;
    recount();
}

QDate JournalEraser::day() const
{
    return QDate::fromString(m_beforeDay.trimmed(), Qt::ISODate);
}

QString JournalEraser::dayError() const
{
    if (m_beforeDay.trimmed().isEmpty() || day().isValid())
        return {};
    return tr("Type the day as YYYY-MM-DD, e.g. 2026-05-12.");
}

void JournalEraser::recount()
{
    const QString path = m_journal ? m_journal->path() : QString();
    const QString user = m_userId.trimmed();
    m_userLineCount = path.isEmpty() || user.isEmpty()
                          ? 0
                          : JournalRewrite::removeUser(path, user, JournalRewrite::Mode::CountOnly).removed;
    m_beforeCount = path.isEmpty() || !day().isValid()
                        ? 0
                        : JournalRewrite::removeBefore(path, day().startOfDay(), JournalRewrite::Mode::CountOnly).removed;
    Q_EMIT inputChanged();
    setOutcome({}, {});
}

bool JournalEraser::forget()
{
    const QString user = m_userId.trimmed();
    if (!m_journal || user.isEmpty()) {
        setOutcome({}, tr("Type the id of the user to forget."));
        return false;
    }
    const JournalRewriteResult result = m_journal->forgetUser(user);
    if (!result.ok()) {
        setOutcome({}, result.error);
        return false;
    }
    recount();
    setOutcome(tr("Entries of %1 removed from the journal: %n.", nullptr, result.removed).arg(user), {});
    return true;
}

bool JournalEraser::removeBefore()
{
    if (!m_journal || !day().isValid()) {
        setOutcome({}, tr("Type the day as YYYY-MM-DD, e.g. 2026-05-12."));
        return false;
    }
    const QDate before = day();
    const JournalRewriteResult result = m_journal->removeBefore(before);
    if (!result.ok()) {
        setOutcome({}, result.error);
        return false;
    }
    recount();
    setOutcome(tr("Entries from before %1 removed from the journal: %n.", nullptr, result.removed)
                   .arg(QLocale().toString(before, QLocale::ShortFormat)),
               {});
    return true;
}

void JournalEraser::setOutcome(const QString &notice, const QString &error)
{
    if (notice == m_notice && error == m_error)
        return;
    m_notice = notice;
    m_error = error;
    Q_EMIT outcomeChanged();
}

} // namespace PhoneDesk
