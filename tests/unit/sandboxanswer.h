// SPDX-License-Identifier: MIT
// One request to a running sandbox over loopback HTTP, with its key, and its answer as sent: what
// the sandbox's own tests check status codes and Clerk error codes with.
#pragma once

#include "sandbox/sandbox.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QString>
#include <QTest>
#include <QUrl>

namespace PhoneDesk::Testing {

struct SandboxAnswer
{
    int status = 0; // 0: no answer within 20 s
    QByteArray body;

    [[nodiscard]] QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    [[nodiscard]] QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    [[nodiscard]] QJsonObject error() const { return object()[QLatin1StringView("errors")][0].toObject(); }
    [[nodiscard]] QString errorCode() const { return error()[QLatin1StringView("code")].toString(); }
    [[nodiscard]] QString paramName() const { return error()[QLatin1StringView("meta")][QLatin1StringView("param_name")].toString(); }
};

// Sends `verb` to `path` (below /v1, with its query after "?") with a JSON `body` when there is one.
inline SandboxAnswer sendToSandbox(QNetworkAccessManager &network, const Sandbox &sandbox, const QByteArray &verb,
                                   const QString &path, const QByteArray &body = {})
{
    QUrl url = sandbox.baseUrl();
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    url.setPath(url.path() + path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + sandbox.secretKey().toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
    SandboxAnswer answer;
    if (QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000)) {
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
    }
    reply->deleteLater();
    return answer;
}

} // namespace PhoneDesk::Testing
