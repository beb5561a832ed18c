// SPDX-License-Identifier: MIT
#include "sessionrow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace PhoneDesk {

namespace {
QVariant knownTime(const std::optional<qint64> &ms)
{
    return ms ? QVariant(QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC)) : QVariant();
}

QString joined(const QStringList &parts)
{
    QStringList known = parts;
    known.removeAll(QString());
    return known.join(QStringLiteral(", "));
}

QVariantMap rowOf(const Session &session, const QString &outcome, const QString &problem)
{
    const std::optional<SessionActivity> &seen = session.latestActivity;
    const auto part = [&](const std::optional<QString> SessionActivity::*field) {
        return seen && (*seen.*field) ? *(*seen.*field) : QString();
    };
    const bool mobile = seen && seen->isMobile.value_or(false);
    return {
        {QStringLiteral("id"), session.id},
        {QStringLiteral("device"), joined({part(&SessionActivity::deviceType), mobile ? QCoreApplication::translate("SessionRow", "mobile", "a device") : QString()})},
        {QStringLiteral("browser"), joined({QStringList{part(&SessionActivity::browserName), part(&SessionActivity::browserVersion)}
                                                .join(QLatin1Char(' '))
                                                .trimmed()})},
        {QStringLiteral("place"), joined({part(&SessionActivity::city), part(&SessionActivity::country)})},
        {QStringLiteral("ipAddress"), part(&SessionActivity::ipAddress)},
        {QStringLiteral("lastActiveAt"), knownTime(session.lastActiveAt)},
        {QStringLiteral("createdAt"), knownTime(session.createdAt)},
        {QStringLiteral("status"), session.status},
        {QStringLiteral("outcome"), outcome},
        {QStringLiteral("problem"), problem},
    };
}
} // namespace

QVariantMap SessionRow::listed(const Session &session)
{
    return rowOf(session, QStringLiteral("active"), QString());
}

QVariantMap SessionRow::revoked(const Session &session)
{
    return rowOf(session, QStringLiteral("revoked"), QString());
}

QVariantMap SessionRow::failed(const Session &session, const std::optional<ApiError> &error)
{
    // message() names what a read found afterwards, when an answer was lost.
    return rowOf(session, QStringLiteral("failed"), error ? error->message() : QCoreApplication::translate("SessionRow", "it was not revoked"));
}

} // namespace PhoneDesk
